"""The request's answers keep the strongest source: flags over an answers file over a recorded project."""

from __future__ import annotations

import dataclasses

import pytest

from generator.request import Answer, Request


def test_a_stronger_source_is_never_overridden_by_a_weaker_one() -> None:
    request = Request().with_answers({"database": "sqlite", "docker": "yes"}, "flag")
    request = request.with_answers({"database": "postgresql", "ci": "none"}, "answers-file")
    assert request.given == {"database": "sqlite", "docker": "yes", "ci": "none"}
    assert request.answers["database"] == Answer("sqlite", "flag")
    assert request.answers["ci"] == Answer("none", "answers-file")


def test_an_equal_or_stronger_source_replaces() -> None:
    request = Request().with_answers({"database": "sqlite"}, "recorded")
    assert request.with_answers({"database": "postgresql"}, "recorded").given == {"database": "postgresql"}
    assert request.with_answers({"database": "none"}, "flag").answers["database"] == Answer("none", "flag")


def test_a_request_is_frozen() -> None:
    request = Request(framework="flask").with_answers({"docker": "yes"}, "flag")
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.framework = "django"  # type: ignore[misc]
    with pytest.raises(TypeError):
        request.answers["docker"] = Answer("no", "flag")  # type: ignore[index]
    assert request.without("docker").given == {} and request.given == {"docker": "yes"}


def test_unknown_sources_are_refused() -> None:
    with pytest.raises(ValueError):
        Request().with_answers({"docker": "yes"}, "rumour")

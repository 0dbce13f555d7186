from __future__ import annotations

from {{ cookiecutter.project_slug }}.settings import Settings


def test_defaults_when_the_environment_is_empty() -> None:
    assert Settings.from_env({}) == Settings()
    assert Settings().debug is False


def test_debug_from_the_environment() -> None:
    assert Settings.from_env({"DEBUG": "true"}).debug is True
    assert Settings.from_env({"DEBUG": " 1 "}).debug is True
    assert Settings.from_env({"DEBUG": "false"}).debug is False
    assert Settings.from_env({"DEBUG": "0"}).debug is False

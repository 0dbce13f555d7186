"""Options (cookiecutter.json as a typed schema) and context resolution (user values are data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.context import default_for, resolve_context
from generator.errors import FwgenError
from generator.options import load_options

SAMPLE = Path(__file__).parent / "fixtures" / "templates" / "sample"


@pytest.fixture
def sample():
    return load_options(SAMPLE)


def test_schema_kinds_defaults_choices_and_prompts(sample) -> None:
    assert sample.keys == ["project_name", "project_slug", "description", "extra", "mode"]
    extra = sample.get("extra")
    assert (extra.kind, extra.default, extra.choices) == ("choice", "no", ("no", "yes"))
    assert extra.prompt == "Extra file?" and extra.choice_labels == {"no": "No", "yes": "Yes"}
    assert sample.get("project_name").kind == "text"
    assert sample.get("project_name").prompt == "Project name"
    assert sample.choice_options() == {"extra": ["no", "yes"], "mode": ["fast", "slow", "explode"]}
    # the explicit extra, and the names beside the package in the project folder
    assert sample.reserved_slugs == {"sample_reserved", "settings", "bin", "assets"}


def test_boolean_options(tmp_path: Path) -> None:
    (tmp_path / "cookiecutter.json").write_text(json.dumps({"use_x": True}))
    options = load_options(tmp_path)
    option = options.get("use_x")
    assert option.kind == "boolean" and option.default is True
    assert option.parse("no") is False and option.parse("YES") is True
    with pytest.raises(FwgenError, match="'use_x' takes yes or no"):
        option.parse("maybe")
    assert options.choice_options() == {"use_x": [True, False]}


def test_defaults_are_rendered_from_earlier_answers(sample) -> None:
    context = resolve_context(sample, {"project_name": "My Shop"})
    assert context["project_slug"] == "my_shop"
    assert context["extra"] == "no" and context["mode"] == "fast"
    assert context["_fwgen"]["reserved_slugs"] == ["sample_reserved"]  # template data passes through
    assert default_for(sample, "project_slug", {"project_name": "A B"}) == "a_b"


@pytest.mark.parametrize(
    "name",
    [
        "{{ 7*7 }}",
        "{% for x in range(3) %}x{% endfor %}",
        "{{ cycler.__init__.__globals__.os.system('touch /tmp/fwgen-canary') }}",
    ],
)
def test_user_values_are_never_rendered(sample, name: str, tmp_path: Path) -> None:
    context = resolve_context(sample, {"project_name": name, "project_slug": "shop"})
    assert context["project_name"] == name
    assert not Path("/tmp/fwgen-canary").exists()


def test_a_name_that_looks_like_jinja_gives_an_invalid_default_slug(sample) -> None:
    # The default slug is derived from the name as data, so it carries the braces and is refused.
    with pytest.raises(FwgenError, match="project slug .* is not a valid package name"):
        resolve_context(sample, {"project_name": "{{ 7*7 }}"})


def test_unknown_key_names_the_options(sample) -> None:
    with pytest.raises(
        FwgenError,
        match="unknown option 'databse' for sample; its options are: "
        "project_name, project_slug, description, extra, mode",
    ):
        resolve_context(sample, {"databse": "x"})


def test_bad_choice_names_allowed_values(sample) -> None:
    with pytest.raises(FwgenError, match=r"option 'mode' takes one of: fast, slow, explode \(not 'turbo'\)"):
        resolve_context(sample, {"mode": "turbo"})


def test_constraints_between_options(sample) -> None:
    with pytest.raises(FwgenError, match="mode=slow needs extra to be one of: yes .*slow mode writes"):
        resolve_context(sample, {"mode": "slow", "extra": "no"})
    assert resolve_context(sample, {"mode": "slow", "extra": "yes"})["mode"] == "slow"


def test_nul_in_text_is_rejected(sample) -> None:
    with pytest.raises(FwgenError, match="NUL"):
        resolve_context(sample, {"description": "a\x00b"})


def test_missing_or_broken_cookiecutter_json(tmp_path: Path) -> None:
    with pytest.raises(FwgenError, match="no cookiecutter.json"):
        load_options(tmp_path)
    (tmp_path / "cookiecutter.json").write_text("{nope")
    with pytest.raises(FwgenError, match="not valid JSON"):
        load_options(tmp_path)

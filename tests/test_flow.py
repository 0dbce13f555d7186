"""The interactive flow, driven through the real questionary prompts by feeding keystrokes.

prompt_toolkit reads the keys from a pipe and draws to a dummy output, so every prompt, validator
and key binding is the real one. Templates are stand-ins (copies of the sample template under each
framework's name) so the keystrokes do not depend on the real templates' options; the catalog and
the recommender are the real ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from generator import templates
from generator.flow import Cancelled, converse

ENTER, DOWN, UP, SPACE, CTRL_C, CLEAR = "\r", "\x1b[B", "\x1b[A", " ", "\x03", "\x15"
SAMPLE = Path(__file__).parent / "fixtures" / "templates" / "sample"
KINDS = ["site", "api", "realtime", "small", "unconventional"]
NEEDS = ["admin", "orm", "auth", "forms", "templates", "openapi", "websockets", "async"]
QUALITIES = ["throughput", "single_file", "flexibility", "learning_curve", "community", "maintenance"]


@pytest.fixture(autouse=True)
def stand_in_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "templates"
    root.mkdir()
    for name in ("django", "flask", "fastapi", "pyramid", "aiohttp"):
        (root / name).symlink_to(SAMPLE, target_is_directory=True)
    monkeypatch.setenv("FWGEN_TEMPLATES_DIR", str(root))
    templates.templates_root.cache_clear()
    yield
    templates.templates_root.cache_clear()


def drive(keys: str, *args):
    """Run the conversation with ``keys`` typed ahead; returns what it returns."""
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        with create_app_session(input=pipe, output=DummyOutput()):
            return converse(*args)


def kind(name: str) -> str:
    return DOWN * KINDS.index(name) + ENTER


def tick(*needs: str) -> str:
    """Keys for the needs checkbox: move to each need and tick it, then confirm."""
    order = NEEDS + QUALITIES  # the separator between them is skipped by the cursor
    keys, position = "", 0
    for need in sorted(needs, key=order.index):
        keys += DOWN * (order.index(need) - position) + SPACE
        position = order.index(need)
    return keys + ENTER


# name, kind, needs, experience (default), async (n), size (default)
def needs_answers(kind_name: str, *needs: str) -> str:
    return "Shop" + ENTER + kind(kind_name) + tick(*needs) + ENTER + "n" + ENTER


TEMPLATE_DEFAULTS = ENTER * 3  # description, extra, mode
CREATE = ENTER


@pytest.mark.parametrize(
    ("kind_name", "needs", "expected"),
    [
        ("site", ("admin", "orm", "auth"), "django"),
        ("api", ("openapi",), "fastapi"),
        ("realtime", ("websockets",), "aiohttp"),
        ("small", ("single_file",), "flask"),
        ("unconventional", ("flexibility",), "pyramid"),
    ],
)
def test_happy_path_for_each_kind(kind_name: str, needs: tuple[str, ...], expected: str) -> None:
    keys = needs_answers(kind_name, *needs) + ENTER + TEMPLATE_DEFAULTS + CREATE
    framework, answers, got_needs = drive(keys, None, None, {}, {})
    assert framework == expected
    assert answers["project_name"] == "Shop" and answers["project_slug"] == "shop"
    assert answers["extra"] == "no" and answers["mode"] == "fast"
    assert got_needs["kind"] == kind_name and set(got_needs["needs"]) == set(needs)
    assert got_needs["async_experience"] is False and got_needs["size"] == "medium"


def test_invalid_name_is_corrected_in_place() -> None:
    keys = "../x" + ENTER + CLEAR + "class" + ENTER + CLEAR + "Good Shop" + ENTER
    keys += kind("api") + tick("openapi") + ENTER + "n" + ENTER + ENTER + TEMPLATE_DEFAULTS + CREATE
    _, answers, _ = drive(keys, None, None, {}, {})
    assert answers["project_name"] == "Good Shop" and answers["project_slug"] == "good_shop"


def test_overriding_the_recommendation() -> None:
    # fastapi is recommended for an OpenAPI service; one step down is the next framework with a template
    keys = needs_answers("api", "openapi") + DOWN + ENTER + TEMPLATE_DEFAULTS + CREATE
    framework, _, _ = drive(keys, None, None, {}, {})
    assert framework == "django"


def test_changing_an_answer_from_the_summary_keeps_the_rest() -> None:
    keys = needs_answers("api", "openapi") + ENTER + "Hello" + ENTER + ENTER + ENTER
    # Summary -> "Change an answer" -> the list: project name, kind, needs, experience,
    # async experience, size, framework, project slug, description, extra, mode.
    keys += DOWN + ENTER + DOWN * 9 + ENTER + DOWN + ENTER + CREATE
    framework, answers, needs = drive(keys, None, None, {}, {})
    assert answers["extra"] == "yes"
    assert answers["description"] == "A sample.Hello" and answers["mode"] == "fast"
    assert framework == "fastapi" and needs["kind"] == "api"


def test_changing_a_need_reranks_and_asks_the_framework_again() -> None:
    keys = needs_answers("api", "openapi") + ENTER + TEMPLATE_DEFAULTS
    keys += DOWN + ENTER + DOWN + ENTER  # change -> kind
    keys += UP + ENTER + ENTER + TEMPLATE_DEFAULTS + CREATE  # site (the cursor starts on api), top pick
    framework, _, needs = drive(keys, None, None, {}, {})
    assert needs["kind"] == "site" and framework == "django"


def test_framework_given_asks_only_its_options() -> None:
    keys = TEMPLATE_DEFAULTS + CREATE
    framework, answers, needs = drive(keys, "Shop", "flask", {}, {})
    assert framework == "flask" and answers["project_slug"] == "shop" and needs == {}


def test_options_given_on_the_command_line_are_not_asked() -> None:
    keys = ENTER + ENTER + CREATE  # description and mode only
    _, answers, _ = drive(keys, "Shop", "flask", {"extra": "yes"}, {})
    assert answers["extra"] == "yes"


def test_constraint_decides_an_option_without_asking() -> None:
    # mode=slow requires extra=yes: with mode given, extra is not asked
    keys = ENTER + CREATE  # description only
    _, answers, _ = drive(keys, "Shop", "flask", {"mode": "slow"}, {})
    assert answers["extra"] == "yes"


def test_cancel_at_the_summary() -> None:
    with pytest.raises(Cancelled):
        drive(TEMPLATE_DEFAULTS + DOWN + DOWN + ENTER, "Shop", "flask", {}, {})


@pytest.mark.parametrize(
    "keys",
    [
        CTRL_C,  # at the project name
        "Shop" + ENTER + CTRL_C,  # at the kind
        "Shop" + ENTER + kind("api") + SPACE + CTRL_C,  # in the needs checkbox
        needs_answers("api", "openapi") + CTRL_C,  # at the framework choice
        needs_answers("api", "openapi") + ENTER + ENTER + CTRL_C,  # in the template options
        needs_answers("api", "openapi") + ENTER + TEMPLATE_DEFAULTS + CTRL_C,  # at the summary
    ],
)
def test_ctrl_c_anywhere_interrupts(keys: str) -> None:
    with pytest.raises(KeyboardInterrupt):
        drive(keys, None, None, {}, {})

"""The interactive flow, driven through the real questionary prompts by feeding keystrokes.

prompt_toolkit reads the keys from a pipe and draws to a dummy output, so every prompt, validator
and key binding is the real one. Templates are stand-ins (copies of the sample template under each
framework's name) so the keystrokes do not depend on the real templates' options; the catalog and
the recommender are the real ones.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from generator import template_lookup
from generator.errors import FwgenError
from generator.flow import Cancelled, Conversation, converse, name_problem
from generator.request import Request

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
    template_lookup.templates_root.cache_clear()
    yield
    template_lookup.templates_root.cache_clear()


def drive(keys: str, project_name=None, framework=None, given=None, needs=None, output_dir=None):
    """Run the conversation with ``keys`` typed ahead, on a request made of the rest (as the command
    line would: given answers are flags; no output folder means --force, so none is checked).
    Returns (framework, answers, needs) of the request the conversation hands back.

    A Ctrl-C follows the keys, so a conversation that asks more than the test answers fails with
    KeyboardInterrupt instead of waiting for keys forever."""
    given = dict(given or {})
    if project_name is not None:
        given["project_name"] = project_name
    request = Request(
        framework=framework, needs=needs or {}, output_dir=output_dir or Path("."), force=output_dir is None
    ).with_answers(given, "flag")
    with create_pipe_input() as pipe:
        pipe.send_text(keys + CTRL_C)
        with create_app_session(input=pipe, output=DummyOutput()):
            finished = converse(request)
    return finished.framework, finished.given, dict(finished.needs)


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


# name, kind, needs, must-haves (none; asked only when a need is ticked), experience (default),
# async (n), size (default)
def needs_answers(kind_name: str, *needs: str) -> str:
    must_haves = ENTER if needs else ""
    return "Shop" + ENTER + kind(kind_name) + tick(*needs) + must_haves + ENTER + "n" + ENTER


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
    keys = "3D" + ENTER + CLEAR + "class" + ENTER + CLEAR + "Good Shop" + ENTER
    keys += kind("api") + tick("openapi") + ENTER + ENTER + "n" + ENTER + ENTER + TEMPLATE_DEFAULTS + CREATE
    _, answers, _ = drive(keys, None, None, {}, {})
    assert answers["project_name"] == "Good Shop" and answers["project_slug"] == "good_shop"


def test_overriding_the_recommendation() -> None:
    # fastapi is recommended for an OpenAPI service; one step down is the next framework with a template
    keys = needs_answers("api", "openapi") + DOWN + ENTER + TEMPLATE_DEFAULTS + CREATE
    framework, _, _ = drive(keys, None, None, {}, {})
    assert framework == "django"


def test_changing_an_answer_from_the_summary_keeps_the_rest() -> None:
    keys = needs_answers("api", "openapi") + ENTER + "Hello" + ENTER + ENTER + ENTER
    # Summary -> "Change an answer" -> the list: project name, kind, needs, must-haves, experience,
    # async experience, size, framework, project slug, description, extra, mode.
    keys += DOWN + ENTER + DOWN * 10 + ENTER + DOWN + ENTER + CREATE
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


# --- the name, its slug and its folder -------------------------------------------------------------


@pytest.fixture
def slugify_template(tmp_path: Path) -> Path:
    """A stand-in "flask" whose slug default is the templates' own: cookiecutter's slugify."""
    root = tmp_path / "templates"
    copy = tmp_path / "slugify_sample"
    shutil.copytree(SAMPLE, copy, symlinks=True)
    config = json.loads((copy / "cookiecutter.json").read_text())
    config["project_slug"] = "{{ cookiecutter.project_name|slugify(separator='_') }}"
    (copy / "cookiecutter.json").write_text(json.dumps(config))
    (root / "flask").unlink()
    (root / "flask").symlink_to(copy, target_is_directory=True)
    return copy


@pytest.mark.parametrize("name", ["Café Ünïcode", "Joe's Shop", "{{ 7*7 }}"])
def test_any_name_is_taken_when_the_slug_is_given(name: str) -> None:
    keys = name + ENTER + ENTER + ENTER + CREATE  # name; description, mode (extra given)
    _, answers, _ = drive(keys, None, "flask", {"project_slug": "cafe", "extra": "no"}, {})
    assert answers["project_name"] == name and answers["project_slug"] == "cafe"


def test_the_name_is_checked_with_the_slug_the_template_derives(slugify_template: Path) -> None:
    keys = "Café Ünïcode" + ENTER + TEMPLATE_DEFAULTS + CREATE
    _, answers, _ = drive(keys, None, "flask", {}, {})
    assert answers["project_slug"] == "cafe_unicode"


def test_a_name_the_chosen_template_cannot_use_is_asked_again() -> None:
    # Before the framework is known, "Café" passes (the shared slugify gives "cafe"); the sample
    # template derives "café", so the name is asked again once the framework is chosen.
    keys = "Café" + ENTER + kind("api") + tick("openapi") + ENTER + ENTER + "n" + ENTER + ENTER
    keys += CLEAR + "Cafe" + ENTER + TEMPLATE_DEFAULTS + CREATE
    framework, answers, _ = drive(keys, None, None, {}, {})
    assert framework == "fastapi" and answers["project_slug"] == "cafe"


def test_changing_the_name_at_the_summary_keeps_a_given_slug() -> None:
    keys = TEMPLATE_DEFAULTS + DOWN + ENTER + ENTER + CLEAR + "Other Name" + ENTER + CREATE
    _, answers, _ = drive(keys, "Shop", "flask", {"project_slug": "kept"}, {})
    assert answers["project_name"] == "Other Name" and answers["project_slug"] == "kept"


def test_changing_the_name_at_the_summary_moves_a_derived_slug() -> None:
    keys = TEMPLATE_DEFAULTS + DOWN + ENTER + ENTER + CLEAR + "Other Name" + ENTER + CREATE
    _, answers, _ = drive(keys, "Shop", "flask", {}, {})
    assert answers["project_slug"] == "other_name"


@pytest.mark.parametrize("framework", [None, "flask"])
@pytest.mark.parametrize("name", ["3D Shop", "class", "Flask"])
def test_a_bad_name_from_the_command_line_fails_before_any_question(framework, name: str) -> None:
    with pytest.raises(FwgenError, match="pick another name") as raised:
        drive(CTRL_C, name, framework, {}, {})  # a question would get Ctrl-C instead
    assert "e.g. '" in str(raised.value)


def test_a_bad_slug_from_the_command_line_fails_before_any_question() -> None:
    with pytest.raises(FwgenError, match="sample_reserved"):
        drive(CTRL_C, None, "flask", {"project_slug": "sample_reserved"}, {})


def test_a_taken_folder_is_refused_as_soon_as_the_name_is_typed(tmp_path: Path) -> None:
    (tmp_path / "out" / "shop").mkdir(parents=True)
    (tmp_path / "out" / "shop" / "notes.txt").write_text("mine")
    keys = "Shop" + ENTER + ENTER + CLEAR + "Shop Two" + ENTER + TEMPLATE_DEFAULTS + CREATE  # another name
    _, answers, _ = drive(keys, None, "flask", {}, {}, tmp_path / "out")
    assert answers["project_slug"] == "shop_two"
    with pytest.raises(FwgenError, match="already exists and is not empty"):
        drive(CTRL_C, "Shop", "flask", {}, {}, tmp_path / "out")


def test_the_name_message_suggests_a_slug_that_would_do() -> None:
    message = name_problem(Conversation(), "3D Shop", None)
    assert "'3d_shop'" in message and "e.g. 'shop_3d'" in message


def test_a_mapping_is_never_asked_and_a_given_one_is_kept(tmp_path: Path) -> None:
    features = Path(__file__).parent / "fixtures" / "templates" / "features"
    (tmp_path / "templates" / "pyramid").unlink()
    (tmp_path / "templates" / "pyramid").symlink_to(features, target_is_directory=True)
    keys = ENTER + CREATE  # flavour only
    _, answers, _ = drive(keys, "Fe", "pyramid", {"db": {"name": "postgresql"}}, {})
    assert answers["db"] == {"name": "postgresql"} and answers["flavour"] == "plain"
    _, answers, _ = drive(keys, "Fe", "pyramid", {}, {})
    assert "db" not in answers  # resolving the context renders its default, as cookiecutter does


# --- the decision point, must-haves, the name and the folder --------------------------------------------


def test_must_haves_are_marked_in_the_flow() -> None:
    keys = "Shop" + ENTER + kind("api") + tick("openapi", "orm") + DOWN + SPACE + ENTER  # openapi
    keys += ENTER + "n" + ENTER + ENTER + TEMPLATE_DEFAULTS + CREATE
    _, _, needs = drive(keys, None, None, {}, {})
    assert needs["hard"] == ["openapi"] and set(needs["needs"]) == {"openapi", "orm"}


def test_the_project_name_has_a_default() -> None:
    keys = ENTER + TEMPLATE_DEFAULTS + CREATE
    _, answers, _ = drive(keys, None, "flask", {}, {})
    assert answers["project_name"] == "My Project" and answers["project_slug"] == "my_project"


def test_every_framework_can_be_shown_and_picked() -> None:
    keys = needs_answers("api", "openapi") + DOWN * 3 + ENTER  # "All N frameworks..."
    keys += ENTER + TEMPLATE_DEFAULTS + CREATE  # the full list starts on the pick
    framework, _, _ = drive(keys, None, None, {}, {})
    assert framework == "fastapi"


def test_changing_the_framework_at_the_summary_keeps_the_answers_that_still_apply() -> None:
    keys = needs_answers("api", "openapi") + ENTER + ENTER + DOWN + ENTER + ENTER  # extra: yes
    # Summary -> change -> framework (after name, kind, needs, must-haves, experience, async, size)
    keys += DOWN + ENTER + DOWN * 7 + ENTER + DOWN + ENTER + CREATE  # the next one; nothing re-asked
    framework, answers, _ = drive(keys, None, None, {}, {})
    assert framework == "django" and answers["extra"] == "yes" and answers["project_slug"] == "shop"


def test_a_taken_folder_can_be_backed_up_and_replaced(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "notes.txt").write_text("mine")
    request = Request(framework="flask", output_dir=tmp_path)
    with create_pipe_input() as pipe:
        pipe.send_text("Shop" + ENTER + DOWN + ENTER + TEMPLATE_DEFAULTS + CREATE + CTRL_C)
        with create_app_session(input=pipe, output=DummyOutput()):
            finished = converse(request)
    assert finished.force and finished.given["project_slug"] == "shop"
    assert (tmp_path / "shop" / "notes.txt").read_text() == "mine"  # nothing written yet

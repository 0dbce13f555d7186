"""`fwgen new` in a real pseudo-terminal, as a person would run it: questions, ranking, project."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from generator.defaults import allowed_values
from generator.options import Option, load_options
from support.screen import Screen

REPO = Path(__file__).resolve().parents[1]
ENTER, DOWN = "\r", "\x1b[B"

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pseudo-terminal")


@pytest.fixture
def terminal(tmp_path: Path):
    made: list[Screen] = []

    def start(*args: str) -> Screen:
        made.append(Screen([sys.executable, "-m", "generator", *args], tmp_path, columns=120, lines=50))
        return made[-1]

    yield start
    for term in made:
        term.close()


def asked_with_defaults(template_name: str) -> list[Option]:
    """The options the flow asks when each is answered with its default: not the name and slug,
    nor one whose value the earlier answers already decide (e.g. accounts without a database)."""
    template = load_options(REPO / "templates" / template_name)
    answers: dict[str, object] = {}
    asked = []
    for option in template.options:
        if option.key in {"project_name", "project_slug"}:
            continue
        if len(allowed_values(template, option, answers)) > 1:
            asked.append(option)
        answers[option.key] = option.default
    return asked


def test_a_whole_session_in_a_real_terminal(terminal, tmp_path: Path) -> None:
    term = terminal("new")
    term.expect("Project name")
    term.send("Term Shop" + ENTER)
    term.expect("What are you building?")
    term.send(DOWN * 3 + ENTER)  # a small service or prototype
    term.expect("What does it need?")
    term.send(ENTER)
    term.expect("How experienced")
    term.send(ENTER)
    term.expect("async")
    term.send("n")
    term.expect("How big")
    term.send(ENTER)
    term.expect("Recommended: Flask")
    term.expect("Which framework?")
    term.send(ENTER)
    # The template's own options, each prompt awaited before it is answered with its default.
    for option in asked_with_defaults("flask"):
        term.expect(f"? {option.prompt}")
        term.send(ENTER)
    term.expect("Create this project?")
    summary = term.output[term.output.rindex("Summary:") :]
    assert re.search(r"Framework +Flask", summary) and re.search(r"Building +A small service", summary)
    assert re.search(r"Creates +" + re.escape(str(tmp_path.resolve() / "term_shop")), summary)
    term.send(ENTER)
    term.expect("To make this project again without questions", timeout=60)
    assert term.process.wait(timeout=30) == 0
    record = json.loads((tmp_path / "term_shop" / ".fwgen.json").read_text())
    assert record["framework"] == "flask" and record["needs"]["kind"] == "small"


def test_ctrl_c_in_a_real_terminal_writes_nothing(terminal, tmp_path: Path) -> None:
    term = terminal("new")
    term.expect("Project name")
    term.send("Shop" + ENTER)
    term.expect("What are you building?")
    term.send("\x03")
    term.expect("cancelled; nothing was written")
    assert term.process.wait(timeout=30) == 130
    assert list(tmp_path.iterdir()) == []


def test_the_name_is_checked_as_soon_as_it_is_typed(terminal, tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "notes.txt").write_text("mine")
    term = terminal("new", "--framework", "flask")
    term.expect("Project name")
    term.send("Shop" + ENTER)
    term.expect("already exists and is not empty")  # at once, not after every option
    term.expect("What now?")
    term.send(ENTER)  # choose another name
    term.send("\x15" + "Café Ünïcode" + ENTER)  # clear the line, then a name the template slugifies
    for option in asked_with_defaults("flask"):
        term.expect(f"? {option.prompt}")
        term.send(ENTER)
    term.expect("Create this project?")
    term.send(ENTER)
    term.expect("To make this project again without questions", timeout=60)
    assert term.process.wait(timeout=30) == 0
    record = json.loads((tmp_path / "cafe_unicode" / ".fwgen.json").read_text())
    assert record["answers"]["project_name"] == "Café Ünïcode"
    assert (tmp_path / "shop" / "notes.txt").read_text() == "mine"


def test_a_bad_name_on_the_command_line_fails_before_any_question(terminal, tmp_path: Path) -> None:
    term = terminal("new", "3D Shop")
    term.expect("fwgen: error: project slug '3d_shop'")
    assert term.process.wait(timeout=30) == 2
    assert "e.g. 'shop_3d'" in term.output and "What are you building?" not in term.output
    assert list(tmp_path.iterdir()) == []


# --- the decision point at 80x24, rendered by pyte as a person sees it ---------------------------------

BLOG = ["--kind", "site", "--needs", "admin,orm,templates,auth", "--experience", "beginner"]
COLOUR = re.compile(rb"\x1b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|1)m")  # a foreground colour or bold


def fwgen_screen(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> Screen:
    return Screen([sys.executable, "-m", "generator", *args], tmp_path, columns=80, lines=24, env=env)


def test_the_pick_its_reasons_and_the_picker_share_one_80x24_screen(tmp_path: Path) -> None:
    with fwgen_screen(tmp_path, "new", "Blog", *BLOG) as screen:
        screen.wait_for("Which framework?")
        text = screen.text()
        assert "Recommended: Django  fit 97/100, confidence high" in text
        for need in ("Admin panel", "ORM and migrations", "Authentication", "Server-rendered pages"):
            assert f"  + {need}" in text
        assert "Next best:" in text and "behind on" in text
        assert "Also fits: web2py" in text and "fwgen offers py4web" in text
        picker = text[text.index("? Which framework?") :].splitlines()[1:5]
        assert picker[0].startswith(" » Django      97  recommended")
        assert [row.split()[0] for row in picker[1:3]] == ["py4web", "Masonite"]
        assert "All 18 frameworks" in picker[3]
        assert "web2py" not in "\n".join(picker), "a framework fwgen cannot make is never in the top three"
        decision = screen.raw[: screen.raw.index(b"below to see them")]
        assert re.search(rb"\x1b\[[0-9;]*32m", decision), "met needs in green on a terminal"


def test_no_color_turns_the_colours_off(tmp_path: Path) -> None:
    with fwgen_screen(tmp_path, "new", "Blog", *BLOG, env={"NO_COLOR": "1"}) as screen:
        screen.wait_for("Which framework?")
        decision = screen.raw[: screen.raw.index(b"below to see them")]  # what fwgen prints, not the prompt
        assert b"Recommended:" in decision and not COLOUR.search(decision)


def test_a_name_problem_is_printed_in_full_above_the_prompt(tmp_path: Path) -> None:
    with fwgen_screen(tmp_path, "new") as screen:
        screen.wait_for("Project name")
        assert "Five steps: 1) the project name" in screen.text()  # the intro says the steps
        assert "enter for 'My Project'" in screen.text()  # and the name has a default
        screen.send("3D Shop" + ENTER)
        screen.wait_for("shop_3d")
        rows = "".join(screen.screen.display)  # the message wraps at 80 columns, whole
        assert "project slug '3d_shop' is not a valid package name" in rows
        assert "e.g. 'shop_3d'" in rows
        assert screen.text().splitlines()[-1].strip() == "" or "Project name" in screen.text()


def test_contradictory_needs_still_fit_one_80x24_screen(tmp_path: Path) -> None:
    needs = ["--kind", "site", "--needs", "admin,single_file,openapi"]
    with fwgen_screen(tmp_path, "new", "Mixed", *needs) as screen:
        screen.wait_for("Which framework?")
        rows = screen.text().splitlines()
        assert rows[0] == "" or "Recommended: Django" in rows[1]  # nothing of the decision scrolled off
        text = screen.text()
        assert "Recommended: Django" in text and "  - Single-file simplicity" in text
        assert "pull apart" in text and "does not meet your need Single-file simplicity" in text
        assert " » Django" in text and "All 18 frameworks" in text

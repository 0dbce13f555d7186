"""`fwgen new` in a real pseudo-terminal, as a person would run it: questions, ranking, project."""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.defaults import allowed_values
from generator.options import Option, load_options

REPO = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b[=>]")
ENTER, DOWN = "\r", "\x1b[B"

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pseudo-terminal")


class Terminal:
    """A process on a pseudo-terminal, with its screen output as plain text."""

    def __init__(self, argv: list[str], cwd: Path) -> None:
        self.master, slave = os.openpty()
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "50"}
        env.pop("FWGEN_TEMPLATES_DIR", None)
        self.process = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=slave, start_new_session=True
        )
        os.close(slave)
        self.output = ""

    def read(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the process closed the terminal
                    return
                if not chunk:
                    return
                self.output += ANSI.sub("", chunk.decode(errors="replace"))

    def expect(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            assert time.monotonic() < deadline, f"never saw {text!r}; screen:\n{self.output[-3000:]}"
            assert self.process.poll() is None or text in self.output, self.output[-3000:]
            self.read(0.1)

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())
        self.read(0.3)

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        os.close(self.master)


@pytest.fixture
def terminal(tmp_path: Path):
    made: list[Terminal] = []

    def start(*args: str) -> Terminal:
        made.append(Terminal([sys.executable, "-m", "generator", *args], tmp_path))
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
    assert "framework" in term.output and "flask" in term.output
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

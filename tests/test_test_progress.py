"""What `fwgen test` shows: a live view of the running combinations on a terminal, plain lines
elsewhere, and the summary table; the terminal's screen is read with pyte, a terminal emulator."""

from __future__ import annotations

import io
import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyte
import pytest
from rich.console import Console

from generator.template_test import CombinationResult, PhaseResult
from generator.test_progress import Progress, progress_for, summary, wants_live_view

REPO = Path(__file__).resolve().parents[1]
TINY = Path(__file__).parent / "fixtures" / "checkable" / "tiny"
COLUMNS, LINES = 110, 40


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def screen_of(output: str | bytes) -> list[str]:
    """The lines a COLUMNS x LINES terminal shows after ``output``, trailing blanks dropped."""
    screen = pyte.Screen(COLUMNS, LINES)
    # A line feed also returns the carriage, as a terminal's line discipline (onlcr) makes it.
    screen.set_mode(pyte.modes.LNM)
    if isinstance(output, str):
        pyte.Stream(screen).feed(output)
    else:
        pyte.ByteStream(screen).feed(output)
    return [line.rstrip() for line in screen.display]


def result(template: str, label: dict[str, str], slug: str, *phases: PhaseResult) -> CombinationResult:
    made = CombinationResult(template, label, Path("/tmp") / slug)
    made.phases.extend(phases)
    return made


def test_the_live_view_shows_each_running_combination_and_its_phase() -> None:
    terminal = FakeTerminal()
    console = Console(file=terminal, force_terminal=True, width=COLUMNS, height=LINES, color_system=None)
    progress = Progress(print, console)
    flask = result("flask", {"database": "sqlite"}, "check_flask_1")
    zope = result("zope", {"docker": "no"}, "check_zope_1")
    with progress.shown(planned=3):
        progress.started(flask, "install")
        progress.started(zope, "bake")
        progress.ended(flask, PhaseResult("install", True, 2.0))
        progress.started(flask, "serve")
        screen = screen_of(terminal.getvalue())
        assert "0/3 done, 0 failed" in screen
        assert any("flask [database=sqlite]" in line and "serve" in line for line in screen), screen
        assert any("zope [docker=no]" in line and "bake" in line for line in screen), screen

        flask.phases.append(PhaseResult("test", False, 1.5, "boom"))
        progress.ended(flask, flask.phases[-1])
        progress.combination_done(flask)
        screen = screen_of(terminal.getvalue())
        assert "1/3 done, 1 failed" in screen
        assert "  flask [database=sqlite] test: FAILED (1.5s)" in screen
        assert "FAILED flask [database=sqlite] (1.5s)" in screen
        assert not any("flask [database=sqlite]" in line and "serve" in line for line in screen)
    # The live lines are gone when the run ends; the finished combinations stay above.
    screen = screen_of(terminal.getvalue())
    assert not any("done," in line or "zope" in line for line in screen), screen
    assert "FAILED flask [database=sqlite] (1.5s)" in screen


def test_plain_lines_without_a_terminal() -> None:
    lines: list[str] = []
    progress = progress_for(lines.append, io.StringIO())
    assert progress.console is None
    twisted = result("twisted", {"echo": "yes"}, "check_twisted_2")
    with progress.shown(planned=1):
        progress.started(twisted, "lint")
        progress.ended(twisted, PhaseResult("lint", True, 0.25))
        progress.combination_done(twisted)
    assert lines == ["  twisted [echo=yes] lint: ok (0.2s)"]


@pytest.mark.parametrize(
    ("environ", "live"), [({}, True), ({"NO_COLOR": "1"}, False), ({"TERM": "dumb"}, False)]
)
def test_the_live_view_only_on_a_terminal_that_can_redraw(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], live: bool
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    assert wants_live_view(FakeTerminal()) is live
    assert wants_live_view(io.StringIO()) is False


def test_the_summary_table_has_a_row_per_combination_and_a_column_per_phase() -> None:
    lines: list[str] = []
    passed = result(
        "flask", {"database": "postgresql", "server": "gevent"}, "check_flask_2",
        *(PhaseResult(p, True, 1.25) for p in ("bake", "install", "test", "lint", "migrate", "serve")),
    )  # fmt: skip
    failed = result(
        "zope", {}, "check_zope_1", PhaseResult("bake", True, 0.1), PhaseResult("install", False, 3.0)
    )
    summary([passed, failed], lines.append, colour=False)
    text = "\n".join(lines)
    assert "\x1b[" not in text  # no colour codes in a log
    [flask_row] = [line for line in lines if "flask" in line]
    cells = [cell.strip() for cell in flask_row.strip("│ ").split("│")]
    assert cells == [
        "flask",
        "database=postgresql,server=gevent",
        "1.2s",
        "1.2s",
        "1.2s",
        "1.2s",
        "1.2s",
        "1.2s",
    ]
    [zope_row] = [line for line in lines if "zope" in line]
    cells = [cell.strip() for cell in zope_row.strip("│ ").split("│")]
    assert cells == ["zope", "defaults", "0.1s", "FAILED", "-", "-", "-", "-"]
    assert lines[-1] == "1 passed, 1 failed"


@pytest.mark.slow  # installs the tiny template's project with uv
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pseudo-terminal")
def test_fwgen_test_on_a_terminal_ends_with_the_summary_on_screen(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TINY, templates / "tiny")
    config = templates / "tiny" / "cookiecutter.json"
    data = json.loads(config.read_text())
    data["mode"] = ["good"]
    config.write_text(json.dumps(data))
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "NO_COLOR"}}
    env.update(FWGEN_TEMPLATES_DIR=str(templates), PYTHONPATH=str(REPO), TERM="xterm-256color",
               COLUMNS=str(COLUMNS), LINES=str(LINES))  # fmt: skip
    master, slave = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "test", "tiny", "--quick"],
        cwd=tmp_path, env=env, stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    output = b""
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the process closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            elif process.poll() is not None:
                break
        assert process.wait(timeout=30) == 0, output.decode(errors="replace")[-3000:]
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    screen = screen_of(output)
    assert "1 passed, 0 failed" in screen, "\n".join(screen)
    assert any(line.startswith("│ tiny") and "defaults" in line for line in screen), "\n".join(screen)
    assert "passed tiny [defaults]" in " ".join(screen)
    assert not any("done," in line for line in screen), "the live view was left on the screen"

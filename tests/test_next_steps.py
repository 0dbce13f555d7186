"""The next steps `fwgen new` prints, and every generated README's "Set up", work on a fresh machine:
the pip fallback with the stock pip of a new `python3.11 -m venv` (pip 23, which has no --group)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.next_steps import PIP_COMMANDS, UV_COMMANDS, next_steps

REPO = Path(__file__).resolve().parents[1]
PARTIAL = REPO / "templates" / "_shared" / "partials" / "readme_install"


def printed_pip_commands(output: str) -> list[str]:
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Or with pip only"))
    commands = []
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        commands.append(line.strip())
    return commands


def test_next_steps_say_how_to_get_uv_and_upgrade_pip_before_group() -> None:
    lines = next_steps("shop")
    assert lines[1] == "  cd shop"
    assert "pipx install uv" in "\n".join(lines)
    assert printed_pip_commands("\n".join(lines)) == list(PIP_COMMANDS)
    upgrade = PIP_COMMANDS.index("python -m pip install --upgrade pip")
    assert upgrade < next(i for i, c in enumerate(PIP_COMMANDS) if "--group" in c)


def test_every_readme_sets_up_from_the_one_shared_partial() -> None:
    text = PARTIAL.read_text()
    for command in (*UV_COMMANDS[:1], *PIP_COMMANDS[:3]):
        assert command in text
    for readme in REPO.glob("templates/*/{{cookiecutter.project_slug}}/README.md"):
        source = readme.read_text()
        assert '{% include "partials/readme_install" %}' in source, readme
        assert "pip install -e . --group dev" not in source, f"{readme} repeats the partial"
        link = readme.parents[1] / "templates" / "partials" / "readme_install"
        assert link.resolve() == PARTIAL.resolve(), link


@pytest.mark.slow
def test_the_printed_pip_commands_work_in_a_fresh_python311_venv(tmp_path: Path) -> None:
    python311 = shutil.which("python3.11")
    if python311 is None:
        pytest.skip("needs python3.11 on PATH")
    real = subprocess.run(
        [python311, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True, check=True
    ).stdout.strip()
    created = subprocess.run(
        [sys.executable, "-m", "generator", "new", "Shop", "-f", "flask", "--no-input", "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    commands = printed_pip_commands(created.stdout)
    assert commands == list(PIP_COMMANDS)
    project = tmp_path / "shop"
    for command in commands[:3]:
        assert command in (project / "README.md").read_text()
    # `python3` in the printed commands is Python 3.11 here, as on a machine that has only it.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(real)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PIP_REQUIRE_VIRTUALENV")
    }
    env["PATH"] = f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin"
    stock = subprocess.run(
        ["bash", "-c", commands[0] + " && pip --version"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert stock.returncode == 0, stock.stderr
    assert stock.stdout.startswith("pip 2") and int(stock.stdout.split()[1].split(".")[0]) < 25, stock.stdout
    shutil.rmtree(project / ".venv")
    done = subprocess.run(
        ["bash", "-c", " && ".join(commands)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert " passed" in done.stdout

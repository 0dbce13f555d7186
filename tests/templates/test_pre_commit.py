"""The generated pre-commit hooks work offline from the project's own environment, and catch what
they are there to catch. One template stands for all: the hooks come from one shared partial, and
FastAPI's adds its extra lint command (mypy) as a hook too."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.baked import Project
from generator.template_lookup import load_template
from generator.template_test import bake

pytestmark = pytest.mark.slow


def test_pre_commit_runs_the_projects_own_linters(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit")
    assert pre_commit, "pre-commit comes with fwgen's test extra"
    path = bake(load_template("fastapi"), {"database": "sqlite"}, tmp_path, "hooks_demo")
    project = Project(path)
    project.install()
    for args in (["init", "-q"], ["add", "-A"]):
        project.run("git", *args, in_venv=False)

    def hooks() -> subprocess.CompletedProcess[str]:
        # PRE_COMMIT_HOME in the test folder: nothing of the developer's cache is used or changed.
        env = {"PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
        return project.run(pre_commit, "run", "--all-files", env=env, check=False, timeout=600)

    clean = hooks()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert {"ruff format", "ruff check", "mypy"} <= {
        line.split("....")[0].strip() for line in clean.stdout.splitlines() if "Passed" in line
    }

    # A badly formatted file with an unused import and a type error: the hooks fix what they can
    # and fail the commit on the rest.
    bad = path / "hooks_demo" / "sloppy.py"
    bad.write_text("import os\ndef f( x:int )->str:\n    return x\n")
    project.run("git", "add", "-A", in_venv=False)
    dirty = hooks()
    assert dirty.returncode != 0
    assert "import os" not in bad.read_text() and "def f(x: int) -> str:" in bad.read_text()
    assert "Incompatible return value" in dirty.stdout

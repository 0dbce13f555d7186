"""Needs carry into a template's options through the template's own data (_fwgen.need_defaults),
the same with --no-input as in the interactive flow, and a mistake in that data is one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = Path(__file__).parent / "fixtures" / "templates" / "sample"


def fwgen(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "FWGEN_TEMPLATES_DIR"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, env=environ, capture_output=True, text=True,
        timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("framework", "needs", "expected"),
    [
        ("fastapi", "auth", {"auth": "jwt", "database": "sqlite"}),
        ("bottle", "single_file", {"layout": "single-file"}),
        ("falcon", "async", {"interface": "asgi"}),
        ("django", "openapi", {"api": "django-ninja"}),
        ("tornado", "websockets,templates", {"websocket": "yes", "pages": "yes"}),
        ("flask", "orm", {"database": "sqlite"}),
    ],
)
def test_a_need_sets_the_options_that_meet_it(
    tmp_path: Path, framework: str, needs: str, expected: dict
) -> None:
    result = fwgen("new", "demo", "-f", framework, "--needs", needs, "--no-input", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    answers = json.loads((tmp_path / "demo" / ".fwgen.json").read_text())["answers"]
    assert {key: answers[key] for key in expected} == expected


def test_a_flag_beats_a_need(tmp_path: Path) -> None:
    result = fwgen(
        "new", "demo", "-f", "fastapi", "--needs", "auth", "--set", "auth=none", "--no-input", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "demo" / ".fwgen.json").read_text())["answers"]["auth"] == "none"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"orm": {"extra": "maybe"}}, "extra has no value 'maybe'"),
        ({"orm": {"nothing": "yes"}}, "names 'nothing', which is not a choice option"),
        ({"telepathy": {"extra": "yes"}}, "'_fwgen.need_defaults.telepathy': no such need"),
    ],
)
def test_bad_need_defaults_are_one_line_naming_the_file(tmp_path: Path, table: dict, message: str) -> None:
    template = tmp_path / "templates" / "sample"
    shutil.copytree(SAMPLE, template, symlinks=True)
    config = template / "cookiecutter.json"
    data = json.loads(config.read_text())
    data["_fwgen"]["need_defaults"] = table
    config.write_text(json.dumps(data))
    result = fwgen("list", cwd=tmp_path, env={"FWGEN_TEMPLATES_DIR": str(tmp_path / "templates")})
    assert result.returncode == 1
    assert message in result.stderr and str(config) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

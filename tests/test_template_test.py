"""`fwgen test` on a tiny template of known quality: a good one passes; one whose tests fail, whose
lint fails, whose server never answers, or one of whose option values can never be baked, fails
with exit status 1, naming the combination and the phase."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TINY = Path(__file__).parent / "fixtures" / "checkable" / "tiny"
REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow  # each run installs a (tiny) project with uv


def fwgen_test(tmp_path: Path, mode: str, *args: str, edit=None) -> subprocess.CompletedProcess[str]:
    templates = tmp_path / "templates"
    shutil.copytree(TINY, templates / "tiny")
    config = templates / "tiny" / "cookiecutter.json"
    data = json.loads(config.read_text())
    data["mode"] = [mode]
    if edit:
        edit(data)
    config.write_text(json.dumps(data))
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE"}}
    (tmp_path / "tmp").mkdir()
    env.update(FWGEN_TEMPLATES_DIR=str(templates), PYTHONPATH=str(REPO), TMPDIR=str(tmp_path / "tmp"))
    return subprocess.run(
        [sys.executable, "-m", "generator", "test", "tiny", *args], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_good_template_passes_every_phase(tmp_path: Path) -> None:
    result = fwgen_test(tmp_path, "good")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "tiny [mode=good,flavour=plain] serve: ok" in result.stdout
    assert "tiny [mode=good,flavour=salted] serve: ok" in result.stdout
    assert result.stdout.rstrip().endswith("2 passed, 0 failed")
    # the baked projects are gone: nothing failed (uv keeps lock files of its own there)
    assert [name for name in os.listdir(tmp_path / "tmp") if name.startswith("fwgen")] == []


@pytest.mark.parametrize(
    ("mode", "phase"), [("failing-tests", "test"), ("bad-lint", "lint"), ("no-server", "serve")]
)
def test_a_broken_template_fails_naming_the_combination_and_phase(
    tmp_path: Path, mode: str, phase: str
) -> None:
    result = fwgen_test(tmp_path, mode, "--quick")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"tiny [defaults] {phase}: FAILED" in result.stdout
    assert (
        result.stdout.rstrip().endswith("0 passed, 1 failed") or "Logs of the failed phases" in result.stdout
    )
    logs = Path(result.stdout.rpartition("Logs of the failed phases: ")[2].strip())
    assert [p.name for p in logs.iterdir()] == [f"tiny-check_tiny_1-{phase}.log"]
    shutil.rmtree(logs.parent)


def test_an_option_value_that_is_never_baked_fails(tmp_path: Path) -> None:
    def forbid_salted(data: dict) -> None:
        data["_fwgen"]["constraints"] = [
            {"when": {"flavour": "salted"}, "require": {"mode": []}, "why": "a broken constraint"}
        ]

    result = fwgen_test(tmp_path, "good", edit=forbid_salted)
    assert result.returncode == 1
    assert "tiny: flavour=salted is never baked" in result.stdout

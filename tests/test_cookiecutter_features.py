"""What cookiecutter supports in cookiecutter.json works under fwgen too, with the same tree:
dict variables, _copy_without_render, local _extensions and __private variables
(tests/fixtures/templates/features has one of each)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "templates"
FEATURES = FIXTURES / "features"


def files(path: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(path)): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(path).parts
    }  # the files, not the repository


def fwgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FWGEN_TEMPLATES_DIR": str(FIXTURES)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def plain_cookiecutter(tmp_path: Path, extra: dict[str, Any]) -> Path:
    """The project plain cookiecutter makes with ``extra`` context (its API, as in a script)."""
    code = (
        "import json, sys\nfrom cookiecutter.main import cookiecutter\n"
        "print(cookiecutter(sys.argv[1], no_input=True, output_dir=sys.argv[2],"
        " extra_context=json.loads(sys.argv[3]), default_config=True))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(FEATURES), str(tmp_path / "plain"), json.dumps(extra)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        env={**os.environ, "HOME": str(tmp_path)},  # cookiecutter's replay file goes there
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1])


def test_the_tree_is_cookiecutters(tmp_path: Path) -> None:
    expected = plain_cookiecutter(tmp_path, {"project_name": "Fe Test"})
    result = fwgen("new", "Fe Test", "-f", "features", "--no-input", "-o", "fw", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    made = tmp_path / "fw" / "fe_test"
    ours = files(made)
    record = json.loads(ours.pop(".fwgen.json"))
    assert ours == files(expected)
    settings = ours["settings.txt"].decode()
    # a dict variable, rendered inside; a __private variable; a local extension's filter
    assert "database: sqlite at sqlite:///fe_test.db, pool 5" in settings
    assert "greeting: Hello from FE TEST!" in settings and "flavour: PLAIN!" in settings
    # _copy_without_render: contents and names inside copied folders stay as they are
    assert ours["page.raw.html"].startswith(b"<h1>{{ title }}</h1>")
    assert 'static/{{ url_for("static") }}/{% raw %}x{% endraw %}.css' in ours
    assert record["answers"]["db"]["url"] == "sqlite:///fe_test.db"
    assert "--set db" not in result.stdout  # a mapping is not a --set value


def test_a_dict_variable_is_set_from_an_answers_file(tmp_path: Path) -> None:
    given = {"db": {"name": "postgresql", "pool": {"size": "20"}}}
    expected = plain_cookiecutter(tmp_path, {"project_name": "Fe Test", **given})
    (tmp_path / "answers.json").write_text(json.dumps({"framework": "features", **given}))
    result = fwgen("new", "Fe Test", "--answers", "answers.json", "--no-input", "-o", "fw", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    ours = files(tmp_path / "fw" / "fe_test")
    record = json.loads(ours.pop(".fwgen.json"))
    assert ours == files(expected)
    assert b"database: postgresql at sqlite:///fe_test.db, pool 20" in ours["settings.txt"]
    # the record reproduces it
    again = fwgen("new", "--answers", "fw/fe_test/.fwgen.json", "--no-input", "-o", "again", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert record["answers"]["db"]["name"] == "postgresql"
    assert (tmp_path / "again" / "fe_test" / "settings.txt").read_bytes() == ours["settings.txt"]


def test_a_dict_variable_is_data_not_a_template(tmp_path: Path) -> None:
    (tmp_path / "answers.json").write_text(json.dumps({"db": {"name": "{{ 7*7 }}"}}))
    result = fwgen("new", "Fe", "-f", "features", "--answers", "answers.json", "--no-input", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "database: {{ 7*7 }} at" in (tmp_path / "fe" / "settings.txt").read_text()


def test_a_dict_variable_cannot_be_set_with_set(tmp_path: Path) -> None:
    result = fwgen("new", "Fe", "-f", "features", "--set", "db=postgresql", "--no-input", cwd=tmp_path)
    assert result.returncode == 2
    assert "option 'db' takes a mapping, given in an answers file" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_dict_variable_is_listed_and_never_asked(tmp_path: Path) -> None:
    listed = fwgen("list", cwd=tmp_path)
    assert "db: mapping, from an answers file" in listed.stdout
    # stdin is not a terminal: the missing answers it names are the ones a user gives, not db
    result = fwgen("new", "Fe", "-f", "features", cwd=tmp_path)
    assert result.returncode == 2 and "--set flavour=plain|fancy or --no-input" in result.stderr
    assert "db=" not in result.stderr


@pytest.mark.parametrize("pattern", ["static", "*.raw.html"])
def test_copy_without_render_patterns_are_honoured(pattern: str, tmp_path: Path) -> None:
    # With the pattern gone, cookiecutter would render those files, and the Jinja in them fails.
    copy = tmp_path / "templates" / "features"
    shutil.copytree(FEATURES, copy)
    config = json.loads((copy / "cookiecutter.json").read_text())
    config["_copy_without_render"].remove(pattern)
    (copy / "cookiecutter.json").write_text(json.dumps(config))
    env = {**os.environ, "FWGEN_TEMPLATES_DIR": str(tmp_path / "templates")}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "new", "Fe", "-f", "features", "--no-input"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "fe").exists()

"""A template author's mistakes are one line naming the file (and key), exit 1, from `fwgen list`
and `fwgen new` alike: never a traceback, never a dump of the whole context."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SAMPLE = Path(__file__).parent / "fixtures" / "templates" / "sample"


def fwgen(*args: str, cwd: Path, templates: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FWGEN_TEMPLATES_DIR"}
    if templates is not None:
        env["FWGEN_TEMPLATES_DIR"] = templates
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def assert_template_error(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fwgen: error: "), result.stderr
    assert "internal error" not in lines[0] and "Context:" not in lines[0]
    for text in expected:
        assert text in lines[0], lines[0]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("/no/such/folder", "FWGEN_TEMPLATES_DIR=/no/such/folder: no such folder"),
        ("", "FWGEN_TEMPLATES_DIR is set but empty"),
        ("FILE", "not a folder"),
        ("EMPTY", "no templates in it"),
    ],
)
def test_a_bad_templates_dir_is_refused(tmp_path: Path, value: str, message: str) -> None:
    (tmp_path / "FILE").write_text("x")
    (tmp_path / "EMPTY").mkdir()
    if value in {"FILE", "EMPTY"}:
        value = str(tmp_path / value)
    for args in (["list"], ["new", "shop", "-f", "sample", "--no-input"]):
        assert_template_error(fwgen(*args, cwd=tmp_path, templates=value), message)


def broken(tmp_path: Path, change: Any) -> Path:
    """A copy of the sample template, called "broken", with ``change`` applied to its
    cookiecutter.json (a function of the parsed JSON, or the new text)."""
    root = tmp_path / "templates"
    shutil.copytree(SAMPLE, root / "broken", symlinks=True)
    path = root / "broken" / "cookiecutter.json"
    if callable(change):
        data = json.loads(path.read_text())
        change(data)
        path.write_text(json.dumps(data))
    else:
        path.write_text(change)
    return root


def setting(key: str, value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        data[key] = value

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("{not json", ("cookiecutter.json is not valid JSON",)),
        ("[1, 2]", ("cookiecutter.json: must hold a JSON object",)),
        (setting("mode", []), ("option 'mode' has an empty choice list",)),
        (setting("mode", ["fast", {"a": 2}]), ("option 'mode' has a choice that is not text or a number",)),
        (setting("colour", ["{{ cookiecutter.nope }}"]), ("the default of 'colour' does not render",)),
        (setting("_fwgen", {"identifier_slug": "yes"}), ("'_fwgen.identifier_slug' must be true or false",)),
        (setting("description", "{{ cookiecutter.nope }}"),
         ("the default of 'description' does not render", "has no attribute 'nope'")),
        (setting("description", "{{ oops"), ("the default of 'description' does not render",)),
        (setting("_fwgen", "yes"), ("'_fwgen' must be a mapping",)),
        (setting("_fwgen", {"constraint": []}), ("'_fwgen' has unknown key(s) constraint",)),
        (setting("_fwgen", {"constraints": {}}), ("'_fwgen.constraints' must be a list",)),
        (setting("_fwgen", {"constraints": [{"when": {"colour": "red"}, "require": {"extra": ["yes"]}}]}),
         ("'_fwgen.constraints' entry 1: 'when.colour' names an unknown option",)),
        (setting("_fwgen", {"constraints": [{"when": {"mode": "turbo"}, "require": {"extra": ["yes"]}}]}),
         ("'when.mode': 'turbo' is not one of its choices",)),
        (setting("_fwgen", {"constraints": [{"when": {"mode": "slow"}, "require": {"extra": "yes"}}]}),
         ("'require.extra' must be a list of values",)),
        (setting("_fwgen", {"reserved_slugs": "x"}), ("'_fwgen.reserved_slugs' must be a list",)),
        (setting("__prompts__", ["x"]), ("'__prompts__' must be a mapping",)),
        (setting("_extensions", ["no_such_module.Ext"]), ("'_extensions':", "no_such_module")),
        (setting("templates", {"a": {"path": "a"}}), ("nested templates",)),
    ],
)  # fmt: skip
def test_a_broken_cookiecutter_json_is_one_line_naming_file_and_key(tmp_path: Path, change, expected) -> None:
    root = str(broken(tmp_path, change))
    where = str(Path(root) / "broken" / "cookiecutter.json")
    for args in (["list"], ["new", "shop", "-f", "broken", "--no-input"]):
        assert_template_error(fwgen(*args, cwd=tmp_path, templates=root), where, *expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["templates"]  # nothing written


def test_a_template_without_a_project_folder(tmp_path: Path) -> None:
    root = broken(tmp_path, lambda data: None)
    shutil.rmtree(root / "broken" / "{{cookiecutter.project_slug}}")
    for args in (["list"], ["new", "shop", "-f", "broken", "--no-input"]):
        assert_template_error(fwgen(*args, cwd=tmp_path, templates=str(root)), "exactly one project folder")


def test_a_file_that_does_not_render_names_the_file_without_the_context(tmp_path: Path) -> None:
    root = broken(tmp_path, lambda data: None)
    (root / "broken" / "{{cookiecutter.project_slug}}" / "bad.txt").write_text("{{ cookiecutter.nope }}")
    (root / "broken" / "{{cookiecutter.project_slug}}" / "{{ cookiecutter.nope }}.txt").write_text("x")
    result = fwgen("new", "shop", "-f", "broken", "--no-input", cwd=tmp_path, templates=str(root))
    assert_template_error(result, "{{ cookiecutter.nope }}.txt: the name does not render", "nope")
    (root / "broken" / "{{cookiecutter.project_slug}}" / "{{ cookiecutter.nope }}.txt").unlink()
    result = fwgen("new", "shop", "-f", "broken", "--no-input", cwd=tmp_path, templates=str(root))
    assert_template_error(result, "rendering broken failed: Unable to create file 'bad.txt'", "nope")
    (root / "broken" / "{{cookiecutter.project_slug}}" / "bad.txt").write_text("{% if %}")
    result = fwgen("new", "shop", "-f", "broken", "--no-input", cwd=tmp_path, templates=str(root))
    assert_template_error(result, "rendering broken failed: ", "bad.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["templates"]

"""What holds for every template alike: plain Cookiecutter works, fwgen makes the same tree,
free-text answers come out as data wherever they land, and the server `fwgen test` (and the shared
slow test) starts is the README's production command."""

from __future__ import annotations

import ast
import json
import os
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator import template_test
from generator.checks import load_checks
from support.baking import bake, check_generated_tree
from support.matrix import template_dir, template_names, template_options

TRICKY = {
    "project_name": 'Zq9x\'s "Shop" \\ <script>alert(1)</script>',
    "description": 'Says "hi" \\n and {braces}',
    "author": "O'Brien \\ Co",
}


def files(path: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(path)): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(path).parts
    }  # the files, not the repository


def python_strings(source: Path) -> set[str]:
    tree = ast.parse(source.read_text())
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def masked_secrets(project: Path) -> bytes:
    """.env with the generated secrets blanked: what must match between two bakes."""
    secret_keys = {
        line.partition("=")[0]
        for line in (project / ".env.example").read_text().splitlines()
        if line.partition("=")[2].strip() == "change-me"
    }
    lines = []
    for line in (project / ".env").read_text().splitlines():
        key, sep, _ = line.partition("=")
        lines.append(f"{key}=<secret>" if sep and key in secret_keys else line)
    return "\n".join(lines).encode()


@pytest.mark.parametrize("template", template_names())
def test_plain_cookiecutter_defaults_bake(tmp_path: Path, template: str) -> None:
    """Rule 5: `cookiecutter templates/<name> --no-input` works without fwgen, from the command line."""
    result = subprocess.run(
        [sys.executable, "-m", "cookiecutter", "--no-input", "--default-config", "-o", str(tmp_path),
         str(template_dir(template)), "project_name=Plain Ünï 🚀"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        env={**os.environ, "HOME": str(tmp_path)},  # cookiecutter's replay file goes there
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    check_generated_tree(tmp_path / "plain_uni", {})


@pytest.mark.parametrize("template", template_names())
def test_free_text_answers_are_data(cookies: Any, template: str) -> None:
    project = bake(cookies, template, {"project_slug": "tricky"}, **TRICKY)
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    assert pyproject["project"]["description"] == TRICKY["description"]
    assert pyproject["project"]["authors"] == [{"name": TRICKY["author"]}]
    assert TRICKY["project_name"] in (project / "README.md").read_text()
    # Wherever the name lands in Python, it is one string exactly as typed...
    for source in project.rglob("*.py"):
        if "Zq9x" in source.read_text():
            assert TRICKY["project_name"] in python_strings(source), source
    # ...and it is never pasted into markup, where it would be live HTML.
    for page in project.rglob("*"):
        if page.suffix in {".html", ".jinja2", ".pt", ".mako"}:
            assert "<script>alert" not in page.read_text(), page


@pytest.mark.parametrize("template", template_names())
def test_fwgen_makes_the_same_tree_as_cookiecutter(cookies: Any, tmp_path: Path, template: str) -> None:
    """fwgen resolves the context itself; the result must be what cookiecutter makes, plus .fwgen.json."""
    expected = bake(cookies, template, {"project_name": "Same Tree"})
    result = subprocess.run(
        [sys.executable, "-m", "generator", "new", "Same Tree", "-f", template, "--no-input"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    made = tmp_path / "same_tree"
    check_generated_tree(made, {})
    record = json.loads((made / ".fwgen.json").read_text())
    assert record["framework"] == template and record["answers"]["project_name"] == "Same Tree"
    ours, theirs = files(made), files(expected)
    ours.pop(".fwgen.json")
    ours.pop(".env"), theirs.pop(".env")  # each project gets its own secrets; the rest is the same
    assert masked_secrets(made) == masked_secrets(expected)
    assert ours == theirs


def served_as_in_readme(argv: list[str]) -> list[str]:
    """A README command as the serve check runs it: on 127.0.0.1 and a free port instead of every
    interface and the documented port; twisted's echo service on any free port too."""
    return [
        arg.replace("0.0.0.0", "127.0.0.1").replace("tcp:port=8007", "tcp:port=0")
        .replace("8000", "{port}").replace("8080", "{port}")
        for arg in argv
    ]  # fmt: skip


@pytest.mark.parametrize("template", template_names())
def test_the_serve_check_starts_the_readme_production_command(tmp_path: Path, template: str) -> None:
    """What `fwgen test` and the shared slow test serve is what the README tells a user to run."""
    options = template_options(template)
    checks = load_checks(options)
    # One project for each distinct serve command (the other options do not change it).
    distinct: dict[tuple[str, ...], dict] = {}
    for combo in template_test.combinations(options):
        answers = {o.key: combo.get(o.key, o.default) for o in options.options}
        [serve] = checks.commands("serve", answers, project_slug="served")
        distinct.setdefault(tuple(serve), combo)
    for number, (serve, combo) in enumerate(distinct.items()):
        project = template_test.bake(options, combo, tmp_path / str(number), "served")
        readme = [
            served_as_in_readme(shlex.split(line)[2:])
            for line in (project / "README.md").read_text().splitlines()
            if line.startswith("uv run ")
        ]
        assert list(serve) in readme, f"{combo}: {list(serve)} is not a README command"


@pytest.mark.parametrize("template", template_names())
def test_every_project_is_type_checked_strictly(cookies: Any, template: str) -> None:
    """`mypy .` is in every project's lint (the default of `_fwgen.checks`), so the project must
    bring mypy in its dev group, run it strictly, and tell the user how."""
    project = bake(cookies, template, {})
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    assert any(d.startswith("mypy>=") for d in pyproject["dependency-groups"]["dev"])
    mypy = pyproject["tool"]["mypy"]
    assert mypy["strict"] is True
    assert "ignore_errors" not in mypy
    for override in mypy.get("overrides", []):
        assert "ignore_errors" not in override, override  # named missing imports only, never a blanket
    assert "uv run mypy ." in (project / "README.md").read_text()
    assert ["mypy", "."] in load_checks(template_options(template)).commands("lint", {}, project_slug="x")

"""Bake a template with pytest-cookies (plain Cookiecutter) and check what every baked project meets."""

from __future__ import annotations

import configparser
import json
import os
import re
import shlex
import stat
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml

from support.matrix import template_dir

# Files of the generated app that legitimately hold template syntax of their own engine
# (Jinja pages, Mako migration templates, Bottle SimpleTemplate pages, GitHub expressions).
OWN_TEMPLATE_SUFFIXES = {".html", ".jinja", ".jinja2", ".j2", ".mako", ".pt", ".tpl"}


def bake(cookies: Any, template: str, combo: dict[str, Any], **extra: Any) -> Path:
    """Bake ``template`` with ``combo`` (and any extra context) and run the generic checks.

    Returns the baked project's folder.
    """
    # pytest-cookies resolves the context before cookiecutter puts the template folder on the import
    # path, so the template's local extension (the free-text filters) must be importable already.
    folder = str(template_dir(template))
    sys.path.insert(0, folder)
    try:
        result = cookies.bake(template=folder, extra_context={**combo, **extra})
    finally:
        sys.path.remove(folder)
    assert result.exception is None, f"baking failed: {result.exception!r}\n{result.exception}"
    assert result.exit_code == 0
    project = Path(result.project_path)
    check_generated_tree(project, combo)
    return project


def dependency_names(project: Path) -> set[str]:
    """The distribution names a baked project depends on (no extras, versions or markers)."""
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    return {re.split(r"[\[<>=~!;\s]", dep, maxsplit=1)[0] for dep in pyproject["project"]["dependencies"]}


def baked_files(project: Path) -> set[str]:
    """Every file of a baked project, as paths relative to it."""
    return {str(p.relative_to(project)) for p in project.rglob("*") if p.is_file()}


def owned_files(owned: dict[tuple[str, str], list[str]], combo: dict[str, Any], slug: str) -> dict[str, bool]:
    """Files that belong to option values, mapped to whether ``combo`` must have them. ``owned``
    maps (option, "value|value") to paths, ``{slug}`` standing for the package."""
    return {
        path.format(slug=slug): combo[key] in values.split("|")
        for (key, values), paths in owned.items()
        for path in paths
    }


def assert_owned_files(project: Path, wanted: dict[str, bool]) -> None:
    """Each option-owned file is present exactly when its option value is chosen."""
    wrong = [
        f"{name}: expected present={on}" for name, on in wanted.items() if (project / name).is_file() != on
    ]
    assert not wrong, "\n".join(wrong)


# Flags that mark a README line as the development server's, never the production command.
DEVELOPMENT_FLAGS = ("--dev", "--reload")


def readme_command(project: Path, program: str) -> list[str]:
    """The first `uv run <program> ...` command the generated README gives that is not the
    development server's, as argv without `uv run`."""
    for line in (project / "README.md").read_text().splitlines():
        if line.startswith(f"uv run {program} ") and not any(f in line.split() for f in DEVELOPMENT_FLAGS):
            return shlex.split(line)[2:]
    raise AssertionError(f"README.md has no `uv run {program} ...` command")


def _is_own_template(path: Path) -> bool:
    return path.suffix in OWN_TEMPLATE_SUFFIXES or ".github" in path.parts


def _without(text: str, pieces: tuple[str, ...]) -> str:
    # Longest first, as one may contain another; NUL (never in a file or an answer) stands in, so
    # dropping a piece cannot join a "{" before it and one after it into a "{{".
    for piece in sorted(pieces, key=len, reverse=True):
        if piece:
            text = text.replace(piece, "\x00")
    return text


def _markdown_heading_problems(text: str) -> list[str]:
    """Headings a template's whitespace control glued to the line before, or left without the
    blank line above that Markdown renderers need to see them as headings."""
    problems, fenced, previous = [], False, ""
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            if re.search(r"[^\s#]#{1,6} ", line) and "## " in line and not line.startswith("#"):
                problems.append(f"line {number}: a heading glued to the text before it")
            if line.startswith("#") and previous.strip():
                problems.append(f"line {number}: a heading without a blank line above")
        previous = line
    return problems


def check_generated_tree(project: Path, combo: dict[str, Any], free_text: tuple[str, ...] = ()) -> None:
    """The contract every baked project meets, whatever the template and options.

    ``free_text``: the text the user's free-text values became in the files (as typed and through
    each filter); it may hold ``{{`` or ``cookiecutter.`` of its own, so it is left out of the search
    for unrendered template syntax.
    """
    problems: list[str] = []
    for path in sorted(project.rglob("*")):
        rel = path.relative_to(project)
        if ".venv" in rel.parts or ".git" in rel.parts:  # what the user's tools and `fwgen new` add
            continue
        if path.is_dir():
            if not any(path.iterdir()):
                problems.append(f"{rel}: empty folder")
            continue
        data = path.read_bytes()
        if not data.strip():
            problems.append(f"{rel}: empty file")
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # binary asset
        if not text.endswith("\n") or text.endswith("\n\n"):
            problems.append(f"{rel}: does not end with exactly one newline")
        if path.suffix == ".md":
            problems += [f"{rel}: {problem}" for problem in _markdown_heading_problems(text)]
        template_text = _without(text, free_text)
        if "cookiecutter." in template_text:
            problems.append(f"{rel}: unrendered cookiecutter expression")
        if not _is_own_template(path) and ("{{" in template_text or "{%" in template_text):
            problems.append(f"{rel}: '{{{{' or '{{%' left in a file that is not a template")
        try:
            if path.suffix == ".py":
                compile(text, str(path), "exec")
            elif path.suffix == ".toml":
                tomllib.loads(text)
            elif path.suffix == ".json":
                json.loads(text)
            elif path.suffix in {".yml", ".yaml"}:
                list(yaml.safe_load_all(text))
            elif path.suffix == ".ini":
                # No interpolation: PasteDeploy files use %(here)s, which their own loader fills in.
                configparser.ConfigParser(interpolation=None).read_string(text)
        except Exception as exc:  # any parse error is a defect of the template
            problems.append(f"{rel}: does not parse: {exc}")

    owned = {
        "docker": ("yes", ["Dockerfile", "compose.yaml", ".dockerignore"]),
        "ci": ("github", [".github/workflows/ci.yml"]),
        "deploy": ("appengine", ["app.yaml", ".gcloudignore"]),
    }
    for key, (on_value, files) in owned.items():
        if key not in combo:
            continue
        for name in files:
            if (project / name).exists() != (combo[key] == on_value):
                problems.append(f"{name}: present={combo[key] != on_value} with {key}={combo[key]}")

    for name in ("pyproject.toml", "README.md", ".gitignore", ".env.example", ".env"):
        if not (project / name).is_file():
            problems.append(f"{name}: missing")
    env_file = project / ".env"
    if env_file.is_file():
        if stat.S_IMODE(os.stat(env_file).st_mode) != 0o600:
            problems.append(".env: not mode 0600")
        if "change-me" in env_file.read_text():
            problems.append(".env: a secret was left as change-me")
    if (project / ".gitignore").is_file() and ".env" not in (project / ".gitignore").read_text():
        problems.append(".gitignore: does not ignore .env")
    assert not problems, "generated tree problems:\n" + "\n".join(problems)

"""The slug may not shadow anything a generated project imports: fwgen's table of import names
(generator/reserved.py) is checked against what really lands in each template's virtual environment."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.errors import FwgenError
from generator.reserved import dependency_strings, import_names
from generator.slug import validate_slug
from support.baking import bake
from support.matrix import template_names, template_options
from support.project import Project, find_python, uv_binary

SLUG = "reserved_check"

# Top-level import names that validation accepts but that no one would type as a project name.
# Keep this short and say why for each entry.
NOBODY_TYPES_THESE: frozenset[str] = frozenset()


def covering_combos(template: str) -> list[dict[str, Any]]:
    """Few allowed combinations that together use every value of every option (so every
    ``{% if %}`` branch of the dependency list is installed at least once)."""
    options = template_options(template)
    values = options.choice_options()
    keys = list(values)
    allowed = [
        combo
        for combo in (dict(zip(keys, v, strict=True)) for v in itertools.product(*values.values()))
        if not options.violations(combo)
    ]
    wanted = {(k, v) for k, vs in values.items() for v in vs}
    chosen: list[dict[str, Any]] = []
    while wanted:
        best = max(allowed, key=lambda combo: len(set(combo.items()) & wanted))
        if not set(best.items()) & wanted:
            break
        chosen.append(best)
        wanted -= set(best.items())
    return chosen


def installed_import_names(project: Project) -> set[str]:
    """Every top-level import name of every distribution installed in the project's venv."""
    code = "import importlib.metadata as m, json; print(json.dumps(sorted(m.packages_distributions())))"
    result = project.run(str(project.bin / "python"), "-c", code)
    return set(json.loads(result.stdout))


@pytest.mark.slow
@pytest.mark.parametrize("template", template_names())
def test_every_installed_import_name_is_a_refused_slug(cookies: Any, template: str) -> None:
    options = template_options(template)
    names: set[str] = set()
    for combo in covering_combos(template):
        project = Project(bake(cookies, template, {**combo, "project_slug": SLUG}))
        project.run(uv_binary(), "sync", "--all-extras", "--python", find_python(project.python),
                    timeout=600, in_venv=False)  # fmt: skip
        names |= installed_import_names(project)
    accepted = []
    for name in sorted(names - {SLUG} - NOBODY_TYPES_THESE):
        try:
            validate_slug(name, options.reserved_slugs)
        except FwgenError:
            continue
        accepted.append(name)
    assert not accepted, f"{template}: slugs that shadow an installed package are accepted: {accepted}"


@pytest.mark.parametrize("template", template_names())
def test_folders_beside_the_package_are_refused(template: str) -> None:
    options = template_options(template)
    for name in ("tests",):
        with pytest.raises(FwgenError, match="shadow"):
            validate_slug(name, options.reserved_slugs)
    root = next(p for p in options.path.iterdir() if p.is_dir() and "{{" in p.name)
    for path in root.iterdir():
        name = path.name.removesuffix(".py")
        if name.isidentifier() and "{{" not in name:
            with pytest.raises(FwgenError):
                validate_slug(name, options.reserved_slugs)


@pytest.mark.parametrize(
    ("template", "slug"),
    [("flask", "dotenv"), ("flask", "wtforms"), ("flask", "migrations"), ("flask", "flask_wtf"),
     ("django", "environ"), ("django", "config"), ("django", "whitenoise"), ("django", "rest_framework"),
     ("django", "ninja"), ("django", "manage"), ("fastapi", "jwt"), ("fastapi", "pydantic_settings"),
     ("fastapi", "multipart"), ("fastapi", "uvloop"), ("pyramid", "pyramid_tm"), ("pyramid", "transaction"),
     ("aiohttp", "aiohttp_jinja2"), ("aiohttp", "yarl"), ("aiohttp", "migrations")],
)  # fmt: skip
def test_a_slug_that_shadows_the_project_is_refused_before_anything_is_written(
    tmp_path: Path, template: str, slug: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "new", "Shop", "-f", template, "--set", f"project_slug={slug}",
         "--no-input"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if k != "FWGEN_TEMPLATES_DIR"},
    )  # fmt: skip
    assert result.returncode == 2 and f"project slug {slug!r} would shadow" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_dependency_strings_come_from_every_branch_group_and_extra() -> None:
    source = """{%- set db = cookiecutter.database != "none" -%}
[project]
name = "{{ cookiecutter.project_slug }}"
dependencies = [
    "flask>=3.1",  # a comment with "quotes>=1"
{%- if db %}
    "psycopg[binary]>=3.2",
{%- else %}
    'pyyaml>=6',
{%- endif %}
]
[project.optional-dependencies]
fast = ["uvloop>=0.21; sys_platform != 'win32'"]
[dependency-groups]
dev = [{include-group = "lint"}, "pytest>=8"]
lint = ["ruff"]
[tool.other]
dependencies = ["not-a-dependency"]
"""
    assert dependency_strings(source) == [
        "flask>=3.1", "psycopg[binary]>=3.2", "pyyaml>=6", "uvloop>=0.21; sys_platform != 'win32'",
        "pytest>=8", "ruff",
    ]  # fmt: skip
    assert import_names("psycopg[binary]>=3.2") == {"psycopg", "psycopg_binary"}
    assert {"dotenv", "yaml", "uvloop", "click", "h11"} <= import_names("uvicorn[standard]>=0.30")

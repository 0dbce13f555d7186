"""The slug may not shadow anything a generated project imports: fwgen's table of import names
(generator/reserved.py) is checked against what really lands in each template's virtual environment."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.errors import FwgenError
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
    import itertools

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

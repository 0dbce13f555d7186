"""Where the templates are: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from generator.errors import FwgenError
from generator.options import TemplateOptions, load_options

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def templates_root() -> Path:
    """``generator/templates`` in a wheel install, ``<repo>/templates`` in a checkout.

    ``FWGEN_TEMPLATES_DIR`` points fwgen at another folder of templates (for template authors,
    and for the tests' sample templates).
    """
    override = os.environ.get("FWGEN_TEMPLATES_DIR")
    if override:
        return Path(override)
    for candidate in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FwgenError("fwgen's templates are missing from this installation; reinstall fwgen", 1)


def template_names() -> list[str]:
    return sorted(p.parent.name for p in templates_root().glob("*/cookiecutter.json"))


def load_template(name: str) -> TemplateOptions:
    names = template_names()
    if name not in names:
        raise FwgenError(f"no template for {name!r}; templates: {', '.join(names)}")
    return load_options(templates_root() / name)

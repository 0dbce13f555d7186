"""Where the templates are: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from generator.errors import FwgenError
from generator.options import TemplateOptions, load_options

PACKAGE_DIR = Path(__file__).resolve().parent
OVERRIDE = "FWGEN_TEMPLATES_DIR"


@cache
def templates_root() -> Path:
    """``generator/templates`` in a wheel install, ``<repo>/templates`` in a checkout.

    ``FWGEN_TEMPLATES_DIR`` points fwgen at another folder of templates (for template authors,
    and for the tests' sample templates). A value that is set is used or refused, never ignored:
    a typo must not quietly fall back to the bundled templates.
    """
    override = os.environ.get(OVERRIDE)
    if override is not None:
        return _checked_override(override)
    for candidate in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FwgenError("fwgen's templates are missing from this installation; reinstall fwgen", 1)


def _checked_override(value: str) -> Path:
    if not value.strip():
        raise FwgenError(f"{OVERRIDE} is set but empty; unset it to use fwgen's own templates", 1)
    root = Path(value)
    if not root.exists():
        raise FwgenError(f"{OVERRIDE}={value}: no such folder", 1)
    if not root.is_dir():
        raise FwgenError(f"{OVERRIDE}={value}: not a folder", 1)
    if not any(root.glob("*/cookiecutter.json")):
        raise FwgenError(f"{OVERRIDE}={value}: no templates in it (folders with a cookiecutter.json)", 1)
    return root


def template_names() -> list[str]:
    return sorted(p.parent.name for p in templates_root().glob("*/cookiecutter.json"))


def resolve_framework(name: str) -> str:
    """The template a user means by ``name``: its key in any case, or the framework's name as fwgen
    prints it ("Flask"). A framework fwgen knows but does not generate is answered with the
    knowledge base's reason and alternative; anything else with the nearest template name."""
    from generator.spelling import canonical, did_you_mean

    names = template_names()
    if (key := canonical(name, names)) is not None:
        return key  # the common case needs no knowledge base
    from generator.catalog import load_catalog

    frameworks = load_catalog().frameworks
    by_name = {fw.name: fw for fw in frameworks} | {fw.key: fw for fw in frameworks}
    known = canonical(name, by_name)
    if known is not None and by_name[known].key in names:
        return by_name[known].key
    if known is not None:
        fw = by_name[known]
        reason = f"{fw.reason} " if fw.reason else ""
        alternative = f"fwgen offers --framework {fw.alternative} instead" if fw.alternative else ""
        raise FwgenError(f"fwgen does not generate {fw.name}: {reason}{alternative}".rstrip())
    hint = did_you_mean(name, names)
    raise FwgenError(f"no template for {name!r}{hint}; templates: {', '.join(names)}")


def load_template(name: str) -> TemplateOptions:
    """The template ``name``, checked: a broken one is a one-line error naming its file."""
    names = template_names()
    if name not in names:
        raise FwgenError(f"no template for {name!r}; templates: {', '.join(names)}")
    return _checked(templates_root() / name)


def load_template_folder(folder: Path, source: str = "", checkout: str | None = None) -> TemplateOptions:
    """A template outside fwgen's folder (`fwgen new --template`), checked like fwgen's own."""
    return _checked(folder, source, checkout)


@cache
def _checked(folder: Path, source: str = "", checkout: str | None = None) -> TemplateOptions:
    """Read and check a template once per run: a run asks for the same template several times."""
    from generator.template_check import check_template

    template = load_options(folder, source, checkout)
    check_template(template)
    return template

"""Whether a project name (or a slug) can be used: the slug the template derives from the name is
valid, not reserved by that template, and its project folder is free.

The interactive flow asks these as soon as a name is typed; with no template chosen yet, the
derivation and reserved names every template shares stand in, and the flow asks again once the
framework is known.
"""

from __future__ import annotations

from pathlib import Path

from generator.context import slug_for_name
from generator.errors import FwgenError
from generator.options import TemplateOptions
from generator.slug import RESERVED, target_taken, validate_slug


def slug_problem(slug: str, template: TemplateOptions | None, output_dir: Path | None) -> str | None:
    """Why ``slug`` cannot be the project's: invalid or reserved (with a slug that would do), or
    its folder under ``output_dir`` already holds something. None when it can."""
    try:
        validate_slug(slug, template.reserved_slugs if template else RESERVED)
    except FwgenError as error:
        return str(error)
    if output_dir is not None and (taken := target_taken(output_dir, slug)):
        return taken
    return None


def name_problem(
    name: str, template: TemplateOptions | None, output_dir: Path | None, own_slug: str | None = None
) -> str | None:
    """Why ``name`` cannot be the project's name: the slug the template derives from it (or
    ``own_slug``, one the user set, which any name goes with) does not do. None when it can."""
    if not name.strip():
        return "a project name is needed"
    if "\x00" in name:
        return "the project name contains a NUL character"
    slug = own_slug if own_slug is not None else slug_for_name(template, name)
    problem = slug_problem(slug, template, output_dir)
    if problem and own_slug is None:
        return f"{problem} (the project name {name!r} gives the slug {slug!r}); pick another name"
    return problem

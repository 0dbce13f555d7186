"""The project slug: the folder name and the Python package name of a generated project.

It is validated before anything is written, because it becomes a path and an import name. How a
name becomes a slug is the template's business (its ``project_slug`` default, see
context.slug_for_name); this module only judges the result, and proposes a valid one.
"""

from __future__ import annotations

import keyword
import re
import sys
from pathlib import Path

from generator.errors import FwgenError

MAX_LENGTH = 40
PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z")

# Import names every generated project's tooling uses, and the common framework packages (what the
# slug is checked against before the template is known). Each template adds its own dependencies
# and folders (generator/reserved.py).
RESERVED = frozenset(
    {
        "aiohttp", "alembic", "asyncpg", "bottle", "django", "falcon", "fastapi", "flask",
        "gunicorn", "jinja2", "mako", "psycopg", "psycopg2", "pydantic", "pyramid", "pytest",
        "ruff", "sanic", "sqlalchemy", "starlette", "tests", "test", "tornado", "uvicorn",
        "waitress", "webob", "webtest", "werkzeug", "zope", "setuptools", "pip", "uv",
    }
)  # fmt: skip


def slug_problem(slug: str, extra_reserved: frozenset[str] = frozenset()) -> str | None:
    """Why ``slug`` cannot be used (one line), or None when it can."""
    shown = repr(slug)
    if not slug:
        return "project slug is empty"
    if len(slug) > MAX_LENGTH:
        return f"project slug {shown} is longer than {MAX_LENGTH} characters"
    if not PATTERN.match(slug):
        return (
            f"project slug {shown} is not a valid package name; "
            "use lower-case letters, digits and _ starting with a letter"
        )
    if keyword.iskeyword(slug) or keyword.issoftkeyword(slug):
        return f"project slug {shown} is a Python keyword"
    if slug in sys.stdlib_module_names:
        return f"project slug {shown} would shadow the standard library module {slug!r}"
    if slug in RESERVED or slug in extra_reserved:
        return f"project slug {shown} would shadow the package {slug!r} the project uses"
    return None


def suggest_slug(slug: str, extra_reserved: frozenset[str] = frozenset()) -> str:
    """A valid slug close to ``slug``: "3d_shop" -> "shop_3d", "flask" -> "flask_app"."""
    words = [w for w in re.split(r"[^a-z0-9]+", slug.lower()) if w]
    # Words that start with a digit cannot lead: move them to the end ("3d shop" -> "shop_3d").
    leading = 0
    while leading < len(words) and words[leading][0].isdigit():
        leading += 1
    words = words[leading:] + words[:leading]
    base = "_".join(words)[:MAX_LENGTH].rstrip("_")
    if not base:
        return "my_project"
    for candidate in (base, f"{base}_app", f"project_{base}"):
        candidate = candidate[:MAX_LENGTH].strip("_")
        if slug_problem(candidate, extra_reserved) is None:
            return candidate
    return "my_project"


def validate_slug(slug: str, extra_reserved: frozenset[str] = frozenset()) -> str:
    """Return ``slug`` unchanged if it is safe to use, else raise a one-line :class:`FwgenError`
    that proposes a slug that would do."""
    problem = slug_problem(slug, extra_reserved)
    if problem is None:
        return slug
    raise FwgenError(f"{problem}; e.g. {suggest_slug(slug, extra_reserved)!r}")


def target_taken(output_dir: Path, slug: str) -> str | None:
    """Why the project folder for ``slug`` under ``output_dir`` cannot be created, or None."""
    target = output_dir / slug
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        return f"{target} exists and is not a folder"
    if target.is_dir() and any(target.iterdir()):
        return f"{target} already exists and is not empty"
    return None

"""The project slug: the folder name and the Python package name of a generated project.

It is validated before anything is written, because it becomes a path and an import name.
"""

from __future__ import annotations

import keyword
import re
import sys

from generator.errors import FwgenError

MAX_LENGTH = 40
PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z")

# Import names a generated project depends on or its tooling uses: a package with one of these
# names would shadow the real one.
RESERVED = frozenset(
    {
        "aiohttp", "alembic", "asyncpg", "bottle", "django", "falcon", "fastapi", "flask",
        "gunicorn", "jinja2", "mako", "psycopg", "psycopg2", "pydantic", "pyramid", "pytest",
        "ruff", "sanic", "sqlalchemy", "starlette", "tests", "test", "tornado", "uvicorn",
        "waitress", "webob", "webtest", "werkzeug", "zope", "setuptools", "pip", "uv",
    }
)  # fmt: skip


def slugify(name: str) -> str:
    """The default slug for a project name: lower case, spaces and dashes become underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def validate_slug(slug: str, extra_reserved: frozenset[str] = frozenset()) -> str:
    """Return ``slug`` unchanged if it is safe to use, else raise a one-line :class:`FwgenError`."""
    shown = repr(slug)
    hint = "use lower-case letters, digits and _ starting with a letter, e.g. 'my_shop'"
    if not slug:
        raise FwgenError(f"project slug is empty; {hint}")
    if len(slug) > MAX_LENGTH:
        raise FwgenError(f"project slug {shown} is longer than {MAX_LENGTH} characters")
    if not PATTERN.match(slug):
        raise FwgenError(f"project slug {shown} is not a valid package name; {hint}")
    if keyword.iskeyword(slug) or keyword.issoftkeyword(slug):
        raise FwgenError(f"project slug {shown} is a Python keyword; pick another name")
    if slug in sys.stdlib_module_names:
        raise FwgenError(f"project slug {shown} would shadow the standard library module {slug!r}")
    if slug in RESERVED or slug in extra_reserved:
        raise FwgenError(f"project slug {shown} would shadow the package {slug!r} the project uses")
    return slug

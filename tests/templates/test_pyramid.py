"""The pyramid template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/pyramid.py."""

from __future__ import annotations

import json
import tomllib

import pytest

from support.baking import bake, dependency_names
from support.matrix import combo_id, combos

COMBOS = combos("pyramid")

EXTENSIONS = {"jinja2": "jinja2", "chameleon": "pt", "mako": "mako"}
TEMPLATE_PACKAGES = {"jinja2": "pyramid-jinja2", "chameleon": "pyramid-chameleon", "mako": "pyramid-mako"}
DATABASE_FILES = [
    "{pkg}/models/__init__.py",
    "{pkg}/models/meta.py",
    "{pkg}/models/note.py",
    "{pkg}/views/notes.py",
    "{pkg}/alembic/env.py",
    "{pkg}/alembic/script.py.mako",
    "tests/test_notes.py",
    "tests/test_migrations.py",
    "tests/test_test_database.py",
]


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_options_own_their_files_and_lines(cookies, combo):
    project = bake(cookies, "pyramid", combo)
    pkg = project.name
    db = combo["database"] != "none"
    deps = dependency_names(project)
    init = (project / pkg / "__init__.py").read_text()

    # database: the SQLAlchemy stack, its migration and API exist exactly when there is one.
    for name in DATABASE_FILES:
        assert (project / name.format(pkg=pkg)).is_file() == db, name
    assert bool(list((project / pkg).glob("alembic/versions/*.py"))) == db
    for dep in ("sqlalchemy", "pyramid-tm", "zope.sqlalchemy", "alembic"):
        assert (dep in deps) == db, dep
    assert ("psycopg" in deps) == (combo["database"] == "postgresql")
    assert ('config.include(".models")' in init) == db
    env_example = (project / ".env.example").read_text()
    assert "SECRET_KEY=change-me" in env_example
    assert ("DATABASE_URL=sqlite:///" in env_example) == (combo["database"] == "sqlite")
    assert ("DATABASE_URL=postgresql+psycopg://" in env_example) == (combo["database"] == "postgresql")
    for ini in ("development.ini", "production.ini"):
        assert ("[alembic]" in (project / ini).read_text()) == db
        assert ("[post_write_hooks]" in (project / ini).read_text()) == db
    readme = (project / "README.md").read_text()
    assert ("alembic -c development.ini upgrade head" in readme) == db
    assert f"uv run python -m {pkg} production.ini http_host=127.0.0.1 http_port=8000" in readme

    # Type checked like FastAPI: strict mypy in the dev group and in the lint commands; only
    # libraries without type hints are exempt from import checking.
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    assert any(dep.startswith("mypy>=") for dep in pyproject["dependency-groups"]["dev"])
    assert pyproject["tool"]["mypy"]["strict"] is True
    untyped = pyproject["tool"]["mypy"]["overrides"][0]
    assert untyped["ignore_missing_imports"] is True
    assert untyped["module"] == ["pyramid.*", *(["transaction.*", "zope.*"] if db else [])]
    assert "uv run mypy ." in readme

    # template_language: only the chosen engine's pages and package.
    chosen = combo["template_language"]
    for language, ext in EXTENSIONS.items():
        for page in ("layout", "home"):
            assert (project / pkg / "templates" / f"{page}.{ext}").is_file() == (language == chosen)
        assert (TEMPLATE_PACKAGES[language] in deps) == (language == chosen)
    assert f'config.include("pyramid_{chosen}")' in init

    # Security is not optional.
    security = (project / pkg / "security.py").read_text()
    assert "require_csrf=True" in security
    assert "httponly=True" in security
    assert "session.secure = true" in (project / "production.ini").read_text()

    # docker: the production command in the image; a PostgreSQL service only with postgresql.
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        command = ["python", "-m", pkg, "production.ini", "http_host=0.0.0.0", "http_port=8000"]
        assert f"CMD {json.dumps(command)}" in dockerfile
        assert "USER app" in dockerfile
        compose = (project / "compose.yaml").read_text()
        assert ("postgresql+psycopg://" in compose) == (combo["database"] == "postgresql")
    assert ("## Docker" in readme) == (combo["docker"] == "yes")

    # ci: migrations checked in CI when there is a database, against PostgreSQL with postgresql.
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert ("alembic -c development.ini upgrade head" in workflow) == db
        assert ("postgres:" in workflow) == (combo["database"] == "postgresql")

"""The bottle template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/bottle.py."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from support.baking import bake, baked_files, dependency_names, readme_command
from support.live_checks import (
    appengine_entrypoint,
)
from support.matrix import combo_id, combos

TEMPLATE = "bottle"
COMBOS = combos(TEMPLATE)
MIGRATION = "migrations/versions/20261125_5c1e2b7a9d30_create_notes_table.py"


def has_database(combo: dict[str, Any]) -> bool:
    return combo["database"] != "none"


def expected_files(slug: str, combo: dict[str, Any]) -> set[str]:
    """Every file of a baked project with these options: layout changes the whole set."""
    db = has_database(combo)
    files = {
        "pyproject.toml", "README.md", ".gitignore", ".env.example", ".env", "ruff.toml",
        ".pre-commit-config.yaml",
        "tests/__init__.py", "tests/conftest.py", "tests/test_app.py", "tests/test_logs.py",
    }  # fmt: skip
    if combo["layout"] == "single-file":
        files |= {"app.py", "logs.py", "views/index.tpl"}
    else:
        modules = ["__init__", "settings", "errors", "logs", "pages"]
        modules += ["db", "models", "notes"] if db else []
        files |= {f"{slug}/{name}.py" for name in modules} | {f"{slug}/views/index.tpl"}
    if db:
        files |= {
            "alembic.ini", "migrations/env.py", "migrations/script.py.mako", MIGRATION,
            "tests/test_notes.py", "tests/test_migrations.py", "tests/test_test_database.py",
        }  # fmt: skip
    if combo["docker"] == "yes":
        files |= {"Dockerfile", "compose.yaml", ".dockerignore"}
        if db:
            files.add("docker-entrypoint.sh")
    if combo["ci"] == "github":
        files |= {".github/workflows/ci.yml", ".github/dependabot.yml"}
    if combo["deploy"] == "appengine":
        files |= {"app.yaml", ".gcloudignore"}
    return files


def wsgi_target(slug: str, combo: dict[str, Any]) -> str:
    return "app:create_app()" if combo["layout"] == "single-file" else f"{slug}:create_app()"


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = bake(cookies, TEMPLATE, combo)
    slug = project.name
    db = has_database(combo)
    sqlite = combo["database"] == "sqlite"
    postgresql = combo["database"] == "postgresql"
    gevent = combo["server"] == "gevent"
    single = combo["layout"] == "single-file"

    baked = baked_files(project)
    assert baked == expected_files(slug, combo)

    deps = dependency_names(project)
    assert {"bottle", "gunicorn", "python-dotenv"} <= deps
    expected = {"gevent": gevent, "sqlalchemy": db, "alembic": db, "psycopg": postgresql}
    for name, wanted in expected.items():
        assert (name in deps) == wanted, f"dependency {name}: expected {wanted}"

    env_example = (project / ".env.example").read_text()
    assert "SECRET_KEY=change-me" in env_example
    assert ("DATABASE_URL=sqlite:///" in env_example) == sqlite
    assert ("DATABASE_URL=postgresql+psycopg://" in env_example) == postgresql
    assert re.search(r"^SECRET_KEY=\S{40,}$", (project / ".env").read_text(), re.M)

    factory = (project / ("app.py" if single else f"{slug}/__init__.py")).read_text()
    assert "app.default_error_handler = json_error" in factory
    routes = (project / ("app.py" if single else f"{slug}/pages.py")).read_text()
    assert ('app.get("/_test/slow"' in routes) == gevent
    assert ('text("SELECT 1")' in routes) == db

    readme = (project / "README.md").read_text()
    gunicorn = readme_command(project, "gunicorn")
    assert gunicorn[-1] == wsgi_target(slug, combo)
    assert ("--worker-class" in gunicorn) == gevent
    assert ("gevent" in gunicorn) == gevent
    assert ("uv run alembic upgrade head" in readme) == db
    assert ("## App Engine" in readme) == (combo["deploy"] == "appengine")
    assert ("## Docker" in readme) == (combo["docker"] == "yes")
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")
    assert ("requirements.txt" in (project / ".gitignore").read_text()) == (combo["deploy"] == "appengine")

    # Type checked like FastAPI: strict mypy in the dev group and in the lint commands; only Bottle,
    # which ships no type hints, is exempt from import checking.
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    assert any(dep.startswith("mypy>=") for dep in pyproject["dependency-groups"]["dev"])
    assert pyproject["tool"]["mypy"]["strict"] is True
    assert pyproject["tool"]["mypy"]["overrides"] == [{"module": ["bottle"], "ignore_missing_imports": True}]
    assert "uv run mypy ." in readme
    if combo["deploy"] == "appengine":
        argv = appengine_entrypoint(project)  # app.yaml parses, and its entrypoint is gunicorn's
        assert argv[argv.index("-b") + 1] == "127.0.0.1:{port}"
        assert argv[-1] == wsgi_target(slug, combo)
        assert ("gevent" in argv) == gevent
        assert "tests/" in (project / ".gcloudignore").read_text()
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert dockerfile.startswith("# syntax=")
        assert f'"{wsgi_target(slug, combo)}"]' in dockerfile
        assert ('"--worker-class", "gevent"' in dockerfile) == gevent
        assert ("postgresql+psycopg://" in (project / "compose.yaml").read_text()) == postgresql
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run pytest" in workflow
        assert ("postgresql+psycopg://" in workflow) == postgresql

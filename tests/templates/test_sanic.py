"""The sanic template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/sanic.py."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from support.baking import assert_owned_files, bake, dependency_names
from support.matrix import combo_id, combos

TEMPLATE = "sanic"
COMBOS = combos(TEMPLATE)
SLUG = "shop"
SERVE = f"uv run sanic {SLUG}.app:create_app --factory --host 0.0.0.0 --port 8000 --workers 2"


def has_database(combo: dict[str, Any]) -> bool:
    return combo["database"] != "none"


def owned_files(combo: dict[str, Any]) -> dict[str, bool]:
    """Files that belong to an option, mapped to whether this combination must have them."""
    db = has_database(combo)
    websocket = combo["websocket"] == "yes"
    return {
        f"{SLUG}/db.py": db,
        f"{SLUG}/models.py": db,
        f"{SLUG}/items.py": db,
        "migrations/env.py": db,
        "migrations/script.py.mako": db,
        "migrations/versions/0001_create_items.py": db,
        "tests/test_items.py": db,
        "tests/test_migrations.py": db,
        "tests/test_test_database.py": db,
        f"{SLUG}/websocket.py": websocket,
        f"{SLUG}/broadcast.py": websocket,
        "tests/test_websocket.py": websocket,
        "tests/test_broadcast.py": websocket,
        "Dockerfile": combo["docker"] == "yes",
        "compose.yaml": combo["docker"] == "yes",
        ".dockerignore": combo["docker"] == "yes",
        ".github/workflows/ci.yml": combo["ci"] == "github",
        ".github/dependabot.yml": combo["ci"] == "github",
        "docker-entrypoint.sh": combo["docker"] == "yes" and combo["database"] != "none",
        ".pre-commit-config.yaml": True,
    }


def _bake(cookies: Any, combo: dict[str, Any]) -> Path:
    return bake(cookies, TEMPLATE, combo, project_name="Shop", project_slug=SLUG)


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_options_own_their_files_and_lines(cookies: Any, combo: dict[str, Any]) -> None:
    project = _bake(cookies, combo)
    db = has_database(combo)
    websocket = combo["websocket"] == "yes"

    assert_owned_files(project, owned_files(combo))
    for always in ("__init__.py", "app.py", "settings.py", "errors.py", "middleware.py", "health.py"):
        assert (project / SLUG / always).is_file(), always
    for always in ("conftest.py", "test_health.py", "test_errors_and_middleware.py", "test_settings.py"):
        assert (project / "tests" / always).is_file(), always

    deps = dependency_names(project)
    assert {"sanic", "sanic-ext", "pydantic", "python-dotenv"} <= deps
    expected = {
        "sqlalchemy": db,
        "alembic": db,
        "aiosqlite": combo["database"] == "sqlite",
        "asyncpg": combo["database"] == "postgresql",
    }
    for name, wanted in expected.items():
        assert (name in deps) == wanted, f"dependency {name}: expected {wanted}"
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    dev = "\n".join(pyproject["dependency-groups"]["dev"])
    assert "sanic-testing>=" in dev and "pytest-asyncio>=" in dev
    assert ("websockets>=" in dev) == websocket
    # PostgreSQL projects test on a throw-away SQLite database unless DATABASE_URL is set.
    assert ("aiosqlite>=" in dev) == (combo["database"] == "postgresql")
    assert ("alembic" in pyproject["tool"]) == db

    app_py = (project / SLUG / "app.py").read_text()
    assert "def create_app(*, settings: Settings | None = None) -> DefaultSanic:" in app_py
    assert ("db.setup(app)" in app_py) == db
    assert ("app.blueprint(items.bp)" in app_py) == db
    assert ("websocket.setup(app)" in app_py) == websocket

    env_example = (project / ".env.example").read_text()
    assert "DEBUG=false" in env_example and "API_DOCS=true" in env_example
    assert ("DATABASE_URL=sqlite+aiosqlite:///" in env_example) == (combo["database"] == "sqlite")
    assert ("DATABASE_URL=postgresql+asyncpg://" in env_example) == (combo["database"] == "postgresql")
    assert ("WEBSOCKET_ORIGINS=" in env_example) == websocket

    readme = (project / "README.md").read_text()
    assert SERVE in readme
    assert "--fast" in readme
    assert f"uv run sanic {SLUG}.app:create_app --factory --dev" in readme
    assert "uv run pytest" in readme and "uv run ruff check ." in readme
    # Type checked like FastAPI: strict mypy in the dev group and in the lint commands.
    assert "uv run mypy ." in readme
    assert "mypy>=" in dev and pyproject["tool"]["mypy"]["strict"] is True
    untyped = [{"module": ["sanic_testing.*"], "ignore_missing_imports": True}]  # no hints, no stubs
    assert pyproject["tool"]["mypy"]["overrides"] == untyped
    assert ("uv run alembic upgrade head" in readme) == db
    assert ("`GET /ws`" in readme) == websocket

    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        cmd = ", ".join(f'"{arg}"' for arg in SERVE.removeprefix("uv run ").split())
        assert f"CMD [{cmd}]" in dockerfile
        compose = (project / "compose.yaml").read_text()
        assert ("postgresql+asyncpg://" in compose) == (combo["database"] == "postgresql")
    if combo["ci"] == "github":
        workflow = (project / ".github" / "workflows" / "ci.yml").read_text()
        assert ("uv run alembic upgrade head" in workflow) == db
        assert ("postgresql+asyncpg://" in workflow) == (combo["database"] == "postgresql")

"""The aiohttp template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/aiohttp.py."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from support.baking import assert_owned_files, bake, owned_files
from support.matrix import combo_id, combos

COMBOS = combos("aiohttp")
SLUG = "shop"
SERVE = f"uv run python -m {SLUG} --host 0.0.0.0 --port 8000"

# Which files each option value owns (paths relative to the project, {slug} is the package).
OWNED = {
    ("database", "sqlite|postgresql"): [
        "migrations/env.py",
        "migrations/script.py.mako",
        "migrations/versions/0001_create_items.py",
        "{slug}/db.py",
        "{slug}/models.py",
        "{slug}/items.py",
        "tests/test_items.py",
        "tests/test_migrations.py",
        "tests/test_test_database.py",
    ],
    ("websocket", "yes"): ["{slug}/websocket.py", "tests/test_websocket.py"],
    ("jinja2", "yes"): [
        "{slug}/pages.py",
        "{slug}/templates/base.html",
        "{slug}/templates/index.html",
        "tests/test_pages.py",
    ],
}


def _bake(cookies: Any, combo: dict[str, Any], **extra: Any) -> Path:
    return bake(cookies, "aiohttp", combo, **{"project_name": "Shop", "project_slug": SLUG, **extra})


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_options_own_their_files_and_lines(cookies: Any, combo: dict[str, Any]) -> None:
    project = _bake(cookies, combo)
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    deps = "\n".join(pyproject["project"]["dependencies"])
    dev_deps = "\n".join(pyproject["dependency-groups"]["dev"])
    app_py = (project / SLUG / "app.py").read_text()
    readme = (project / "README.md").read_text()
    env_example = (project / ".env.example").read_text()

    assert_owned_files(project, owned_files(OWNED, combo, SLUG))

    # Always: the factory, middlewares, health endpoint, entry point and the README's commands.
    for name in ("__init__.py", "__main__.py", "app.py", "middlewares.py", "settings.py", "views.py"):
        assert (project / SLUG / name).is_file(), name
    for name in ("conftest.py", "test_health.py", "test_middlewares.py", "test_settings.py"):
        assert (project / "tests" / name).is_file(), name
    assert "aiohttp>=" in deps
    assert "pytest-aiohttp>=" in dev_deps
    assert pyproject["tool"]["pytest"]["ini_options"]["asyncio_mode"] == "auto"
    assert SERVE in readme
    assert "uv run pytest" in readme and "uv run ruff check ." in readme
    # Type checked like FastAPI: strict mypy in the dev group and in the lint commands.
    assert "mypy>=" in dev_deps and pyproject["tool"]["mypy"]["strict"] is True
    assert "uv run mypy ." in readme
    assert "DEBUG=false" in env_example

    database = combo["database"] != "none"
    assert ("sqlalchemy[asyncio]>=" in deps) == database
    assert ("alembic>=" in deps) == database
    assert ("asyncpg>=" in deps) == (combo["database"] == "postgresql")
    assert ("aiosqlite>=" in deps) == (combo["database"] == "sqlite")
    # PostgreSQL projects test on a throw-away SQLite database unless DATABASE_URL is set.
    assert ("aiosqlite>=" in dev_deps) == (combo["database"] == "postgresql")
    assert ("alembic" in pyproject["tool"]) == database
    assert ("app.cleanup_ctx.append(database)" in app_py) == database
    assert ("uv run alembic upgrade head" in readme) == database
    assert ("DATABASE_URL=sqlite+aiosqlite:///" in env_example) == (combo["database"] == "sqlite")
    assert ("DATABASE_URL=postgresql+asyncpg://" in env_example) == (combo["database"] == "postgresql")

    websocket = combo["websocket"] == "yes"
    assert ("websocket.setup(app)" in app_py) == websocket
    assert ("`GET /ws`" in readme) == websocket

    pages = combo["jinja2"] == "yes"
    assert ("aiohttp-jinja2>=" in deps) == pages
    assert ("pages.setup(app)" in app_py) == pages
    tasks = combo["tasks"] == "arq"
    assert ("jobs.routes" in app_py) == tasks
    assert ("arq>=" in deps) == tasks
    settings = (project / SLUG / "settings.py").read_text()
    assert "PROJECT_NAME" in settings  # the OpenAPI document's title, pages or not
    assert ("ALLOWED_ORIGINS" in settings) == websocket
    if pages:
        index = (project / SLUG / "templates" / "index.html").read_text()
        assert ("new WebSocket(" in index) == websocket  # the page's chat box needs /ws

    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert f'CMD ["python", "-m", "{SLUG}", "--host", "0.0.0.0", "--port", "8000"]' in dockerfile
        compose = (project / "compose.yaml").read_text()
        assert ("postgresql+asyncpg://" in compose) == (combo["database"] == "postgresql")
    if combo["ci"] == "github":
        workflow = (project / ".github" / "workflows" / "ci.yml").read_text()
        assert ("uv run alembic upgrade head" in workflow) == database
        assert ("postgresql+asyncpg://" in workflow) == (combo["database"] == "postgresql")

"""The aiohttp template: every option value baked (all pairs), then each project's own checks.

Fast tests bake and check which files and lines each option owns. Slow tests install each baked
project into its own virtual environment and run what its README promises: pytest, ruff, the
Alembic migrations, and the production server (`python -m <slug>`, aiohttp's own runner) answering
/health, the items API on the migrated database, the Jinja2 page and a real WebSocket round trip.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from support.baking import bake
from support.databases import database_envs
from support.free_text import assert_page_shows_escaped, hostile_if_first
from support.matrix import combo_id, combos
from support.project import Project, http

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
    ],
    ("websocket", "yes"): ["{slug}/websocket.py", "tests/test_websocket.py"],
    ("jinja2", "yes"): [
        "{slug}/pages.py",
        "{slug}/templates/base.html",
        "{slug}/templates/index.html",
        "tests/test_pages.py",
    ],
}

# Connects two clients to /ws, sends from one and expects both to receive it (the broadcast).
# Run with the baked project's Python, whose aiohttp is the client.
WEBSOCKET_ROUND_TRIP = """
import asyncio, sys
import aiohttp

async def main(url):
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.ws_connect(url) as alice, session.ws_connect(url) as bob:
            await alice.send_str("hello from alice")
            assert await alice.receive_str(timeout=5) == "hello from alice"
            assert await bob.receive_str(timeout=5) == "hello from alice"
    print("ok")

asyncio.run(main(sys.argv[1]))
"""


def _bake(cookies: Any, combo: dict[str, Any], **extra: Any) -> Path:
    return bake(cookies, "aiohttp", combo, **{"project_name": "Shop", "project_slug": SLUG, **extra})


def _owned_files(combo: dict[str, Any]) -> dict[str, bool]:
    """Every option-owned file, mapped to whether this combo must have it."""
    files = {}
    for (key, values), paths in OWNED.items():
        on = combo[key] in values.split("|")
        for path in paths:
            files[path.format(slug=SLUG)] = on
    return files


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_options_own_their_files_and_lines(cookies: Any, combo: dict[str, Any]) -> None:
    project = _bake(cookies, combo)
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    deps = "\n".join(pyproject["project"]["dependencies"])
    dev_deps = "\n".join(pyproject["dependency-groups"]["dev"])
    app_py = (project / SLUG / "app.py").read_text()
    readme = (project / "README.md").read_text()
    env_example = (project / ".env.example").read_text()

    for path, on in _owned_files(combo).items():
        assert (project / path).is_file() == on, f"{path}: expected present={on}"

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


@pytest.mark.slow
@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_generated_project_passes_its_checks_and_serves(
    cookies: Any, request: pytest.FixtureRequest, combo: dict[str, Any]
) -> None:
    # Hostile free text where the name shows: the first combination with pages.
    free_text = hostile_if_first(combo, [c for c in COMBOS if c["jinja2"] == "yes"])
    project_path = _bake(cookies, combo, **free_text)
    project = Project(project_path)
    project.install()

    # sqlite: the project's own defaults (.env); postgresql: fresh databases on the real server,
    # one for the project's tests (which create and drop their tables) and one for the app.
    test_env, app_env = database_envs(request, combo, "postgresql+asyncpg")

    project.run_own_checks(test_env)
    if combo["database"] != "none":
        project.run("alembic", "upgrade", "head", env=app_env)

    # The README's production command, bound to a free local port instead of 0.0.0.0:8000.
    command = SERVE.removeprefix("uv run ").replace("0.0.0.0", "127.0.0.1").replace("8000", "{port}")
    with project.serve(*command.split(), env=app_env) as base_url:
        health = http("GET", base_url + "/health")
        assert health.status == 200, health.text
        assert health.json() == {"status": "ok"}
        assert health.headers.get("X-Request-ID")

        missing = http("GET", base_url + "/no-such-page")
        assert missing.status == 404
        assert missing.json() == {"detail": "Not Found"}

        if combo["database"] != "none":
            # The migrated schema serves the API: create, read back, list.
            created = http("POST", base_url + "/items", {"name": "Sencha", "description": "green"})
            assert created.status == 201, created.text
            item = created.json()
            assert http("GET", base_url + f"/items/{item['id']}").json() == item
            assert item in http("GET", base_url + "/items").json()

        if combo["jinja2"] == "yes":
            page = http("GET", base_url + "/")
            assert page.status == 200
            assert page.headers["Content-Type"].startswith("text/html")
            assert_page_shows_escaped(page.text, free_text.get("project_name", "Shop"))

        if combo["websocket"] == "yes":
            ws_url = base_url.replace("http://", "ws://") + "/ws"
            result = project.run("python", "-c", WEBSOCKET_ROUND_TRIP, ws_url, timeout=30)
            assert result.stdout.strip() == "ok"
        else:
            assert http("GET", base_url + "/ws").status == 404

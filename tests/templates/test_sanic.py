"""The sanic template: every option value baked (all pairs), then each project's own checks.

Fast tests bake and check which files and lines each option owns. Slow tests install each baked
project into its own virtual environment and run what its README promises: pytest, ruff, the
Alembic migrations, and the production server (`sanic ... --factory --workers 2`) answering
/health, the items API on the migrated database, and, with websocket=yes, a real broadcast between
two WebSocket clients plus a refused cross-origin handshake.
"""

from __future__ import annotations

import asyncio
import tomllib
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Origin

from support.baking import bake, dependency_names
from support.databases import database_envs
from support.matrix import combo_id, combos
from support.project import Project, http

TEMPLATE = "sanic"
COMBOS = combos(TEMPLATE)
SLUG = "shop"
SERVE = f"uv run sanic {SLUG}.app:create_app --factory --host 0.0.0.0 --port 8000 --workers 2"
# The origin the slow test allows for /ws; any other origin must be refused.
ALLOWED_ORIGIN = Origin("https://chat.example.com")
TIMEOUT = 10  # seconds for each WebSocket step against the production server


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

    for name, wanted in owned_files(combo).items():
        assert (project / name).is_file() == wanted, f"{name}: expected present={wanted}"
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
    assert "def create_app(*, settings: Settings | None = None) -> Sanic:" in app_py
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


async def _broadcast_round_trip(ws_url: str) -> None:
    """Two clients (one from the allowed browser origin): what one sends, the other receives."""
    async with (
        connect(ws_url, origin=ALLOWED_ORIGIN, open_timeout=TIMEOUT) as alice,
        connect(ws_url, open_timeout=TIMEOUT) as bob,
    ):
        await alice.send("hello from alice")
        assert await asyncio.wait_for(bob.recv(), TIMEOUT) == "hello from alice"
        assert await asyncio.wait_for(alice.recv(), TIMEOUT) == "hello from alice"
        await bob.send("hi, alice")
        assert await asyncio.wait_for(alice.recv(), TIMEOUT) == "hi, alice"


async def _foreign_origin_status(ws_url: str) -> int | None:
    """The HTTP status a handshake from another site's page gets; None if it was let in."""
    try:
        foreign = Origin("https://evil.example")
        async with connect(ws_url, origin=foreign, open_timeout=TIMEOUT):
            return None
    except InvalidStatus as refused:
        return refused.response.status_code


@pytest.mark.slow
@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_generated_project_passes_its_checks_and_serves(
    cookies: Any, request: pytest.FixtureRequest, combo: dict[str, Any]
) -> None:
    project = Project(_bake(cookies, combo))
    project.install()

    # sqlite: the project's own defaults (.env); postgresql: fresh databases on the real server,
    # one for the project's tests (which create and drop their tables) and one for the app.
    test_env, app_env = database_envs(request, combo, "postgresql+asyncpg")

    project.run_own_checks(test_env)
    if has_database(combo):
        project.run("alembic", "upgrade", "head", env=app_env)

    # The README's production command, bound to a free local port instead of 0.0.0.0:8000.
    command = SERVE.removeprefix("uv run ").replace("0.0.0.0", "127.0.0.1").replace("8000", "{port}")
    server_env = {**app_env, "WEBSOCKET_ORIGINS": ALLOWED_ORIGIN}
    with project.serve(*command.split(), env=server_env, timeout=90) as base_url:
        health = http("GET", base_url + "/health", headers={"X-Request-ID": "probe-1"})
        assert health.status == 200, health.text
        assert health.json() == {"status": "ok"}
        assert health.headers.get("X-Request-ID") == "probe-1"

        missing = http("GET", base_url + "/no-such-page")
        assert missing.status == 404 and "error" in missing.json()
        assert http("DELETE", base_url + "/health").status == 405
        assert http("GET", base_url + "/docs/openapi.json").json()["info"]["title"] == "Shop"

        if has_database(combo):
            # The migrated schema serves the API: create, read back, list, update, delete.
            created = http("POST", base_url + "/items", {"name": "Sencha", "description": "green"})
            assert created.status == 201, created.text
            item = created.json()
            item_url = base_url + created.headers["Location"]
            assert http("GET", item_url).json() == item
            assert item in http("GET", base_url + "/items").json()
            changed = http("PATCH", item_url, {"description": "roasted"})
            assert changed.json() == {**item, "description": "roasted"}
            invalid = http("POST", base_url + "/items", {"name": ""})
            assert invalid.status == 422 and "error" in invalid.json()
            assert http("DELETE", item_url).status == 204
            assert http("GET", item_url).status == 404

        ws_url = base_url.replace("http://", "ws://") + "/ws"
        if combo["websocket"] == "yes":
            asyncio.run(_broadcast_round_trip(ws_url))
            assert asyncio.run(_foreign_origin_status(ws_url)) == 403
        else:
            assert http("GET", base_url + "/ws").status == 404

"""The tornado template: every option value baked (all pairs), then each project's own checks.

Fast tests bake and check which files, lines and dependencies each option owns. Slow tests install
each baked project into its own virtual environment and run what its README promises: pytest, ruff,
the Alembic migrations, and the production server (`python -m <slug>`, Tornado's HTTPServer)
answering /health, the items API on the migrated database, the XSRF-protected form, a WebSocket
broadcast between two real clients (the `websockets` package, a client independent of Tornado's),
and a graceful stop on SIGTERM.
"""

from __future__ import annotations

import re
import tomllib
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from support.baking import bake, dependency_names
from support.databases import database_envs
from support.matrix import combo_id, combos
from support.project import Project, http

TEMPLATE = "tornado"
COMBOS = combos(TEMPLATE)
SLUG = "shop"
SERVE = f"uv run python -m {SLUG} --address=0.0.0.0 --port=8000"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}

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
        "tests/conftest.py",
    ],
    ("websocket", "yes"): ["{slug}/websocket.py", "tests/test_websocket.py"],
    ("pages", "yes"): [
        "{slug}/pages.py",
        "{slug}/templates/base.html",
        "{slug}/templates/index.html",
        "tests/test_pages.py",
    ],
    ("docker", "yes"): ["Dockerfile", "compose.yaml", ".dockerignore"],
    ("ci", "github"): [".github/workflows/ci.yml", ".github/dependabot.yml"],
}
ALWAYS = [
    "{slug}/__init__.py",
    "{slug}/__main__.py",
    "{slug}/app.py",
    "{slug}/base.py",
    "{slug}/health.py",
    "{slug}/server.py",
    "{slug}/settings.py",
    "{slug}/shutdown.py",
    "tests/__init__.py",
    "tests/support.py",
    "tests/test_errors.py",
    "tests/test_health.py",
    "tests/test_settings.py",
    "tests/test_shutdown.py",
]


def _bake(cookies: Any, combo: dict[str, Any]) -> Path:
    return bake(cookies, TEMPLATE, combo, project_name="Shop", project_slug=SLUG)


def _owned_files(combo: dict[str, Any]) -> dict[str, bool]:
    """Every option-owned file, mapped to whether this combo must have it."""
    files = {}
    for (key, values), paths in OWNED.items():
        on = combo[key] in values.split("|")
        for path in paths:
            files[path.format(slug=SLUG)] = on
    # The container's entrypoint exists only to migrate a database.
    files["docker-entrypoint.sh"] = combo["docker"] == "yes" and combo["database"] != "none"
    return files


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_options_own_their_files_and_lines(cookies: Any, combo: dict[str, Any]) -> None:
    project = _bake(cookies, combo)
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    deps = dependency_names(project)
    dev_deps = "\n".join(pyproject["dependency-groups"]["dev"])
    package = project / SLUG
    app_py = (package / "app.py").read_text()
    server_py = (package / "server.py").read_text()
    readme = (project / "README.md").read_text()
    env_example = (project / ".env.example").read_text()

    for path, on in _owned_files(combo).items():
        assert (project / path).is_file() == on, f"{path}: expected present={on}"
    for path in ALWAYS:
        assert (project / path.format(slug=SLUG)).is_file(), path

    # Always: Tornado, the factory, the README's commands, a fresh secret.
    assert {"tornado", "python-dotenv"} <= deps
    assert "def make_app(settings: Settings) -> Application:" in app_py
    assert "default_handler_class=NotFoundHandler" in app_py
    assert SERVE in readme
    assert "uv run pytest" in readme and "uv run ruff check ." in readme
    assert "fork_processes" in readme  # the multi-process choice is explained
    assert "SECRET_KEY=change-me" in env_example and "DEBUG=false" in env_example
    assert re.search(r"^SECRET_KEY=\S{40,}$", (project / ".env").read_text(), re.M)

    database = combo["database"] != "none"
    expected = {
        "sqlalchemy": database,
        "alembic": database,
        "aiosqlite": combo["database"] == "sqlite",
        "asyncpg": combo["database"] == "postgresql",
    }
    for name, wanted in expected.items():
        assert (name in deps) == wanted, f"dependency {name}: expected {wanted}"
    # PostgreSQL projects test on a throw-away SQLite database unless DATABASE_URL is set.
    assert ("aiosqlite>=" in dev_deps) == (combo["database"] == "postgresql")
    assert ("alembic" in pyproject["tool"]) == database
    assert ("Database(settings.database_url)" in app_py) == database
    assert ('app.settings["database"].dispose()' in server_py) == database
    assert ("uv run alembic upgrade head" in readme) == database
    assert ("DATABASE_URL=sqlite+aiosqlite:///" in env_example) == (combo["database"] == "sqlite")
    assert ("DATABASE_URL=postgresql+asyncpg://" in env_example) == (combo["database"] == "postgresql")

    websocket = combo["websocket"] == "yes"
    assert ("BroadcastHandler" in app_py) == websocket
    assert ("close_all(" in server_py) == websocket
    assert ("`GET /ws`" in readme) == websocket
    assert ("ALLOWED_ORIGINS=" in env_example) == websocket

    pages = combo["pages"] == "yes"
    assert ("xsrf_cookies=True" in app_py) == pages
    assert ("def check_xsrf_cookie" in (package / "base.py").read_text()) == pages
    assert ("PROJECT_NAME" in (package / "settings.py").read_text()) == pages
    if pages:
        index = (package / "templates" / "index.html").read_text()
        assert "{% module xsrf_form_html() %}" in index
        assert ("new WebSocket(" in index) == websocket  # the page's chat box needs /ws

    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert f'CMD ["python", "-m", "{SLUG}", "--address=0.0.0.0", "--port=8000"]' in dockerfile
        compose = (project / "compose.yaml").read_text()
        assert ("postgresql+asyncpg://" in compose) == (combo["database"] == "postgresql")
    if combo["ci"] == "github":
        workflow = (project / ".github" / "workflows" / "ci.yml").read_text()
        # The project's migration test migrates the job's database; an earlier step would clash.
        assert "uv run pytest" in workflow.partition("alembic")[0]
        assert ("postgresql+asyncpg://" in workflow) == (combo["database"] == "postgresql")


def check_websocket_broadcast(ws_url: str) -> None:
    """Two real clients: a message one sends reaches both; a foreign page's handshake is refused."""
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with connect(ws_url, open_timeout=10) as alice, connect(ws_url, open_timeout=10) as bob:
        alice.send("hello from alice")
        assert bob.recv(timeout=5) == "hello from alice"
        assert alice.recv(timeout=5) == "hello from alice"
        bob.send("hi, alice")
        assert alice.recv(timeout=5) == "hi, alice"

    own_origin = "http://" + urlsplit(ws_url).netloc
    with connect(ws_url, origin=own_origin, open_timeout=10) as carol:  # the app's own pages
        carol.send("same origin")
        assert carol.recv(timeout=5) == "same origin"

    with pytest.raises(InvalidStatus) as refused:
        connect(ws_url, origin="https://evil.example", open_timeout=10)
    assert refused.value.response.status_code == 403


def check_form_with_xsrf(base_url: str) -> None:
    """The home page's form: refused without the XSRF token, answered with it."""
    page = http("GET", base_url + "/")
    assert page.status == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<h1>Shop</h1>" in page.text
    token = SimpleCookie(page.headers["Set-Cookie"])["_xsrf"].value
    assert 'name="_xsrf" value="' in page.text

    refused = http("POST", base_url + "/", urlencode({"name": "Ada"}), headers=FORM)
    assert refused.status == 403

    cookie = {**FORM, "Cookie": f"_xsrf={token}"}
    answered = http("POST", base_url + "/", urlencode({"name": "Ada", "_xsrf": token}), headers=cookie)
    assert answered.status == 200, answered.text
    assert "Hello, Ada!" in answered.text


@pytest.mark.slow
@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_generated_project_passes_its_checks_and_serves(
    cookies: Any, request: pytest.FixtureRequest, combo: dict[str, Any]
) -> None:
    project_path = _bake(cookies, combo)
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
        health = http("GET", base_url + "/health", headers={"X-Request-ID": "probe-1"})
        assert health.status == 200, health.text
        assert health.json() == {"status": "ok"}
        # Header names are case-insensitive; Tornado sends this one as X-Request-Id.
        assert {k.lower(): v for k, v in health.headers.items()}["x-request-id"] == "probe-1"

        missing = http("GET", base_url + "/no-such-page")
        assert missing.status == 404
        assert missing.json() == {"error": "Not Found"}

        if combo["database"] != "none":
            # The migrated schema serves the API: create, read back, list, update, delete.
            created = http("POST", base_url + "/items", {"name": "Sencha", "description": "green"})
            assert created.status == 201, created.text
            item = created.json()
            item_url = base_url + created.headers["Location"]
            assert http("GET", item_url).json() == item
            assert item in http("GET", base_url + "/items").json()
            updated = http("PATCH", item_url, {"description": "steamed"})
            assert updated.json() == {**item, "description": "steamed"}
            assert http("DELETE", item_url).status == 204
            assert http("GET", item_url).status == 404
            invalid = http("POST", base_url + "/items", {"name": ""})
            assert invalid.status == 422 and "error" in invalid.json()

        if combo["pages"] == "yes":
            check_form_with_xsrf(base_url)
        else:
            assert http("GET", base_url + "/").status == 404

        if combo["websocket"] == "yes":
            check_websocket_broadcast(base_url.replace("http://", "ws://") + "/ws")
        else:
            assert http("GET", base_url + "/ws").status == 404

    # project.serve() stopped the server with SIGTERM: it drained and said so.
    port = urlsplit(base_url).port
    log = (project_path.parent / f"{project_path.name}-server-{port}.log").read_text()
    assert "shutting down" in log and "stopped" in log, log

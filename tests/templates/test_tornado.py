"""The tornado template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/tornado.py."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from support.baking import assert_owned_files, bake, dependency_names, owned_files
from support.matrix import combo_id, combos

TEMPLATE = "tornado"
COMBOS = combos(TEMPLATE)
SLUG = "shop"
SERVE = f"uv run python -m {SLUG} --address=0.0.0.0 --port=8000"

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
        "tests/test_test_database.py",
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

    wanted = owned_files(OWNED, combo, SLUG)
    # The container's entrypoint exists only to migrate a database.
    wanted["docker-entrypoint.sh"] = combo["docker"] == "yes" and combo["database"] != "none"
    assert_owned_files(project, wanted)
    for path in ALWAYS:
        assert (project / path.format(slug=SLUG)).is_file(), path

    # Always: Tornado, the factory, the README's commands, a fresh secret.
    assert {"tornado", "python-dotenv"} <= deps
    assert "def make_app(settings: Settings) -> Application:" in app_py
    assert "default_handler_class=NotFoundHandler" in app_py
    assert SERVE in readme
    assert "uv run pytest" in readme and "uv run ruff check ." in readme
    # Type checked like FastAPI: strict mypy in the dev group and in the lint commands.
    assert "mypy>=" in dev_deps and pyproject["tool"]["mypy"]["strict"] is True
    assert "uv run mypy ." in readme
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

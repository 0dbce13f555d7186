"""The falcon template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/falcon.py."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from support.baking import assert_owned_files, bake, dependency_names, readme_command
from support.matrix import combo_id, combos

TEMPLATE = "falcon"
COMBOS = combos(TEMPLATE)
SLUG = "shop"
SERVER = {"asgi": "uvicorn", "wsgi": "gunicorn"}


def has_database(combo: dict[str, Any]) -> bool:
    return combo["database"] != "none"


def owned_files(combo: dict[str, Any]) -> dict[str, bool]:
    """Files that belong to an option, mapped to whether this combination must have them."""
    db = has_database(combo)
    return {
        f"{SLUG}/db.py": db,
        f"{SLUG}/models.py": db,
        f"{SLUG}/schemas.py": db,
        f"{SLUG}/items.py": db,
        f"{SLUG}/hooks.py": db,
        "migrations/env.py": db,
        "migrations/script.py.mako": db,
        "migrations/versions/0001_create_items.py": db,
        "tests/test_items.py": db,
        "tests/test_migrations.py": db,
        "tests/test_test_database.py": db,
        "tests/test_lifespan.py": combo["interface"] == "asgi",
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
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = _bake(cookies, combo)
    asgi = combo["interface"] == "asgi"
    db = has_database(combo)
    sqlite = combo["database"] == "sqlite"
    postgresql = combo["database"] == "postgresql"

    assert_owned_files(project, owned_files(combo))
    for always in (
        "__init__.py", "app.py", "settings.py", "logs.py", "middleware.py", "errors.py",
        "health.py", "openapi.py",
    ):  # fmt: skip
        assert (project / SLUG / always).is_file(), always
    for always in ("conftest.py", "test_health.py", "test_errors.py", "test_openapi.py", "test_settings.py"):
        assert (project / "tests" / always).is_file(), always
    assert not (project / "migrations").exists() or db

    deps = dependency_names(project)
    assert {"falcon", "python-dotenv"} <= deps
    expected = {
        "uvicorn": asgi,
        "gunicorn": not asgi,
        "sqlalchemy": db,
        "alembic": db,
        "jsonschema": db,
        "aiosqlite": sqlite and asgi,
        "psycopg": postgresql,
    }
    for name, wanted in expected.items():
        assert (name in deps) == wanted, f"dependency {name}: expected {wanted}"
    pyproject = (project / "pyproject.toml").read_text()
    assert ("sqlalchemy[asyncio]>=" in pyproject) == (db and asgi)
    assert ("[tool.alembic]" in pyproject) == db
    # Type checked like FastAPI: strict mypy in the dev group and in the lint commands.
    config = tomllib.loads(pyproject)
    assert any(dep.startswith("mypy>=") for dep in config["dependency-groups"]["dev"])
    assert config["tool"]["mypy"]["strict"] is True
    assert "overrides" not in config["tool"]["mypy"]  # every import ships type hints

    env_example = (project / ".env.example").read_text()
    assert "SECRET_KEY=change-me" in env_example
    assert "DEBUG=false" in env_example
    sqlite_url = f"DATABASE_URL=sqlite{'+aiosqlite' if asgi else ''}:///./{SLUG}.db"
    assert (sqlite_url in env_example) == sqlite
    assert ("DATABASE_URL=postgresql+psycopg://" in env_example) == postgresql

    # One project per interface: the ASGI app is async end to end, the WSGI one has no coroutine.
    app_py = (project / SLUG / "app.py").read_text()
    assert ("app: App = falcon.asgi.App(middleware=[RequestLogging()" in app_py) == asgi
    assert ("app: App = falcon.App(middleware=[RequestLogging()])" in app_py) == (not asgi)
    assert ("EngineLifespan(engine)" in app_py) == (asgi and db)
    assert ('app.add_route("/items", ItemCollection(sessions))' in app_py) == db
    assert "app.set_error_serializer(errors.serialize_as_json)" in app_py
    for module in project.joinpath(SLUG).glob("*.py"):
        code = module.read_text()
        if asgi:
            assert "from falcon import Request" not in code, module.name
        else:
            assert "async def" not in code and "await " not in code, module.name
    if db:
        db_py = (project / SLUG / "db.py").read_text()
        assert ("create_async_engine(url, pool_pre_ping=True)" in db_py) == asgi
        env_py = (project / "migrations" / "env.py").read_text()
        assert ("asyncio.run(run_migrations_online())" in env_py) == asgi

    readme = (project / "README.md").read_text()
    serve = readme_command(project, SERVER[combo["interface"]])
    if asgi:
        assert serve[:3] == ["uvicorn", "--factory", f"{SLUG}.app:create_app"]
    else:
        assert serve[-1] == f"{SLUG}.app:create_app()"
    assert ("uv run alembic upgrade head" in readme) == db
    assert "uv run mypy ." in readme
    assert ("## Docker" in readme) == (combo["docker"] == "yes")
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert dockerfile.startswith("# syntax=")  # a parser directive only works on line 1
        if asgi:
            cmd = f'CMD ["uvicorn", "--factory", "{SLUG}.app:create_app", "--host", "0.0.0.0"'
        else:
            cmd = f'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "{SLUG}.app:create_app()"]'
        assert cmd in dockerfile
        compose = (project / "compose.yaml").read_text()
        assert ("postgresql+psycopg://" in compose) == postgresql
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run pytest" in workflow
        assert ("uv run alembic upgrade head" in workflow) == db
        assert ("postgresql+psycopg://" in workflow) == postgresql

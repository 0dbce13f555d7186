"""The fastapi template: every option combination bakes the right files, and (slow) installs,
passes its own tests, lint and type check, migrates, and serves through its production server."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from support.baking import bake, dependency_names
from support.databases import database_envs
from support.free_text import assert_page_shows_escaped, hostile_if_first
from support.matrix import combo_id, combos
from support.project import Project, http

TEMPLATE = "fastapi"
COMBOS = combos(TEMPLATE)


def has_database(combo: dict[str, Any]) -> bool:
    return combo["database"] != "none"


def owned_files(slug: str, combo: dict[str, Any]) -> dict[str, bool]:
    """Files that belong to an option, mapped to whether this combination must have them."""
    db = has_database(combo)
    jwt = combo["auth"] == "jwt"
    return {
        f"{slug}/db.py": db,
        f"{slug}/models.py": db,
        f"{slug}/schemas.py": db,
        f"{slug}/routers/items.py": db,
        "migrations/env.py": db,
        "migrations/script.py.mako": db,
        "migrations/versions/0001_initial.py": db,
        "tests/test_items.py": db,
        "tests/test_migrations.py": db,
        f"{slug}/security.py": jwt,
        f"{slug}/routers/auth.py": jwt,
        f"{slug}/routers/users.py": jwt,
        "tests/test_auth.py": jwt,
        "Dockerfile": combo["docker"] == "yes",
        "compose.yaml": combo["docker"] == "yes",
        ".dockerignore": combo["docker"] == "yes",
        ".github/workflows/ci.yml": combo["ci"] == "github",
    }


def serve_args(slug: str, combo: dict[str, Any], host: str, port: str) -> list[str]:
    """The production server command, as the generated README and Dockerfile give it."""
    if combo["server"] == "gunicorn":
        return [
            "gunicorn", f"{slug}.main:app", "--worker-class", "uvicorn_worker.UvicornWorker",
            "--workers", "2", "--bind", f"{host}:{port}",
        ]  # fmt: skip
    return ["uvicorn", f"{slug}.main:app", "--host", host, "--port", port, "--workers", "2"]


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = bake(cookies, TEMPLATE, combo)
    slug = project.name
    db = has_database(combo)
    jwt = combo["auth"] == "jwt"

    for name, wanted in owned_files(slug, combo).items():
        assert (project / name).is_file() == wanted, f"{name}: expected present={wanted}"
    for always in ("app.py", "main.py", "config.py", "dependencies.py", "docs.py", "routers/health.py"):
        assert (project / slug / always).is_file(), always

    deps = dependency_names(project)
    assert {"fastapi", "pydantic-settings", "uvicorn"} <= deps
    expected = {
        "sqlalchemy": db,
        "alembic": db,
        "aiosqlite": combo["database"] == "sqlite",
        "asyncpg": combo["database"] == "postgresql",
        "pyjwt": jwt,
        "pwdlib": jwt,
        "python-multipart": jwt,
        "gunicorn": combo["server"] == "gunicorn",
        "uvicorn-worker": combo["server"] == "gunicorn",
    }
    for name, wanted in expected.items():
        assert (name in deps) == wanted, f"dependency {name}: expected {wanted}"

    env_example = (project / ".env.example").read_text()
    assert ("DATABASE_URL=" in env_example) == db
    assert ("SECRET_KEY=change-me" in env_example) == jwt
    env = (project / ".env").read_text()
    assert bool(re.search(r"^SECRET_KEY=\S{40,}$", env, re.M)) == jwt

    app_py = (project / slug / "app.py").read_text()
    tasks = combo["tasks"] == "arq"
    assert ("lifespan=lifespan" in app_py) == (db or tasks)
    assert ("include_router(jobs.router)" in app_py) == tasks
    assert ("REDIS_URL=" in env_example) == tasks
    assert ("arq>=" in (project / "pyproject.toml").read_text()) == tasks
    assert ("include_router(items.router)" in app_py) == db
    assert ("include_router(auth.router)" in app_py) == jwt

    readme = (project / "README.md").read_text()
    assert "uv run " + " ".join(serve_args(slug, combo, "0.0.0.0", "8000")) in readme
    assert ("uv run alembic upgrade head" in readme) == db
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert dockerfile.startswith("# syntax=")  # a parser directive only works on line 1
        cmd = ", ".join(f'"{arg}"' for arg in serve_args(slug, combo, "0.0.0.0", "8000"))
        assert f"CMD [{cmd}]" in dockerfile
        compose = (project / "compose.yaml").read_text()
        assert ("postgresql+asyncpg://" in compose) == (combo["database"] == "postgresql")
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run mypy ." in workflow
        assert ("postgresql+asyncpg://" in workflow) == (combo["database"] == "postgresql")


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for every baked project: mypy validates entries by content hash, and
    re-analysing FastAPI, pydantic and SQLAlchemy from scratch costs ~20 s per project."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.slow
@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_baked_project_passes_its_checks_and_serves(
    cookies: Any, request: pytest.FixtureRequest, mypy_cache: Path, combo: dict[str, Any]
) -> None:
    free_text = hostile_if_first(combo, COMBOS)
    name = free_text.get("project_name", "My FastAPI App")
    path = bake(cookies, TEMPLATE, combo, **free_text)
    slug = path.name
    project = Project(path)
    project.install()

    env, _ = database_envs(request, combo, "postgresql+asyncpg")

    project.run_own_checks(env)
    project.run("mypy", ".", env={"MYPY_CACHE_DIR": str(mypy_cache)})
    if has_database(combo):
        # The project's tests downgrade their database at the end, so this migrates from scratch.
        project.run("alembic", "upgrade", "head", env=env)

    with project.serve(*serve_args(slug, combo, "127.0.0.1", "{port}"), env=env) as base:
        health = http("GET", f"{base}/health")
        assert (health.status, health.json()) == (200, {"status": "ok"})
        docs = http("GET", f"{base}/docs")
        assert docs.status == 200 and "swagger" in docs.text.lower()
        assert_page_shows_escaped(docs.text, name)
        assert http("GET", f"{base}/openapi.json").json()["info"]["title"] == name

        if has_database(combo) and combo["auth"] != "jwt":  # with accounts, writing needs a user
            created = http("POST", f"{base}/items", {"name": "Widget"})
            assert created.status == 201, created.text
            item_url = f"{base}/items/{created.json()['id']}"
            assert http("GET", item_url).json()["name"] == "Widget"
            assert http("GET", f"{base}/items?limit=0").status == 422
            assert http("DELETE", item_url).status == 204
            assert http("GET", item_url).status == 404

        if combo["auth"] == "jwt":
            user = {"username": "ada", "email": "ada@example.com", "password": "correct horse battery"}
            assert http("POST", f"{base}/users", user).status == 201
            assert http("GET", f"{base}/users/me").status == 401
            form = "username=ada&password=correct+horse+battery"
            token = http(
                "POST",
                f"{base}/auth/token",
                form,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
            assert token.status == 200, token.text
            bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
            me = http("GET", f"{base}/users/me", headers=bearer)
            assert (me.status, me.json()["username"]) == (200, "ada")
            assert http("POST", f"{base}/items", {"name": "Widget"}).status == 401
            created = http("POST", f"{base}/items", {"name": "Widget"}, headers=bearer)
            assert created.status == 201, created.text

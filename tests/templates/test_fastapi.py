"""The fastapi template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/fastapi.py."""

from __future__ import annotations

import re
from typing import Any

import pytest

from support.baking import assert_owned_files, bake, dependency_names
from support.matrix import combo_id, combos

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
        "tests/test_test_database.py": db,
        f"{slug}/security.py": jwt,
        f"{slug}/routers/auth.py": jwt,
        f"{slug}/routers/users.py": jwt,
        "tests/test_auth.py": jwt,
        "Dockerfile": combo["docker"] == "yes",
        "compose.yaml": combo["docker"] == "yes",
        ".dockerignore": combo["docker"] == "yes",
        ".github/workflows/ci.yml": combo["ci"] == "github",
        ".github/dependabot.yml": combo["ci"] == "github",
        "docker-entrypoint.sh": combo["docker"] == "yes" and combo["database"] != "none",
        ".pre-commit-config.yaml": True,
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

    assert_owned_files(project, owned_files(slug, combo))
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

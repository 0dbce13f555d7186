"""The flask template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/flask.py."""

from __future__ import annotations

import re
from typing import Any

import pytest

from support.baking import assert_owned_files, bake, dependency_names, readme_command
from support.live_checks import (
    appengine_entrypoint,
)
from support.matrix import combo_id, combos

TEMPLATE = "flask"
COMBOS = combos(TEMPLATE)
MIGRATION = "migrations/versions/20261125_eab0f48f023c_create_notes_table.py"


def has_database(combo: dict[str, Any]) -> bool:
    return combo["database"] != "none"


def owned_files(slug: str, combo: dict[str, Any]) -> dict[str, bool]:
    """Files that belong to an option, mapped to whether this combination must have them."""
    db = has_database(combo)
    return {
        f"{slug}/api.py": db,
        f"{slug}/models.py": db,
        f"{slug}/openapi.py": db,
        f"{slug}/tasks.py": combo["tasks"] == "celery",
        f"{slug}/worker.py": combo["tasks"] == "celery",
        "tests/test_tasks.py": combo["tasks"] == "celery",
        f"{slug}/accounts.py": combo["auth"] == "accounts",
        f"{slug}/mail.py": combo["auth"] == "accounts",
        f"{slug}/templates/accounts/login.html": combo["auth"] == "accounts",
        "migrations/versions/20261125_5c1d7e9a2b40_add_users_and_note_owners.py": combo["auth"] == "accounts",
        "tests/test_accounts.py": combo["auth"] == "accounts",
        "migrations/alembic.ini": db,
        "migrations/env.py": db,
        "migrations/script.py.mako": db,
        MIGRATION: db,
        "tests/test_api.py": db,
        "tests/test_test_database.py": db,
        "Dockerfile": combo["docker"] == "yes",
        "compose.yaml": combo["docker"] == "yes",
        ".dockerignore": combo["docker"] == "yes",
        ".github/workflows/ci.yml": combo["ci"] == "github",
        ".github/dependabot.yml": combo["ci"] == "github",
        "docker-entrypoint.sh": combo["docker"] == "yes" and combo["database"] != "none",
        ".pre-commit-config.yaml": True,
        "app.yaml": combo["deploy"] == "appengine",
        ".gcloudignore": combo["deploy"] == "appengine",
    }


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = bake(cookies, TEMPLATE, combo)
    slug = project.name
    db = has_database(combo)
    sqlite = combo["database"] == "sqlite"
    postgresql = combo["database"] == "postgresql"
    gevent = combo["server"] == "gevent"
    appengine = combo["deploy"] == "appengine"

    assert_owned_files(project, owned_files(slug, combo))
    for always in (
        f"{slug}/__init__.py", f"{slug}/config.py", f"{slug}/extensions.py", f"{slug}/main.py",
        f"{slug}/templates/base.html", f"{slug}/templates/index.html",
        "tests/conftest.py", "tests/test_main.py", "ruff.toml",
    ):  # fmt: skip
        assert (project / always).is_file(), always
    assert not (project / "migrations").exists() or db

    deps = dependency_names(project)
    assert {"flask", "flask-wtf", "gunicorn", "python-dotenv"} <= deps
    expected = {
        "flask-sqlalchemy": db,
        "flask-migrate": db,
        "sqlalchemy": db,
        "psycopg": postgresql,
        "gevent": gevent,
        "celery": combo["tasks"] == "celery",
        "flask-login": combo["auth"] == "accounts",
        "argon2-cffi": combo["auth"] == "accounts",
    }
    for name, wanted in expected.items():
        assert (name in deps) == wanted, f"dependency {name}: expected {wanted}"

    env_example = (project / ".env.example").read_text()
    assert "SECRET_KEY=change-me" in env_example
    assert ("DATABASE_URL=sqlite:///" in env_example) == sqlite
    assert ("DATABASE_URL=postgresql+psycopg://" in env_example) == postgresql
    # The hook gave this project its own secret.
    assert re.search(r"^SECRET_KEY=\S{40,}$", (project / ".env").read_text(), re.M)

    init = (project / slug / "__init__.py").read_text()
    assert ("db.init_app(app)" in init) == db
    assert ("migrate.init_app(app, db)" in init) == db
    assert ("csrf.exempt(api.bp)" in init) == db
    assert "csrf.init_app(app)" in init
    extensions = (project / slug / "extensions.py").read_text()
    assert ("Migrate(render_as_batch=True)" in extensions) == sqlite
    health = (project / slug / "main.py").read_text()
    assert ('text("SELECT 1")' in health) == db
    assert ("def slow_test_endpoint" in health) == gevent
    assert ('app.add_url_rule("/_test/slow"' in init) == gevent

    readme = (project / "README.md").read_text()
    gunicorn = readme_command(project, "gunicorn")
    assert gunicorn[-1] == f"{slug}:create_app()"
    assert ("--worker-class" in gunicorn and "gevent" in gunicorn) == gevent
    assert ("## App Engine" in readme) == appengine
    assert ("requirements.txt" in (project / ".gitignore").read_text()) == appengine
    assert (f"uv run flask --app {slug} db upgrade" in readme) == db
    assert ("## Docker" in readme) == (combo["docker"] == "yes")
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert dockerfile.startswith("# syntax=")  # a parser directive only works on line 1
        assert f'"{slug}:create_app()"]' in dockerfile
        assert '"--bind", "0.0.0.0:8000"' in dockerfile
        assert ('"--worker-class", "gevent"' in dockerfile) == gevent
        compose = (project / "compose.yaml").read_text()
        assert ("postgresql+psycopg://" in compose) == postgresql
    if appengine:
        argv = appengine_entrypoint(project)  # app.yaml parses, and its entrypoint is gunicorn's
        assert argv[argv.index("-b") + 1] == "127.0.0.1:{port}"
        assert argv[-1] == f"{slug}:create_app()"
        assert ("gevent" in argv) == gevent
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run pytest" in workflow
        assert ("postgresql+psycopg://" in workflow) == postgresql

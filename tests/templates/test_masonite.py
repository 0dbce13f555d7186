"""The masonite template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/masonite.py."""

from __future__ import annotations

import re
from typing import Any

import pytest

from support.baking import bake, baked_files, dependency_names
from support.matrix import combo_id, combos

TEMPLATE = "masonite"
COMBOS = combos(TEMPLATE)
MIGRATION = "databases/migrations/2026_11_25_000000_create_notes_table.py"
GUNICORN = "gunicorn --bind 127.0.0.1:8000 --workers 2 --access-logfile - wsgi:application"

# Masonite's skeleton layout: top-level app/, config/, routes/ ... whatever the slug.
ALWAYS = {
    "pyproject.toml", "README.md", ".gitignore", ".env.example", ".env", "ruff.toml",
    ".pre-commit-config.yaml",
    "craft", "wsgi.py", MIGRATION,
    "app/__init__.py", "app/Kernel.py", "app/logs.py",
    "app/controllers/__init__.py", "app/controllers/WelcomeController.py",
    "app/controllers/HealthController.py", "app/controllers/NotesController.py",
    "app/exceptions/__init__.py", "app/exceptions/ApiErrorHandler.py",
    "app/exceptions/MalformedJsonBody.py",
    "app/middlewares/__init__.py", "app/middlewares/VerifyCsrfToken.py",
    "app/models/__init__.py", "app/models/Note.py",
    "app/providers/__init__.py", "app/providers/AppProvider.py",
    "app/providers/FrameworkProvider.py",
    "config/__init__.py", "config/application.py", "config/auth.py", "config/database.py",
    "config/exceptions.py", "config/providers.py", "config/security.py", "config/session.py",
    "routes/__init__.py", "routes/web.py", "routes/api.py",
    "templates/base.html", "templates/welcome.html",
    "templates/errors/403.html", "templates/errors/404.html", "templates/errors/500.html",
    "storage/public/robots.txt",
    "tests/__init__.py", "tests/conftest.py", "tests/TestCase.py", "tests/test_logs.py",
    "tests/test_welcome.py", "tests/test_notes.py", "tests/test_test_database.py",
}  # fmt: skip


def expected_files(combo: dict[str, Any]) -> set[str]:
    files = set(ALWAYS)
    if combo["docker"] == "yes":
        files |= {"Dockerfile", "compose.yaml", ".dockerignore", "docker-entrypoint.sh"}
    if combo["ci"] == "github":
        files |= {".github/workflows/ci.yml", ".github/dependabot.yml"}
    return files


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = bake(cookies, TEMPLATE, combo)
    slug = project.name
    postgresql = combo["database"] == "postgresql"

    baked = baked_files(project)
    assert baked == expected_files(combo)

    deps = dependency_names(project)
    assert {"masonite-framework", "masonite-framework-orm", "gunicorn"} <= deps
    assert ("psycopg2-binary" in deps) == postgresql
    assert 'requires-python = ">=3.11"' in (project / "pyproject.toml").read_text()

    env_example = (project / ".env.example").read_text()
    assert "SECRET_KEY=change-me" in env_example
    assert "APP_DEBUG=false" in env_example
    assert "COOKIE_SECURE=true" in env_example
    assert (f"DATABASE_URL=sqlite:///{slug}.sqlite3" in env_example) == (not postgresql)
    assert (f"DATABASE_URL=postgresql://app:app@localhost:5432/{slug}" in env_example) == postgresql
    assert re.search(r"^SECRET_KEY=\S{40,}$", (project / ".env").read_text(), re.M)

    database_config = (project / "config/database.py").read_text()
    assert "db_url(" in database_config
    assert ('"postgresql://' in database_config) == postgresql

    readme = (project / "README.md").read_text()
    assert f"uv run {GUNICORN}" in readme
    assert "uv run python craft migrate" in readme
    assert "Python 3.10 to 3.13" in readme
    assert ("psycopg2" in readme) == postgresql
    assert ("## Docker" in readme) == (combo["docker"] == "yes")
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert dockerfile.startswith("# syntax=")
        assert '"--bind", "0.0.0.0:8000"' in dockerfile
        assert '"wsgi:application"]' in dockerfile
        assert ("postgresql://app:" in (project / "compose.yaml").read_text()) == postgresql
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run pytest" in workflow
        assert ("postgresql://app:app@localhost:5432/" in workflow) == postgresql

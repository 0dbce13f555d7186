"""The django template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/django.py."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from support.baking import bake
from support.matrix import combo_id, combos

COMBOS = combos("django")
SLUG = "shop"


def _bake(cookies: Any, combo: dict[str, Any], **extra: Any) -> Path:
    return bake(cookies, "django", combo, **{"project_name": "Shop", "project_slug": SLUG, **extra})


def _dependencies(project: Path) -> str:
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    return "\n".join(pyproject["project"]["dependencies"])


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_options_own_their_files_and_lines(cookies: Any, combo: dict[str, Any]) -> None:
    project = _bake(cookies, combo)
    app = project / SLUG
    deps = _dependencies(project)
    settings = (project / "config" / "settings.py").read_text()
    urls = (project / "config" / "urls.py").read_text()
    readme = (project / "README.md").read_text()
    env_example = (project / ".env.example").read_text()

    # Always: the project package, the custom user, the example app and its committed migrations.
    for name in (
        "manage.py",
        "config/settings.py",
        "config/wsgi.py",
        "tests/settings.py",
        "tests/test_project.py",
        f"{SLUG}/users/migrations/0001_initial.py",
        f"{SLUG}/notes/migrations/0001_initial.py",
        f"{SLUG}/notes/templates/notes/note_form.html",
        f"{SLUG}/templates/base.html",
    ):
        assert (project / name).is_file(), name
    assert 'AUTH_USER_MODEL = "users.User"' in settings
    assert '"allauth.account"' in settings
    assert 'LOGIN_URL = "account_login"' in settings
    assert "SECRET_KEY=change-me" in env_example
    assert "SECRET_KEY=change-me" not in (project / ".env").read_text()

    postgres = combo["database"] == "postgresql"
    assert ("psycopg[binary" in deps) == postgres
    # Connections outlive a request: kept under WSGI, borrowed from psycopg's pool under ASGI (where
    # Django's docs say persistent connections should be off); SQLite under ASGI gets neither.
    asgi = combo["async"] == "yes"
    assert ("psycopg[binary,pool]" in deps) == (postgres and asgi)
    assert ('"pool":' in settings) == (postgres and asgi)
    assert ('DATABASES["default"]["CONN_MAX_AGE"]' in settings) == (not asgi)
    assert ("DATABASE_URL=postgres://" in env_example) == postgres
    assert ("DATABASE_URL=sqlite:///" in env_example) == (not postgres)
    assert ("createdb" in readme) == postgres

    drf = combo["api"] == "django-rest-framework"
    ninja = combo["api"] == "django-ninja"
    assert ("djangorestframework" in deps) == drf
    assert ('"rest_framework"' in settings) == drf
    assert ("REST_FRAMEWORK" in settings) == drf
    assert (app / "notes" / "serializers.py").exists() == drf
    assert ("django-ninja" in deps) == ninja
    assert ('"ninja"' in settings) == ninja
    assert ("NinjaAPI" in urls) == ninja
    assert (app / "notes" / "api.py").exists() == (drf or ninja)
    assert (project / "tests" / "test_api.py").exists() == (drf or ninja)
    assert ('path("api/"' in urls) == (drf or ninja)

    asgi = combo["async"] == "yes"
    assert (project / "config" / "asgi.py").exists() == asgi
    assert ("uvicorn-worker" in deps) == asgi
    assert ("uvicorn_worker.UvicornWorker" in readme) == asgi
    assert ("async def health" in (project / "config" / "views.py").read_text()) == asgi
    # ASGI serves static files with ServeStatic (async iterators), WSGI with WhiteNoise.
    assert ("servestatic.middleware.ServeStaticMiddleware" in settings) == asgi
    assert ("whitenoise.middleware.WhiteNoiseMiddleware" in settings) == (not asgi)

    assert ("drf-spectacular" in deps) == drf
    assert ('"api/docs"' in urls) == drf

    celery = combo["tasks"] == "celery"
    assert ("celery[redis]" in deps) == celery
    assert (project / "config" / "celery.py").exists() == celery
    assert (app / "notes" / "tasks.py").exists() == celery
    assert (project / "tests" / "test_tasks.py").exists() == celery
    assert ("REDIS_URL=" in env_example) == celery
    assert ("celery -A config worker" in readme) == celery

    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        compose = (project / "compose.yaml").read_text()
        assert "manage.py collectstatic --noinput" in dockerfile
        assert ("uvicorn_worker.UvicornWorker" in dockerfile) == asgi
        assert ("DATABASE_URL: postgres://" in compose) == postgres
    assert ("## Docker" in readme) == (combo["docker"] == "yes")

    if combo["ci"] == "github":
        workflow = (project / ".github" / "workflows" / "ci.yml").read_text()
        assert "uv run pytest" in workflow
        assert ("DATABASE_URL: postgres://" in workflow) == postgres
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")

"""The django template: every option value baked (all pairs), then each project's own checks.

Fast tests bake and check which files and lines each option owns. Slow tests install each baked
project into its own virtual environment and run what its README promises: migrate, pytest (which
holds manage.py check and makemigrations --check), ruff, check --deploy with production settings,
collectstatic, and the production server (gunicorn, WSGI or ASGI) answering /health, the admin
login page, a static file served by WhiteNoise, the notes page and the API.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from support.baking import bake
from support.databases import database_envs
from support.free_text import assert_page_shows_escaped, hostile_if_first
from support.matrix import combo_id, combos
from support.project import Project, http

COMBOS = combos("django")
SLUG = "shop"

# gunicorn trusts X-Forwarded-Proto from 127.0.0.1 (FORWARDED_ALLOW_IPS), as it would from a
# TLS-terminating proxy on the same host; without it production settings redirect to HTTPS.
VIA_HTTPS_PROXY = {"X-Forwarded-Proto": "https"}


def _bake(cookies: Any, combo: dict[str, Any], **extra: Any) -> Path:
    return bake(cookies, "django", combo, **{"project_name": "Shop", "project_slug": SLUG, **extra})


def _dependencies(project: Path) -> str:
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    return "\n".join(pyproject["project"]["dependencies"])


def _server_command(combo: dict[str, Any]) -> list[str]:
    """The production server command from the generated README, bound to a free local port."""
    if combo["async"] == "yes":
        app = ["config.asgi:application", "--worker-class", "uvicorn_worker.UvicornWorker"]
    else:
        app = ["config.wsgi"]
    return ["gunicorn", *app, "--bind", "127.0.0.1:{port}"]


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
    assert ("psycopg[binary]" in deps) == postgres
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


def _check_project(
    project: Project,
    combo: dict[str, Any],
    database_url: str | None,
    name: str = "Shop",
    extra_env: dict[str, str] | None = None,
) -> None:
    env = {"DATABASE_URL": database_url} if database_url else {}
    env |= extra_env or {}
    manage = ("python", "manage.py")

    project.run(*manage, "migrate", "--noinput", env=env)
    # The project's own suite includes `manage.py check --fail-level WARNING` and
    # `makemigrations --check --dry-run` (tests/test_project.py), so CI runs them too.
    # Deprecation warnings fail: they mean the template uses an API its current releases retire.
    project.run_own_checks(env, "-W", "error::DeprecationWarning")

    # Production: DEBUG off (the default), a real host name, the .env's fresh SECRET_KEY.
    production = {**env, "DEBUG": "false", "ALLOWED_HOSTS": "shop.example.com,127.0.0.1"}
    project.run(*manage, "check", "--deploy", "--fail-level", "WARNING", env=production)
    project.run(*manage, "collectstatic", "--noinput", env=production)

    with project.serve(*_server_command(combo), env=production) as base:
        health = http("GET", base + "/health")
        assert health.status == 200, health.text
        assert health.json() == {"status": "ok"}

        login = http("GET", base + "/admin/login/", headers=VIA_HTTPS_PROXY)
        assert login.status == 200, login.text[:500]
        assert 'name="csrfmiddlewaretoken"' in login.text
        assert "max-age=3600" in login.headers.get("Strict-Transport-Security", "")
        assert "Secure" in login.headers.get("Set-Cookie", "")
        # collectstatic's hashed names, served by WhiteNoise with far-future caching.
        stylesheet = re.search(r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', login.text)
        assert stylesheet, "the admin page does not use the hashed static files"
        css = http("GET", base + stylesheet.group(1), headers=VIA_HTTPS_PROXY)
        assert css.status == 200
        assert "immutable" in css.headers.get("Cache-Control", "")

        notes = http("GET", base + "/", headers=VIA_HTTPS_PROXY)
        assert notes.status == 200
        assert "No notes yet." in notes.text
        assert_page_shows_escaped(notes.text, name)

        if combo["api"] == "django-rest-framework":
            listing = http("GET", base + "/api/notes/", headers=VIA_HTTPS_PROXY)
            assert listing.status == 200
            assert listing.json()["results"] == []
            refused = http("POST", base + "/api/notes/", {"title": "x"}, headers=VIA_HTTPS_PROXY)
            assert refused.status == 403
        elif combo["api"] == "django-ninja":
            listing = http("GET", base + "/api/notes/", headers=VIA_HTTPS_PROXY)
            assert listing.status == 200
            assert listing.json() == {"items": [], "count": 0}
            docs = http("GET", base + "/api/docs", headers=VIA_HTTPS_PROXY)
            assert docs.status == 200
            assert "/api/openapi.json" in docs.text


def _database_url(request: pytest.FixtureRequest, combo: dict[str, Any]) -> str | None:
    # One database: pytest-django makes its own test_<name> database beside it.
    env, _ = database_envs(request, combo, "postgres")
    return env.get("DATABASE_URL")  # None: the project's own SQLite default from .env


def _redis_env(request: pytest.FixtureRequest, combo: dict[str, Any]) -> dict[str, str]:
    # The Celery option's tests run the example task through a real Redis.
    if combo.get("tasks") != "celery":
        return {}
    return {"REDIS_URL": request.getfixturevalue("redis").url()}


@pytest.mark.slow
@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_baked_project_passes_its_own_checks(
    cookies: Any, request: pytest.FixtureRequest, combo: dict[str, Any]
) -> None:
    free_text = hostile_if_first(combo, COMBOS)
    project = Project(_bake(cookies, combo, **free_text), python="3.11")
    project.install()
    version = project.run("python", "-c", "import django; print(django.__version__)").stdout
    assert version.startswith("5.2"), f"Python 3.11 should get the 5.2 LTS, got {version}"
    name = free_text.get("project_name", "Shop")
    _check_project(project, combo, _database_url(request, combo), name, _redis_env(request, combo))


DJANGO_6_COMBO = {
    "database": "postgresql",
    "api": "django-ninja",
    "async": "yes",
    "docker": "no",
    "ci": "none",
}


@pytest.mark.slow
def test_baked_project_on_python_312_runs_django_6(cookies: Any, request: pytest.FixtureRequest) -> None:
    project = Project(_bake(cookies, DJANGO_6_COMBO), python="3.12")
    project.install()
    version = project.run("python", "-c", "import django; print(django.__version__)").stdout
    assert version.startswith("6."), f"Python 3.12 should get Django 6.x, got {version}"
    _check_project(project, DJANGO_6_COMBO, _database_url(request, DJANGO_6_COMBO))

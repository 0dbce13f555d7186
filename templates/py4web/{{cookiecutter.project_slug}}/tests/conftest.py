"""Test fixtures: py4web's WSGI application with this app loaded on a throw-away database, and a
WebTest client for it. Requests go through py4web's routing and fixtures, as in production."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pytest
import webtest

APPS_FOLDER = Path(__file__).resolve().parent.parent / "apps"
APP_NAME = "{{ cookiecutter.project_slug }}"


{% set test_database_sqlite = "sqlite://" -%}
{% set test_database_driver = "psycopg2" -%}
{% include "partials/test_database" %}


@pytest.fixture(scope="session")
def wsgi_app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("databases")
    with pytest.MonkeyPatch.context() as env:
        # Set before the app reads .env, so the tests never touch the database configured there:
        env.setenv("DATABASE_URL", database_url)
        env.setenv("DATABASE_FOLDER", str(folder))
        env.setenv("SECRET_KEY", "test-secret-key")
        # Imported here: py4web must load the app itself, so its actions get the app's URL prefix.
        from py4web.core import Reloader, wsgi

        app = wsgi(apps_folder=str(APPS_FOLDER), app_names=APP_NAME)
        if Reloader.ERRORS.get(APP_NAME):
            pytest.fail(f"py4web could not load the app:\n{Reloader.ERRORS[APP_NAME]}")
        yield app
    db = app_db()
    with connection(db):
        for table in reversed(db.tables):
            db[table].drop("cascade")  # PostgreSQL: with what references it


def app_db() -> Any:
    from apps.{{ cookiecutter.project_slug }}.common import db

    return db


@contextmanager
def connection(db: Any) -> Iterator[None]:
    """A database connection outside a request, as the ``db`` fixture of an action has one."""
    db.get_connection_from_pool_or_new()
    try:
        yield
    finally:
        db.recycle_connection_in_pool_or_close("commit")


@pytest.fixture
def db(wsgi_app: Any) -> Iterator[Any]:
    """The app's database, emptied after each test."""
    db = app_db()
    yield db
    with connection(db):
        for table in db.tables:
            db(db[table]).delete()


@pytest.fixture
def client(wsgi_app: Any, db: Any) -> webtest.TestApp:
    return webtest.TestApp(wsgi_app)

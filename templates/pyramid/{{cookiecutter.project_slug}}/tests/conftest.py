{%- set db = cookiecutter.database != "none" -%}
"""Fixtures: the real application, and a WebTest client for it{% if db %} inside a rolled-back transaction{% endif %}."""

{% if db -%}
import os
{% endif -%}
import re
from collections.abc import Callable{% if db %}, Iterator{% endif %}
{%- if db %}
from urllib.parse import quote, unquote, urlsplit, urlunsplit
{%- endif %}

import pytest
{%- if db %}
import transaction
{%- endif %}
import webtest
{%- if db %}
from alembic import command
from alembic.config import Config
{%- endif %}
from pyramid.config import Configurator
from pyramid.request import Request
from pyramid.router import Router
{%- if db %}
from sqlalchemy import Engine
from sqlalchemy.orm import Session
{%- endif %}

from {{ cookiecutter.project_slug }} import main
{%- if db %}
from {{ cookiecutter.project_slug }}.models import get_engine, get_tm_session
{%- endif %}

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)">')
{%- if db %}


{% set test_database_sqlite = "sqlite:///" -%}
{% set test_database_driver = "sqlalchemy" -%}
{% include "partials/test_database" %}
{%- endif %}


@pytest.fixture(scope="session")
def app_settings({% if db %}database_url: str{% endif %}) -> dict[str, str]:
    return {
        "session.secret": "test-secret-not-for-production",
        # WebTest talks plain HTTP; production.ini keeps the cookie secure.
        "session.secure": "false",
{%- if db %}
        "sqlalchemy.url": database_url,
{%- endif %}
    }
{%- if db %}


@pytest.fixture(scope="session")
def alembic_config() -> Config:
    """The project's migrations; tests hand them a connection (see alembic/env.py)."""
    config = Config()
    config.set_main_option("script_location", "{{ cookiecutter.project_slug }}:alembic")
    return config


@pytest.fixture(scope="session")
def dbengine(app_settings: dict[str, str], alembic_config: Config) -> Iterator[Engine]:
    """Bring the test database up to date with the real migrations, once per session."""
    engine = get_engine(app_settings)
    with engine.begin() as connection:
        alembic_config.attributes["connection"] = connection
        command.upgrade(alembic_config, "head")
    yield engine
    engine.dispose()
{%- endif %}


@pytest.fixture(scope="session")
def app(app_settings: dict[str, str]{% if db %}, dbengine: Engine{% endif %}) -> Router:
    return main({}, **app_settings)
{%- if db %}


@pytest.fixture
def tm() -> Iterator[transaction.TransactionManager]:
    """A transaction that every test's requests share and that is always rolled back."""
    manager = transaction.TransactionManager(explicit=True)
    manager.begin()
    manager.doom()  # nothing inside a test can commit it
    yield manager
    manager.abort()


@pytest.fixture
def dbsession(app: Router, tm: transaction.TransactionManager) -> Session:
    return get_tm_session(app.registry["dbsession_factory"], tm)
{%- endif %}


@pytest.fixture
{%- if db %}
def testapp(app: Router, tm: transaction.TransactionManager, dbsession: Session) -> webtest.TestApp:
{%- else %}
def testapp(app: Router) -> webtest.TestApp:
{%- endif %}
    return webtest.TestApp(
        app,
        extra_environ={
            "HTTP_HOST": "example.com",
{%- if db %}
            # pyramid_tm leaves the transaction to the test; the views use the test's session.
            "tm.active": True,
            "tm.manager": tm,
            "app.dbsession": dbsession,
{%- endif %}
        },
    )


@pytest.fixture
def broken_app(app_settings: dict[str, str]) -> Callable[[str], webtest.TestApp]:
    """A fresh app plus a view at the given path that fails with an unexpected error."""

    def build(path: str) -> webtest.TestApp:
        app = main({}, **app_settings)
        config = Configurator(registry=app.registry)
        config.add_route("broken", path)
        config.add_view(fail, route_name="broken")
        config.commit()
        return webtest.TestApp(app, extra_environ={"HTTP_HOST": "example.com"})

    def fail(request: Request) -> None:
        raise RuntimeError("secret internals")

    return build


@pytest.fixture
def csrf_token(testapp: webtest.TestApp) -> str:
    """The session's CSRF token, read from a page the way a browser script would."""
    page = testapp.get("/")
    found = CSRF_META.search(page.text)
    assert found, "the page has no csrf-token meta tag"
    return found.group(1)

{%- set db = cookiecutter.database != "none" -%}
"""Fixtures: the real application, and a WebTest client for it{% if db %} inside a rolled-back transaction{% endif %}."""

{% if db -%}
import os
{% endif -%}
import re
{%- if db %}
from collections.abc import Iterator
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
def app_settings({% if db %}database_url{% endif %}):
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
def alembic_config():
    """The project's migrations; tests hand them a connection (see alembic/env.py)."""
    config = Config()
    config.set_main_option("script_location", "{{ cookiecutter.project_slug }}:alembic")
    return config


@pytest.fixture(scope="session")
def dbengine(app_settings, alembic_config):
    """Bring the test database up to date with the real migrations, once per session."""
    engine = get_engine(app_settings)
    with engine.begin() as connection:
        alembic_config.attributes["connection"] = connection
        command.upgrade(alembic_config, "head")
    yield engine
    engine.dispose()
{%- endif %}


@pytest.fixture(scope="session")
def app(app_settings{% if db %}, dbengine{% endif %}):
    return main({}, **app_settings)
{%- if db %}


@pytest.fixture
def tm():
    """A transaction that every test's requests share and that is always rolled back."""
    manager = transaction.TransactionManager(explicit=True)
    manager.begin()
    manager.doom()  # nothing inside a test can commit it
    yield manager
    manager.abort()


@pytest.fixture
def dbsession(app, tm):
    return get_tm_session(app.registry["dbsession_factory"], tm)
{%- endif %}


@pytest.fixture
def testapp(app{% if db %}, tm, dbsession{% endif %}):
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
def broken_app(app_settings):
    """A fresh app plus a view at the given path that fails with an unexpected error."""

    def build(path):
        app = main({}, **app_settings)
        config = Configurator(registry=app.registry)
        config.add_route("broken", path)
        config.add_view(fail, route_name="broken")
        config.commit()
        return webtest.TestApp(app, extra_environ={"HTTP_HOST": "example.com"})

    def fail(request):
        raise RuntimeError("secret internals")

    return build


@pytest.fixture
def csrf_token(testapp):
    """The session's CSRF token, read from a page the way a browser script would."""
    page = testapp.get("/")
    return CSRF_META.search(page.text).group(1)

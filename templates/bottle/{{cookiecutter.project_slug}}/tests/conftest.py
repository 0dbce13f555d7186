{%- set db = cookiecutter.database != "none" -%}
{%- set module = "app" if cookiecutter.layout == "single-file" else cookiecutter.project_slug -%}
"""Test fixtures: the app built with test settings, and a WebTest client for it."""

{% if db -%}
import os
from collections.abc import Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit

{% endif -%}
import pytest
import webtest
from bottle import Bottle

{% if cookiecutter.layout == "single-file" -%}
from app import {% if db %}Base, {% endif %}Settings, create_app
{%- else -%}
from {{ module }} import create_app
{%- if db %}
from {{ module }}.models import Base
{%- endif %}
from {{ module }}.settings import Settings
{%- endif %}
{%- if db %}


{% set test_database_sqlite = "sqlite:///" -%}
{% set test_database_driver = "sqlalchemy" -%}
{% include "partials/test_database" %}


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(secret_key="test-secret-key", database_url=database_url)


@pytest.fixture
def app(settings: Settings) -> Iterator[Bottle]:
    app = create_app(settings)
    engine = app.config["db.engine"]
    Base.metadata.create_all(engine)
    yield app
    Base.metadata.drop_all(engine)
    engine.dispose()  # close pooled connections now rather than at garbage collection
{%- else %}


@pytest.fixture
def settings() -> Settings:
    return Settings(secret_key="test-secret-key")


@pytest.fixture
def app(settings: Settings) -> Bottle:
    return create_app(settings)
{%- endif %}


@pytest.fixture
def client(app: Bottle) -> webtest.TestApp:
    return webtest.TestApp(app)

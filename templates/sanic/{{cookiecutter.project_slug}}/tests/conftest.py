"""Fixtures: test settings, an app built with them, and its in-process ASGI client."""

from __future__ import annotations
{%- if cookiecutter.database != "none" %}

import os
from collections.abc import AsyncIterator, Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit
{%- endif %}

import pytest
from sanic import DefaultSanic, Sanic
from sanic_testing.testing import SanicASGITestClient
{%- if cookiecutter.database != "none" %}
from sqlalchemy.ext.asyncio import create_async_engine
{%- endif %}

from {{ cookiecutter.project_slug }}.app import create_app
{%- if cookiecutter.database != "none" %}
from {{ cookiecutter.project_slug }}.db import async_url
from {{ cookiecutter.project_slug }}.models import Base
{%- endif %}
from {{ cookiecutter.project_slug }}.settings import Settings

# Every test builds a fresh app under the same name, which Sanic allows in test mode only.
Sanic.test_mode = True
{%- if cookiecutter.database != "none" %}


{% set test_database_sqlite = "sqlite+aiosqlite:///" -%}
{% set test_database_driver = "sqlalchemy_async" -%}
{% include "partials/test_database" %}
{%- endif %}


@pytest.fixture
{%- if cookiecutter.database != "none" %}
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url)
{%- else %}
def settings() -> Settings:
    return Settings()
{%- endif %}


@pytest.fixture
def app(settings: Settings) -> DefaultSanic:
    return create_app(settings=settings)


@pytest.fixture
{%- if cookiecutter.database != "none" %}
async def client(app: DefaultSanic, settings: Settings) -> AsyncIterator[SanicASGITestClient]:
    """The ASGI client; the tables exist for the test and are dropped after it.

    The client runs the app's startup and shutdown listeners around every request, so the app's
    own engine lives for one request: the tables are made with an engine of the test's own.
    """
    engine = create_async_engine(async_url(settings.database_url))
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield app.asgi_client
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
    await engine.dispose()
{%- else %}
def client(app: DefaultSanic) -> SanicASGITestClient:
    return app.asgi_client
{%- endif %}

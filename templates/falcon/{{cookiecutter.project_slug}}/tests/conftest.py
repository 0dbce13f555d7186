{%- set db = cookiecutter.database != "none" -%}
{%- if cookiecutter.interface == "asgi" -%}
"""Fixtures: test settings, the app built with them, and Falcon's TestClient around it.

TestClient drives the ASGI app through its whole lifecycle for each request: lifespan startup, the
request, lifespan shutdown. test_lifespan.py uses ``falcon.testing.ASGIConductor`` instead, which
keeps the app started across requests.
"""

from __future__ import annotations
{%- if db %}

import asyncio
import os
from collections.abc import Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit
{%- endif %}

import pytest
from falcon import testing
{%- if db %}
from sqlalchemy import pool
from sqlalchemy.ext.asyncio import create_async_engine
{%- endif %}

from {{ cookiecutter.project_slug }}.app import App, create_app
{%- if db %}
from {{ cookiecutter.project_slug }}.models import Base
{%- endif %}
from {{ cookiecutter.project_slug }}.settings import Settings

SECRET_KEY = "test-secret-key"
{%- if db %}


{% set test_database_sqlite = "sqlite+aiosqlite:///" -%}
{% set test_database_driver = "sqlalchemy" -%}
{% include "partials/test_database" %}


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(secret_key=SECRET_KEY, database_url=database_url)


async def reset_tables(database_url: str, *, create: bool) -> None:
    """Drop the models' tables, then create them empty when ``create`` is true."""
    engine = create_async_engine(database_url, poolclass=pool.NullPool)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
        if create:
            await connection.run_sync(Base.metadata.create_all)
    await engine.dispose()


@pytest.fixture
def tables(settings: Settings) -> Iterator[None]:
    """The models' tables, created empty for one test and dropped after it."""
    asyncio.run(reset_tables(settings.database_url, create=True))
    yield
    asyncio.run(reset_tables(settings.database_url, create=False))


@pytest.fixture
def app(settings: Settings, tables: None) -> App:
    return create_app(settings)
{%- else %}


@pytest.fixture
def settings() -> Settings:
    return Settings(secret_key=SECRET_KEY)


@pytest.fixture
def app(settings: Settings) -> App:
    return create_app(settings)
{%- endif %}


@pytest.fixture
def client(app: App) -> testing.TestClient:
    return testing.TestClient(app)
{%- else -%}
"""Fixtures: test settings, the app built with them, and Falcon's TestClient around it."""

from __future__ import annotations
{%- if db %}

import os
from collections.abc import Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit
{%- endif %}

import pytest
from falcon import testing
{%- if db %}
from sqlalchemy import Engine
{%- endif %}

from {{ cookiecutter.project_slug }}.app import App, create_app
{%- if db %}
from {{ cookiecutter.project_slug }}.db import make_engine
from {{ cookiecutter.project_slug }}.models import Base
{%- endif %}
from {{ cookiecutter.project_slug }}.settings import Settings

SECRET_KEY = "test-secret-key"
{%- if db %}


{% set test_database_sqlite = "sqlite:///" -%}
{% set test_database_driver = "sqlalchemy" -%}
{% include "partials/test_database" %}


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(secret_key=SECRET_KEY, database_url=database_url)


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    """The app's engine, with the models' tables created empty for one test and dropped after it."""
    engine = make_engine(settings.database_url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)
    engine.dispose()  # closes the pooled connections the app opened


@pytest.fixture
def app(settings: Settings, engine: Engine) -> App:
    return create_app(settings, engine)
{%- else %}


@pytest.fixture
def settings() -> Settings:
    return Settings(secret_key=SECRET_KEY)


@pytest.fixture
def app(settings: Settings) -> App:
    return create_app(settings)
{%- endif %}


@pytest.fixture
def client(app: App) -> testing.TestClient:
    return testing.TestClient(app)
{%- endif %}

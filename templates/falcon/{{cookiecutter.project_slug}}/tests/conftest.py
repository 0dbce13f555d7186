{%- set asgi = cookiecutter.interface == "asgi" -%}
{%- set db = cookiecutter.database != "none" -%}
"""Fixtures: test settings, the app built with them, and Falcon's TestClient around it.{% if asgi %}

TestClient drives the ASGI app through its whole lifecycle for each request: lifespan startup, the
request, lifespan shutdown. For streaming responses or interleaved requests use
``falcon.testing.ASGIConductor`` instead.
{% endif %}"""

from __future__ import annotations
{%- if db %}

{% if asgi -%}
import asyncio
{% endif -%}
import os
from collections.abc import Iterator
from pathlib import Path
{%- endif %}

import falcon{% if asgi %}.asgi{% endif %}
import pytest
from falcon import testing
{%- if db %}
{%- if asgi %}
from sqlalchemy import pool
from sqlalchemy.ext.asyncio import create_async_engine
{%- else %}
from sqlalchemy import Engine
{%- endif %}
{%- endif %}

from {{ cookiecutter.project_slug }}.app import create_app
{%- if db and not asgi %}
from {{ cookiecutter.project_slug }}.db import create_engine
{%- endif %}
{%- if db %}
from {{ cookiecutter.project_slug }}.models import Base
{%- endif %}
from {{ cookiecutter.project_slug }}.settings import Settings

SECRET_KEY = "test-secret-key"


@pytest.fixture
{%- if db %}
def settings(tmp_path: Path) -> Settings:
    # DATABASE_URL (a real PostgreSQL database in CI) wins; otherwise a throw-away SQLite file.
    database_url = os.environ.get("DATABASE_URL") or f"sqlite{% if asgi %}+aiosqlite{% endif %}:///{tmp_path / 'test.db'}"
    return Settings(secret_key=SECRET_KEY, database_url=database_url)
{%- else %}
def settings() -> Settings:
    return Settings(secret_key=SECRET_KEY)
{%- endif %}
{%- if db %}
{%- if asgi %}


async def create_tables(database_url: str) -> None:
    engine = create_async_engine(database_url, poolclass=pool.NullPool)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
        await connection.run_sync(Base.metadata.create_all)
    await engine.dispose()


async def drop_tables(database_url: str) -> None:
    engine = create_async_engine(database_url, poolclass=pool.NullPool)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
    await engine.dispose()


@pytest.fixture
def tables(settings: Settings) -> Iterator[None]:
    """The models' tables, created empty for one test and dropped after it."""
    asyncio.run(create_tables(settings.database_url))
    yield
    asyncio.run(drop_tables(settings.database_url))
{%- else %}


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    """The app's engine, with the models' tables created empty for one test and dropped after it."""
    engine = create_engine(settings.database_url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)
    engine.dispose()  # closes the pooled connections the app opened
{%- endif %}
{%- endif %}


@pytest.fixture
{%- if db and not asgi %}
def app(settings: Settings, engine: Engine) -> falcon.App:
    return create_app(settings, engine)
{%- else %}
def app(settings: Settings{% if db %}, tables: None{% endif %}) -> falcon{% if asgi %}.asgi{% endif %}.App:
    return create_app(settings)
{%- endif %}


@pytest.fixture
def client(app: falcon{% if asgi %}.asgi{% endif %}.App) -> testing.TestClient:
    return testing.TestClient(app)

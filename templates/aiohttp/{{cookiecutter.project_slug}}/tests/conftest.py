"""Fixtures: test settings, and pytest-aiohttp's client for an app built with them."""

from __future__ import annotations
{%- if cookiecutter.database != "none" %}

import os
from collections.abc import AsyncIterator
from pathlib import Path
{%- endif %}

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from {{ cookiecutter.project_slug }}.app import create_app
{%- if cookiecutter.database != "none" %}
from {{ cookiecutter.project_slug }}.db import ENGINE
from {{ cookiecutter.project_slug }}.models import Base
{%- endif %}
from {{ cookiecutter.project_slug }}.settings import Settings


@pytest.fixture
{%- if cookiecutter.database != "none" %}
def settings(tmp_path: Path) -> Settings:
    # DATABASE_URL (a real PostgreSQL database in CI) wins; otherwise a throw-away SQLite file.
    database_url = os.environ.get("DATABASE_URL") or f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    return Settings(database_url=database_url)
{%- else %}
def settings() -> Settings:
    return Settings()
{%- endif %}


@pytest.fixture
def app(settings: Settings) -> web.Application:
    return create_app(settings)


@pytest.fixture
{%- if cookiecutter.database != "none" %}
async def client(aiohttp_client: AiohttpClient, app: web.Application) -> AsyncIterator[TestClient]:
    client = await aiohttp_client(app)  # the app has started: its cleanup_ctx has run
    async with app[ENGINE].begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield client
    async with app[ENGINE].begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
{%- else %}
async def client(aiohttp_client: AiohttpClient, app: web.Application) -> TestClient:
    return await aiohttp_client(app)
{%- endif %}

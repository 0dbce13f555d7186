{%- set db = cookiecutter.database != "none" -%}
{%- if db -%}
"""Fixtures: test settings, and pytest-aiohttp's client for an app built with them.

The tests' database is their own, never the one in DATABASE_URL (the rule is
choose_test_database's, below). Tables are created and dropped around every test.
"""
{%- else -%}
"""Fixtures: test settings, and pytest-aiohttp's client for an app built with them."""
{%- endif %}

from __future__ import annotations
{%- if db %}

import os
from collections.abc import AsyncIterator, Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit
{%- endif %}

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from {{ cookiecutter.project_slug }}.app import create_app
{%- if db %}
from {{ cookiecutter.project_slug }}.db import ENGINE
from {{ cookiecutter.project_slug }}.models import Base
{%- endif %}
from {{ cookiecutter.project_slug }}.settings import Settings
{%- if db %}


{% set test_database_sqlite = "sqlite+aiosqlite:///" -%}
{% set test_database_driver = "sqlalchemy_async" -%}
{% include "partials/test_database" %}
{%- endif %}


@pytest.fixture
{%- if db %}
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url)
{%- else %}
def settings() -> Settings:
    return Settings()
{%- endif %}


@pytest.fixture
def app(settings: Settings) -> web.Application:
    return create_app(settings)


@pytest.fixture
{%- if db %}
async def client(
    aiohttp_client: AiohttpClient, app: web.Application
) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    client = await aiohttp_client(app)  # the app has started: its cleanup_ctx has run
    async with app[ENGINE].begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield client
    async with app[ENGINE].begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
{%- else %}
async def client(
    aiohttp_client: AiohttpClient, app: web.Application
) -> TestClient[web.Request, web.Application]:
    return await aiohttp_client(app)
{%- endif %}

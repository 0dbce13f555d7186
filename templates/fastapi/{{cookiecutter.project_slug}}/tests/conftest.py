{%- set slug = cookiecutter.project_slug -%}
{%- set db = cookiecutter.database != "none" -%}
{%- set jwt = cookiecutter.auth == "jwt" -%}
"""Fixtures: an app built from test settings, and an HTTP client that drives it in-process.
{%- if db %}

The tests' database is their own, never the one in DATABASE_URL (the rule is
choose_test_database's, below). It is migrated once per session with Alembic (so the migrations
are tested too) and emptied after every test.
{% endif %}"""

{% if db -%}
import os
{% endif -%}
from collections.abc import AsyncIterator{% if db %}, Iterator{% endif %}
{%- if db %}
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit
{%- endif %}

import httpx2
import pytest
{%- if db %}
from alembic import command
from alembic.config import Config
{%- endif %}
from fastapi import FastAPI
{%- if jwt %}
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
{%- endif %}

{% if jwt -%}
from {{ slug }} import security
{% endif -%}
from {{ slug }}.app import create_app
from {{ slug }}.config import Settings
{%- if db %}
from {{ slug }}.db import Base
{%- endif %}
{%- if db %}

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


{% set test_database_sqlite = "sqlite+aiosqlite:///" -%}
{% set test_database_driver = "sqlalchemy_async" -%}
{% include "partials/test_database" %}


@pytest.fixture(scope="session")
def alembic_config(database_url: str) -> Config:
    return Config(toml_file=PYPROJECT, attributes={"database_url": database_url})


@pytest.fixture(scope="session", autouse=True)
def migrated_database(alembic_config: Config) -> Iterator[None]:
    command.upgrade(alembic_config, "head")
    yield
    command.downgrade(alembic_config, "base")
{%- endif %}

{%- if jwt %}


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Production Argon2 parameters are slow by design (64 MiB, 3 passes); tests need it fast.
    cheap = Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(security, "password_hash", PasswordHash((cheap,)))
{%- endif %}


@pytest.fixture
def settings({% if db %}database_url: str{% endif %}) -> Settings:
    # Explicit values win over the environment and the developer's .env file.
    return Settings(
        docs_enabled=True,
        cors_origins=["https://frontend.example"],
{%- if db %}
        database_url=database_url,
{%- endif %}
{%- if jwt %}
        secret_key="test-secret-key-that-is-long-enough-for-hs256",
        access_token_expire_minutes=5,
{%- endif %}
    )


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx2.AsyncClient]:
    # ASGITransport does not send lifespan events, so run the app's lifespan around the client.
    transport = httpx2.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx2.AsyncClient(transport=transport, base_url="http://test") as client,
    ):
        yield client
{%- if db %}
        async with app.state.engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                await connection.execute(table.delete())
{%- endif %}

{%- if cookiecutter.database != "none" -%}
{%- if cookiecutter.interface == "asgi" -%}
"""The database: an async engine and session factory, made once per app by ``create_app``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

logger = logging.getLogger(__name__)

# A load balancer probing /health should get an answer, not wait for a hung database.
PING_TIMEOUT = 5


def make_engine(url: str) -> AsyncEngine:
    # pool_pre_ping: a connection the database dropped (a restart) is replaced, not reused.
    return create_async_engine(url, pool_pre_ping=True)


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: objects stay readable after commit without an implicit (and,
    # under asyncio, impossible) lazy reload.
    return async_sessionmaker(engine, expire_on_commit=False)


async def is_reachable(engine: AsyncEngine) -> bool:
    """Whether the database answers ``SELECT 1`` in time."""
    try:
        async with asyncio.timeout(PING_TIMEOUT), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        logger.exception("the database is unreachable")
        return False
    return True


class EngineLifespan:
    """Middleware for the ASGI lifespan: closes the pooled connections when the server stops."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def process_shutdown(self, scope: Mapping[str, Any], event: Mapping[str, Any]) -> None:
        await self.engine.dispose()
{%- else -%}
"""The database: an engine and session factory, made once per app by ``create_app``."""

from __future__ import annotations

import logging

from sqlalchemy import Engine, create_engine, {% if cookiecutter.database == "postgresql" %}make_url, {% endif %}text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)


def make_engine(url: str) -> Engine:
    # pool_pre_ping: a connection the database dropped (a restart) is replaced, not reused.
{%- if cookiecutter.database == "postgresql" %}
    # connect_timeout: give up on an unreachable server, so /health answers 503 instead of hanging.
    # (The tests' SQLite database, used when DATABASE_URL is unset, takes no such option.)
    is_postgresql = make_url(url).get_backend_name() == "postgresql"
    connect_args = {"connect_timeout": 5} if is_postgresql else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
{%- else %}
    return create_engine(url, pool_pre_ping=True)
{%- endif %}


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: a resource can still read an object after committing it.
    return sessionmaker(engine, expire_on_commit=False)


def is_reachable(engine: Engine) -> bool:
    """Whether the database answers ``SELECT 1``."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        logger.exception("the database is unreachable")
        return False
    return True
{%- endif %}
{%- endif %}

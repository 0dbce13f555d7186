{%- if cookiecutter.database != "none" -%}
"""The database engine: created when the app starts, disposed of when it stops (cleanup_ctx)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from .settings import SETTINGS

ENGINE = web.AppKey("engine", AsyncEngine)
SESSIONMAKER = web.AppKey("sessionmaker", async_sessionmaker[AsyncSession])

# Hosting platforms and tools hand out plain URLs; this app needs an asyncio driver.
ASYNC_DRIVERS = {
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
}


def async_url(url: str) -> URL:
    parsed = make_url(url)
    return parsed.set(drivername=ASYNC_DRIVERS.get(parsed.drivername, parsed.drivername))


async def database(app: web.Application) -> AsyncIterator[None]:
    engine = create_async_engine(async_url(app[SETTINGS].database_url), pool_pre_ping=True)
    app[ENGINE] = engine
    # expire_on_commit=False: attributes stay readable after commit without an implicit (and,
    # under asyncio, impossible) lazy reload.
    app[SESSIONMAKER] = async_sessionmaker(engine, expire_on_commit=False)
    yield
    await engine.dispose()
{%- endif %}

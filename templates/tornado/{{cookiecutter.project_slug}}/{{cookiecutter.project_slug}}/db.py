{%- if cookiecutter.database != "none" -%}
"""The database: one async engine per application, disposed of when the server shuts down."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

# Hosting platforms and tools hand out plain URLs; this app needs an asyncio driver.
ASYNC_DRIVERS = {
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
}


def async_url(url: str) -> URL:
    parsed = make_url(url)
    return parsed.set(drivername=ASYNC_DRIVERS.get(parsed.drivername, parsed.drivername))


class Database:
    """The engine and its session factory. Creating it connects nothing: the pool opens
    connections on first use, on the event loop that serves the requests."""

    def __init__(self, url: str) -> None:
        self.engine = create_async_engine(async_url(url), pool_pre_ping=True)
        # expire_on_commit=False: attributes stay readable after commit without an implicit (and,
        # under asyncio, impossible) lazy reload.
        self.session = async_sessionmaker(self.engine, expire_on_commit=False)

    async def ping(self, timeout: float) -> None:
        """SELECT 1, or an exception (SQLAlchemyError, OSError, TimeoutError)."""
        async with asyncio.timeout(timeout), self.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()

{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""The database engine: created when a worker starts, disposed of when it stops (listeners)."""

from __future__ import annotations

from sanic import DefaultSanic
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


async def create_engine(app: DefaultSanic) -> None:
    # Each worker process gets its own engine and pool: connections are never shared across forks.
    engine = create_async_engine(async_url(app.ctx.settings.database_url), pool_pre_ping=True)
    app.ctx.engine = engine
    # expire_on_commit=False: attributes stay readable after commit without an implicit (and,
    # under asyncio, impossible) lazy reload.
    app.ctx.sessionmaker = async_sessionmaker(engine, expire_on_commit=False)


async def dispose_engine(app: DefaultSanic) -> None:
    await app.ctx.engine.dispose()


def setup(app: DefaultSanic) -> None:
    app.before_server_start(create_engine)
    app.after_server_stop(dispose_engine)
{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""Alembic environment: runs migrations over the app's async engine.

The database URL comes from the app's settings (DATABASE_URL / .env); tests pass their own through
`config.attributes["database_url"]`.
"""

import asyncio
import logging

from alembic import context
from sqlalchemy import Connection, pool
from sqlalchemy.ext.asyncio import create_async_engine

from {{ cookiecutter.project_slug }} import models  # noqa: F401  (registers the tables on Base.metadata)
from {{ cookiecutter.project_slug }}.config import Settings
from {{ cookiecutter.project_slug }}.db import Base

config = context.config
target_metadata = Base.metadata

if not logging.getLogger().handlers:
    # Configuration lives in pyproject.toml (no alembic.ini), so set up Alembic's output here.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)-5.5s [%(name)s] %(message)s")
    logging.getLogger("alembic").setLevel(logging.INFO)


def database_url() -> str:
    url = config.attributes.get("database_url")
    if isinstance(url, str):
        return url
    return Settings().database_url


def run_migrations_offline() -> None:
    """`alembic upgrade head --sql`: print the SQL instead of running it."""
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def do_run_migrations(connection: Connection) -> None:
    # Batch mode lets ALTER TABLE work on SQLite (copy-and-move) and is a no-op elsewhere.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


async def run_async_migrations() -> None:
    engine = create_async_engine(database_url(), poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(do_run_migrations)
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_async_migrations())
{%- endif %}

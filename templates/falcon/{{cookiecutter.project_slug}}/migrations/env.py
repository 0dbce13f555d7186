{%- if cookiecutter.database != "none" -%}
{%- set asgi = cookiecutter.interface == "asgi" -%}
"""Alembic migration environment: the URL comes from DATABASE_URL (or .env), the schema from the
models."""

{% if asgi -%}
import asyncio

{% endif -%}
from alembic import context
from sqlalchemy import {% if not asgi %}create_engine, {% endif %}pool
from sqlalchemy.engine import Connection
{%- if asgi %}
from sqlalchemy.ext.asyncio import create_async_engine
{%- endif %}

from {{ cookiecutter.project_slug }}.models import Base
from {{ cookiecutter.project_slug }}.settings import database_url

target_metadata = Base.metadata


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


def run_migrations(connection: Connection) -> None:
    # Batch mode lets ALTER-style migrations run on SQLite too (it copies the table).
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
{%- if asgi %}


async def run_migrations_online() -> None:
    # The app's own async driver, so there is one URL for both.
    engine = create_async_engine(database_url(), poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(run_migrations)
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_migrations_online())
{%- else %}


def run_migrations_online() -> None:
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        run_migrations(connection)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
{%- endif %}
{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""The async SQLAlchemy engine, sessions and the declarative base the models share."""

from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase

{% include "partials/sqlalchemy_base" %}


def create_engine(database_url: str) -> AsyncEngine:
    # pre_ping replaces connections the database closed while they sat idle in the pool.
    return create_async_engine(database_url, pool_pre_ping=True)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: objects stay readable after commit, without an implicit (sync) reload.
    return async_sessionmaker(engine, expire_on_commit=False)
{%- endif %}

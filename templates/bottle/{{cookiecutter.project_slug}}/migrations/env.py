{% if cookiecutter.database != "none" -%}
{%- set single = cookiecutter.layout == "single-file" -%}
"""Alembic's migration environment: the app's models, and its DATABASE_URL."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection, create_engine, pool

{% if single -%}
from app import DEFAULT_DATABASE_URL, Base, read_environment
{%- else -%}
from {{ cookiecutter.project_slug }}.models import Base
from {{ cookiecutter.project_slug }}.settings import DEFAULT_DATABASE_URL, read_environment
{%- endif %}

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    # Keep the loggers already set up (fileConfig would disable them).
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def database_url() -> str:
    return read_environment().get("DATABASE_URL") or DEFAULT_DATABASE_URL


def run_migrations_offline() -> None:
    """Print the SQL instead of running it: ``alembic upgrade head --sql``."""
    context.configure(url=database_url(), target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # The tests hand over their own connection; the command line connects to DATABASE_URL.
    connection = config.attributes.get("connection")
    if connection is not None:
        migrate(connection)
        return
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        migrate(connection)


def migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""Alembic's migration environment: the same models and DATABASE_URL as the application."""

from logging.config import fileConfig
from pathlib import Path

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from {{ cookiecutter.project_slug }}.models.meta import Base
from {{ cookiecutter.project_slug }}.settings import database_url, load_env_file

config = context.config
if config.config_file_name:  # run from the command line: alembic -c development.ini ...
    # The .ini file's logging sections; not pyramid.paster.setup_logging, which would import
    # Pyramid and, through it, print setuptools' pkg_resources warning on every command.
    fileConfig(config.config_file_name, disable_existing_loggers=False)
    load_env_file(Path(config.config_file_name).resolve().parent)


def run_migrations_offline() -> None:
    """Write SQL to stdout (alembic ... upgrade head --sql) instead of touching a database."""
    context.configure(
        url=database_url(), target_metadata=Base.metadata, literal_binds=True, compare_type=True
    )
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
        compare_type=True,
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

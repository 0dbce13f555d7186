{% if cookiecutter.database != "none" -%}
"""Alembic's environment under Flask-Migrate: it runs inside the app, with its engine and models."""

import logging
from logging.config import fileConfig
from typing import Any

from alembic import context
from flask import current_app

config = context.config
if config.config_file_name is not None:
    # Keep the loggers the app already set up (fileConfig would disable them).
    fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger("alembic.env")

db = current_app.extensions["migrate"].db
target_metadata = db.metadata
# Alembic's config is a ConfigParser, where "%" starts an interpolation: escape it (passwords).
config.set_main_option(
    "sqlalchemy.url", db.engine.url.render_as_string(hide_password=False).replace("%", "%%")
)


def run_migrations_offline() -> None:
    """Print the SQL instead of running it: ``flask db upgrade --sql``."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    def skip_empty_revision(context: Any, revision: Any, directives: list[Any]) -> None:
        # `flask db migrate` with no model change writes nothing rather than an empty migration.
        if getattr(config.cmd_opts, "autogenerate", False) and directives[0].upgrade_ops.is_empty():
            directives[:] = []
            logger.info("No changes in schema detected.")

    options = dict(current_app.extensions["migrate"].configure_args)
    if options.get("process_revision_directives") is None:
        options["process_revision_directives"] = skip_empty_revision
    with db.engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, **options)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
{%- endif %}

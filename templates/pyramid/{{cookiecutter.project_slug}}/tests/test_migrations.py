{%- if cookiecutter.database != "none" -%}
"""The Alembic migrations and the models describe the same schema."""

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine


def test_migrations_match_the_models(dbengine: Engine, alembic_config: Config) -> None:
    # Fails when a model changed without a migration; write one with
    # `alembic -c development.ini revision --autogenerate -m "..."` and review it.
    with dbengine.connect() as connection:
        alembic_config.attributes["connection"] = connection
        command.check(alembic_config)
{%- endif %}

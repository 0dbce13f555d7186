{%- if cookiecutter.database != "none" -%}
from alembic import command
from alembic.config import Config


def test_migrations_match_the_models(alembic_config: Config) -> None:
    """Fails when models.py changed without a migration: run `alembic revision --autogenerate`."""
    command.check(alembic_config)
{%- endif %}

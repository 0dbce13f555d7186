{% if cookiecutter.database != "none" -%}
{%- set module = "app" if cookiecutter.layout == "single-file" else cookiecutter.project_slug ~ ".models" -%}
"""The committed Alembic migrations build exactly the models' schema."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from bottle import Bottle
from sqlalchemy import Engine, inspect, text

from {{ module }} import Base

ALEMBIC_INI = Path(__file__).resolve().parents[1] / "alembic.ini"


def test_migrations_create_the_models_schema(app: Bottle) -> None:
    engine: Engine = app.config["db.engine"]
    # Start empty, even on a database migrated before: the migrations build this schema.
    Base.metadata.drop_all(engine)
    config = Config(ALEMBIC_INI)
    config.attributes["configure_logger"] = False
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        # Fails when a model changed without a migration: run `alembic revision --autogenerate`.
        command.check(config)
        command.downgrade(config, "base")
    assert inspect(engine).get_table_names() == ["alembic_version"]
{%- endif %}

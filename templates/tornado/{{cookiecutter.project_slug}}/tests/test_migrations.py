{%- if cookiecutter.database != "none" -%}
from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_migrations_match_the_models(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Upgrade an empty database to head, then compare it with the models.

    Fails when a model changed without a migration (`alembic revision --autogenerate` makes one),
    or when a migration does not apply or does not roll back.
    """
    # The migrations read DATABASE_URL: point it at the tests' own database.
    monkeypatch.setenv("DATABASE_URL", database_url)
    config = Config(toml_file=PYPROJECT)
    command.upgrade(config, "head")
    try:
        command.check(config)
    finally:
        command.downgrade(config, "base")
{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""The committed migrations build exactly the models' schema, and roll back."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from {{ cookiecutter.project_slug }}.settings import Settings

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_migrations_match_the_models(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Upgrade an empty database to head, then compare it with the models.

    Fails when a model changed without a migration (`alembic revision --autogenerate` makes one),
    or when a migration does not apply or does not roll back.
    """
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    config = Config(toml_file=PYPROJECT)
    command.upgrade(config, "head")
    try:
        command.check(config)
    finally:
        command.downgrade(config, "base")
{%- endif %}

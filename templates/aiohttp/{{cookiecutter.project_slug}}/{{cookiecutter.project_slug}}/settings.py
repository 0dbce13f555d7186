"""Settings, read once from environment variables (python -m also loads .env first)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from aiohttp import web
{%- if cookiecutter.jinja2 == "yes" %}

# Rendered by the page templates, which escape it.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip
{%- endif %}

TRUTHY = {"1", "true", "yes", "on"}


@dataclass(frozen=True, kw_only=True)
class Settings:
    debug: bool = False
{%- if cookiecutter.database == "sqlite" %}
    database_url: str = "sqlite+aiosqlite:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
    database_url: str = "postgresql+asyncpg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """Variables that are unset (or empty) keep the defaults above."""
        return cls(
            debug=environ.get("DEBUG", "").strip().lower() in TRUTHY,
{%- if cookiecutter.database != "none" %}
            database_url=environ.get("DATABASE_URL") or cls.database_url,
{%- endif %}
        )


SETTINGS = web.AppKey("settings", Settings)

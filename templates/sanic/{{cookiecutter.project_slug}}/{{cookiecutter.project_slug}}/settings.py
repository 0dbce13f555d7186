"""Settings, read once from environment variables (create_app loads .env first)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

# The title of the OpenAPI docs.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip

TRUTHY = {"1", "true", "yes", "on"}


def flag(value: str | None, default: bool) -> bool:
    if value is None or not value.strip():
        return default
    return value.strip().lower() in TRUTHY
{%- if cookiecutter.websocket == "yes" %}


def comma_list(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())
{%- endif %}


@dataclass(frozen=True, kw_only=True)
class Settings:
    debug: bool = False
    # The least severe records this app's loggers write: LOG_LEVEL, else DEBUG with DEBUG=true.
    log_level: str = "INFO"
    api_docs: bool = True
{%- if cookiecutter.database == "sqlite" %}
    database_url: str = "sqlite+aiosqlite:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
    database_url: str = "postgresql+asyncpg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
    websocket_origins: tuple[str, ...] = ("http://localhost:8000", "http://127.0.0.1:8000")
{%- endif %}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """Variables that are unset (or empty) keep the defaults above."""
        debug = flag(environ.get("DEBUG"), cls.debug)
        return cls(
            debug=debug,
            log_level=environ.get("LOG_LEVEL", "").strip().upper()
            or ("DEBUG" if debug else cls.log_level),
            api_docs=flag(environ.get("API_DOCS"), cls.api_docs),
{%- if cookiecutter.database != "none" %}
            database_url=environ.get("DATABASE_URL") or cls.database_url,
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
            websocket_origins=comma_list(environ.get("WEBSOCKET_ORIGINS", ""))
            or cls.websocket_origins,
{%- endif %}
        )

"""Settings, read once from environment variables (python -m also loads .env first)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from aiohttp import web

# The OpenAPI document's title{% if cookiecutter.jinja2 == "yes" %}; the page templates render it, escaped{% endif %}.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip

TRUTHY = {"1", "true", "yes", "on"}


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True, kw_only=True)
class Settings:
    debug: bool = False
    # The app's log level; DEBUG=true makes it DEBUG.
    log_level: str = "INFO"
{%- if cookiecutter.websocket == "yes" %}
    # Browser origins, besides this site itself, whose pages may open the WebSocket.
    allowed_origins: tuple[str, ...] = ()
{%- endif %}
{%- if cookiecutter.tasks == "arq" %}
    # The task queue's Redis (tasks.py reads the same variable for the worker).
    redis_url: str = "redis://localhost:6379/0"
    # The Redis key of the job queue; the tests use their own.
    task_queue: str = "arq:queue"
{%- endif %}
{%- if cookiecutter.database == "sqlite" %}
    database_url: str = "sqlite+aiosqlite:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
    database_url: str = "postgresql+asyncpg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """Variables that are unset (or empty) keep the defaults above."""
        log_level = environ.get("LOG_LEVEL", "").strip().upper() or cls.log_level
        if log_level not in LOG_LEVELS:
            raise ValueError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {log_level!r}")
        return cls(
            debug=environ.get("DEBUG", "").strip().lower() in TRUTHY,
            log_level=log_level,
{%- if cookiecutter.websocket == "yes" %}
            allowed_origins=split_list(environ.get("ALLOWED_ORIGINS", "")),
{%- endif %}
{%- if cookiecutter.tasks == "arq" %}
            redis_url=environ.get("REDIS_URL") or cls.redis_url,
            task_queue=environ.get("TASK_QUEUE") or cls.task_queue,
{%- endif %}
{%- if cookiecutter.database != "none" %}
            database_url=environ.get("DATABASE_URL") or cls.database_url,
{%- endif %}
        )


SETTINGS = web.AppKey("settings", Settings)

{%- set asgi = cookiecutter.interface == "asgi" -%}
{%- set db = cookiecutter.database != "none" -%}
"""Settings, read from environment variables and then from ``.env`` (real variables win)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from dotenv import dotenv_values, find_dotenv

# The title and description of the OpenAPI document. fmt: skip keeps long text on one line (ruff
# format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip
DESCRIPTION = {{ cookiecutter.description|py_str }}  # fmt: skip
{%- if cookiecutter.database == "sqlite" %}
DEFAULT_DATABASE_URL = "sqlite{% if asgi %}+aiosqlite{% endif %}:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
DEFAULT_DATABASE_URL = "postgresql+psycopg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}

TRUTHY = {"1", "true", "yes", "on"}


def environment() -> dict[str, str]:
    """The process environment over the values in ``.env`` (found from the working directory up)."""
    from_file = {k: v for k, v in dotenv_values(find_dotenv(usecwd=True)).items() if v is not None}
    return {**from_file, **os.environ}


@dataclass(frozen=True, kw_only=True)
class Settings:
    secret_key: str
    debug: bool = False
    log_level: str = "INFO"
{%- if db %}
    database_url: str = DEFAULT_DATABASE_URL
{%- endif %}

    def __post_init__(self) -> None:
        if not self.secret_key or self.secret_key == "change-me":
            # Refuse to start rather than run with an empty or published secret.
            raise RuntimeError("SECRET_KEY is not set: copy .env.example to .env and fill it in")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings of this deployment; variables that are unset or empty keep the defaults."""
        env = environment() if environ is None else environ
        return cls(
            secret_key=env.get("SECRET_KEY", ""),
            debug=env.get("DEBUG", "").strip().lower() in TRUTHY,
            log_level=env.get("LOG_LEVEL", "").strip().upper() or "INFO",
{%- if db %}
            database_url=database_url(env),
{%- endif %}
        )
{%- if db %}


def database_url(environ: Mapping[str, str] | None = None) -> str:
    """DATABASE_URL, or the default; Alembic reads it here too (it needs no secret)."""
    env = environment() if environ is None else environ
    return env.get("DATABASE_URL") or DEFAULT_DATABASE_URL
{%- endif %}

"""Settings, read once from environment variables (python -m also loads .env first)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
{%- if cookiecutter.websocket == "yes" %}, field{% endif %}
{%- if cookiecutter.pages == "yes" %}

# Rendered by the page templates, which escape it.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip
{%- endif %}

TRUTHY = {"1", "true", "yes", "on"}
PLACEHOLDER_SECRET = "change-me"


@dataclass(frozen=True, kw_only=True)
class Settings:
    # Signs Tornado's secure cookies (cookie_secret); every deployment needs its own.
    secret_key: str
    debug: bool = False
{%- if cookiecutter.database == "sqlite" %}
    database_url: str = "sqlite+aiosqlite:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
    database_url: str = "postgresql+asyncpg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
    # Origins (scheme://host[:port]) whose pages may open /ws besides this server's own, e.g.
    # the public https:// origin when a proxy rewrites the Host header.
    allowed_origins: frozenset[str] = field(default_factory=frozenset)
{%- endif %}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """Variables that are unset (or empty) keep the defaults above; SECRET_KEY is required."""
        secret_key = environ.get("SECRET_KEY", "").strip()
        if not secret_key or secret_key == PLACEHOLDER_SECRET:
            raise RuntimeError(
                "SECRET_KEY is not set: copy .env.example to .env and put a long random value in it"
            )
        return cls(
            secret_key=secret_key,
            debug=environ.get("DEBUG", "").strip().lower() in TRUTHY,
{%- if cookiecutter.database != "none" %}
            database_url=database_url_from_env(environ),
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
            allowed_origins=frozenset(
                origin.strip().rstrip("/")
                for origin in environ.get("ALLOWED_ORIGINS", "").split(",")
                if origin.strip()
            ),
{%- endif %}
        )
{%- if cookiecutter.database != "none" %}


def database_url_from_env(environ: Mapping[str, str] = os.environ) -> str:
    """DATABASE_URL, or the default; Alembic needs only this, not the secret."""
    return environ.get("DATABASE_URL") or Settings.database_url
{%- endif %}


def log_level_from_env(environ: Mapping[str, str] = os.environ) -> str:
    """LOG_LEVEL (debug, info, warning, error or none), as Tornado's --logging option takes it;
    info when unset. `python -m` makes it that option's default, so the command line still wins."""
    return environ.get("LOG_LEVEL", "").strip().lower() or "info"

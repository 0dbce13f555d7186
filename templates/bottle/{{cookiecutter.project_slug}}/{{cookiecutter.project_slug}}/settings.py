{%- if cookiecutter.layout == "package" -%}
{%- set db = cookiecutter.database != "none" -%}
{%- set gevent = cookiecutter.server == "gevent" -%}
"""Settings: environment variables, then ``.env``, then the defaults here."""

import os
from dataclasses import dataclass

from dotenv import dotenv_values, find_dotenv

# Shown on the home page; SimpleTemplate escapes it there like any other value.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip
{%- if cookiecutter.database == "sqlite" %}
DEFAULT_DATABASE_URL = "sqlite:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
DEFAULT_DATABASE_URL = "postgresql+psycopg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}


def read_environment() -> dict[str, str | None]:
    """Environment variables, then ``.env`` (gunicorn does not read it; real variables win)."""
    return {**dotenv_values(find_dotenv(usecwd=True)), **os.environ}


@dataclass(frozen=True)
class Settings:
    secret_key: str
    # DEBUG, INFO, WARNING or ERROR: the least severe log records written.
    log_level: str = "INFO"
{%- if db %}
    database_url: str = DEFAULT_DATABASE_URL
{%- endif %}
{%- if gevent %}
    # GET /_test/slow, which sleeps half a second: only the concurrency test turns it on.
    slow_test_endpoint: bool = False
{%- endif %}

    @classmethod
    def from_environment(cls) -> "Settings":
        env = read_environment()
        secret_key = env.get("SECRET_KEY")
        if not secret_key:
            # Refuse to start rather than sign cookies with an empty or guessable key.
            raise RuntimeError("SECRET_KEY is not set: copy .env.example to .env and fill it in")
        return cls(
            secret_key=secret_key,
            log_level=env.get("LOG_LEVEL") or "INFO",
{%- if db %}
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
{%- endif %}
{%- if gevent %}
            slow_test_endpoint=_flag(env.get("SLOW_TEST_ENDPOINT")),
{%- endif %}
        )
{%- if gevent %}


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}
{%- endif %}
{%- endif %}

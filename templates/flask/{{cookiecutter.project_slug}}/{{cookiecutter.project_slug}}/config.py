{%- set db = cookiecutter.database != "none" -%}
"""Settings: fixed defaults, plus the environment (and ``.env``) when the app is created."""

import os
from typing import Any

from dotenv import dotenv_values, find_dotenv

# Shown on the home page; Jinja escapes it there like any other value.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip
{%- if cookiecutter.database == "sqlite" %}
# A relative SQLite path is inside Flask's instance/ folder (Flask-SQLAlchemy resolves it there).
DEFAULT_DATABASE_URL = "sqlite:///{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
DEFAULT_DATABASE_URL = "postgresql+psycopg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}
{%- if cookiecutter.tasks == "celery" %}
DEFAULT_REDIS_URL = "redis://localhost:6379/0"
{%- endif %}

# Settings that hold in every environment, tests included.
DEFAULTS: dict[str, Any] = {
    "PROJECT_NAME": PROJECT_NAME,
    "LOG_LEVEL": "INFO",
{%- if cookiecutter.auth == "accounts" %}
    "MAIL_BACKEND": "console",
    "MAIL_FROM": "webmaster@localhost",
{%- endif %}
{%- if cookiecutter.tasks == "celery" %}
    "REDIS_URL": DEFAULT_REDIS_URL,
{%- endif %}
    # The session cookie stays out of reach of JavaScript, off plain HTTP, and out of
    # cross-site POSTs and subrequests.
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SECURE": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
{%- if db %}
    # Test pooled connections before use, so a database restart costs no failed request.
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
{%- endif %}
}


def from_environment() -> dict[str, Any]:
    """The deployment's settings: environment variables, then ``.env``, then defaults."""
    # The flask CLI reads .env itself, gunicorn does not; real environment variables win either way.
    env = {**dotenv_values(find_dotenv(usecwd=True)), **os.environ}
    secret_key = env.get("SECRET_KEY")
    if not secret_key:
        # Refuse to start rather than sign sessions with an empty or guessable key.
        raise RuntimeError("SECRET_KEY is not set: copy .env.example to .env and fill it in")
    return {
        "SECRET_KEY": secret_key,
        "SESSION_COOKIE_SECURE": _flag(env.get("SESSION_COOKIE_SECURE"), default=True),
        "LOG_LEVEL": env.get("LOG_LEVEL") or "INFO",
{%- if cookiecutter.auth == "accounts" %}
        # Email (mail.py): "console" prints messages, "smtp" sends them with the SMTP_* settings.
        "MAIL_BACKEND": env.get("MAIL_BACKEND") or "console",
        "MAIL_FROM": env.get("MAIL_FROM") or "webmaster@localhost",
        "SMTP_HOST": env.get("SMTP_HOST") or "localhost",
        "SMTP_PORT": int(env.get("SMTP_PORT") or 587),
        "SMTP_USERNAME": env.get("SMTP_USERNAME") or "",
        "SMTP_PASSWORD": env.get("SMTP_PASSWORD") or "",
        "SMTP_STARTTLS": _flag(env.get("SMTP_STARTTLS"), default=True),
{%- endif %}
{%- if cookiecutter.tasks == "celery" %}
        # Celery's broker and result store (tasks.py).
        "REDIS_URL": env.get("REDIS_URL") or DEFAULT_REDIS_URL,
{%- endif %}
{%- if cookiecutter.server == "gevent" %}
        # GET /_test/slow, which sleeps half a second: only the concurrency test turns it on.
        "SLOW_TEST_ENDPOINT": _flag(env.get("SLOW_TEST_ENDPOINT"), default=False),
{%- endif %}
{%- if db %}
        "SQLALCHEMY_DATABASE_URI": env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
{%- endif %}
    }


def _flag(value: str | None, *, default: bool) -> bool:
    if value is None or not value.strip():
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}

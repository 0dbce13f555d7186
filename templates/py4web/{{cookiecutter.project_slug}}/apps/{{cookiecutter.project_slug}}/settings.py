"""App settings: environment variables first, then the project's ``.env``, then the defaults here.

py4web imports this module once, when it loads the app, so settings are read at start-up.
"""

import os
from pathlib import Path

from dotenv import load_dotenv
from py4web.core import required_folder

APP_FOLDER = Path(__file__).resolve().parent
PROJECT_FOLDER = APP_FOLDER.parent.parent

# `py4web run` does not read .env itself; real environment variables win over it.
load_dotenv(PROJECT_FOLDER / ".env")

# Shown on the home page, where YATL escapes it like any other value.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip
{%- if cookiecutter.database == "sqlite" %}
# pyDAL's form: a relative SQLite path lives in DATABASE_FOLDER.
DEFAULT_DATABASE_URL = "sqlite://{{ cookiecutter.project_slug }}.db"
{%- else %}
DEFAULT_DATABASE_URL = "postgresql://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}


def pydal_uri(url: str) -> str:
    """pyDAL's URI for ``url``: it names PostgreSQL ``postgres://`` (psycopg2), where hosting
    platforms and SQLAlchemy write ``postgresql://`` or ``postgresql+driver://``."""
    scheme, separator, rest = url.partition("://")
    if separator and (scheme == "postgresql" or scheme.startswith("postgresql+")):
        return f"postgres://{rest}"
    return url


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    return default if not value else value in {"1", "true", "yes", "on"}


SESSION_SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SESSION_SECRET_KEY:
    # Refuse to start rather than sign session cookies with an empty or guessable key.
    raise RuntimeError("SECRET_KEY is not set: copy .env.example to .env and fill it in")

DB_URI = pydal_uri(os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL)
# Where pyDAL keeps its migration metadata (*.table files) and relative SQLite files.
DB_FOLDER = os.environ.get("DATABASE_FOLDER") or required_folder(str(APP_FOLDER), "databases")
DB_POOL_SIZE = int(os.environ.get("DATABASE_POOL_SIZE", "10"))
# pyDAL creates and alters tables to match models.py when the app loads (its own migrations).
DB_MIGRATE = _flag("DATABASE_MIGRATE", default=True)

# DEBUG, INFO, WARNING or ERROR: the least severe of the app's log records written (logs.py).
LOG_LEVEL = os.environ.get("LOG_LEVEL", "").strip().upper() or "INFO"

# Auth: strong passwords; registration confirms the e-mail address once SMTP is configured.
PASSWORD_ENTROPY = 50
SMTP_SERVER = os.environ.get("SMTP_SERVER") or None
SMTP_SENDER = os.environ.get("SMTP_SENDER", "noreply@example.com")
SMTP_LOGIN = os.environ.get("SMTP_LOGIN") or None

"""Database connections for Masonite ORM, from DATABASE_URL."""

from masonite.environment import env
from masoniteorm.config import db_url
from masoniteorm.connections import ConnectionResolver

{% if cookiecutter.database == "sqlite" -%}
DEFAULT_URL = "sqlite:///{{ cookiecutter.project_slug }}.sqlite3"
{%- else -%}
DEFAULT_URL = "postgresql://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}

DATABASES = {
    "default": "app",
    # db_url() reads sqlite:///relative.sqlite3, sqlite:////absolute/path and postgresql://...
    "app": db_url(env("DATABASE_URL", DEFAULT_URL, cast=False)),
}

DB = ConnectionResolver().set_connection_details(DATABASES)

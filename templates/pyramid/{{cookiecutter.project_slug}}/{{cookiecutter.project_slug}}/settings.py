{%- set db = cookiecutter.database != "none" -%}
"""What must not live in the committed .ini files comes from the environment.

``SECRET_KEY`` signs the session cookie{% if db %} and ``DATABASE_URL`` selects the database{% endif %}. A ``.env``
file beside the .ini file is read first (the generator wrote one with a fresh secret); variables
already set in the environment win over it, so a deployment never needs the file.
"""

import os
from pathlib import Path

from dotenv import load_dotenv
{%- if db %}
{% if cookiecutter.database == "sqlite" %}
DEFAULT_DATABASE_URL = "sqlite:///./{{ cookiecutter.project_slug }}.db"
{%- else %}
DEFAULT_DATABASE_URL = "postgresql+psycopg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}
{%- endif %}


def load_env_file(directory: Path) -> None:
    load_dotenv(directory / ".env", override=False)
{%- if db %}


def database_url() -> str:
    return os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
{%- endif %}


def from_environment(settings: dict[str, str]) -> dict[str, str]:
    """Return the app settings with the secret{% if db %} and database URL{% endif %} filled in.

    Values passed in explicitly (as the tests do) win over the environment.
    """
    settings = dict(settings)
    settings.setdefault("session.secret", os.environ.get("SECRET_KEY", ""))
    if not settings["session.secret"]:
        raise RuntimeError("SECRET_KEY is not set: put it in the environment or in .env")
{%- if db %}
    settings.setdefault("sqlalchemy.url", database_url())
{%- endif %}
    return settings

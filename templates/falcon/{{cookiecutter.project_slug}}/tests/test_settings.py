{%- set db = cookiecutter.database != "none" -%}
"""Settings from the environment: safe defaults, and no start without a secret."""

from __future__ import annotations

import pytest

from {{ cookiecutter.project_slug }}.settings import {% if db %}DEFAULT_DATABASE_URL, {% endif %}Settings


def test_debug_is_off_unless_asked_for() -> None:
    assert Settings.from_env({"SECRET_KEY": "s"}).debug is False
    assert Settings.from_env({"SECRET_KEY": "s", "DEBUG": "true"}).debug is True


@pytest.mark.parametrize("environ", [{}, {"SECRET_KEY": ""}, {"SECRET_KEY": "change-me"}])
def test_no_start_without_a_secret_key(environ: dict[str, str]) -> None:
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        Settings.from_env(environ)
{%- if db %}


def test_database_url_comes_from_the_environment() -> None:
    assert Settings.from_env({"SECRET_KEY": "s"}).database_url == DEFAULT_DATABASE_URL
    url = "postgresql+psycopg://u:p@db.example:5432/app"
    assert Settings.from_env({"SECRET_KEY": "s", "DATABASE_URL": url}).database_url == url
{%- endif %}

from __future__ import annotations
{%- if cookiecutter.database != "none" %}

import pytest
from sqlalchemy.engine import make_url
{%- endif %}

from {{ cookiecutter.project_slug }}.app import log_config
{% if cookiecutter.database != "none" -%}
from {{ cookiecutter.project_slug }}.db import async_url
{% endif -%}
from {{ cookiecutter.project_slug }}.settings import Settings


def test_defaults_when_the_environment_is_empty() -> None:
    assert Settings.from_env({}) == Settings()
    assert Settings().debug is False
    assert Settings().api_docs is True


def test_flags_from_the_environment() -> None:
    assert Settings.from_env({"DEBUG": "true"}).debug is True
    assert Settings.from_env({"DEBUG": " 1 "}).debug is True
    assert Settings.from_env({"DEBUG": "false"}).debug is False
    assert Settings.from_env({"API_DOCS": "false"}).api_docs is False
    assert Settings.from_env({"API_DOCS": ""}).api_docs is True


def test_log_level_from_the_environment() -> None:
    assert Settings.from_env({}).log_level == "INFO"
    assert Settings.from_env({"LOG_LEVEL": " warning "}).log_level == "WARNING"
    assert Settings.from_env({"DEBUG": "true"}).log_level == "DEBUG"
    assert Settings.from_env({"DEBUG": "true", "LOG_LEVEL": "error"}).log_level == "ERROR"
    own = log_config(Settings(log_level="WARNING"))["loggers"]["{{ cookiecutter.project_slug }}"]
    assert own["level"] == "WARNING"
{%- if cookiecutter.websocket == "yes" %}


def test_websocket_origins_from_the_environment() -> None:
    environ = {"WEBSOCKET_ORIGINS": "https://a.example, https://b.example"}
    expected = ("https://a.example", "https://b.example")
    assert Settings.from_env(environ).websocket_origins == expected
    assert Settings.from_env({"WEBSOCKET_ORIGINS": " "}) == Settings()
{%- endif %}
{%- if cookiecutter.database != "none" %}


def test_database_url_from_the_environment() -> None:
    url = "sqlite+aiosqlite:////var/lib/app/app.db"
    assert Settings.from_env({"DATABASE_URL": url}).database_url == url
    assert Settings.from_env({"DATABASE_URL": ""}) == Settings()


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgresql://app:secret@db:5432/app", "postgresql+asyncpg"),
        ("postgres://app:secret@db:5432/app", "postgresql+asyncpg"),
        ("postgresql+asyncpg://app:secret@db:5432/app", "postgresql+asyncpg"),
        ("sqlite:///./app.db", "sqlite+aiosqlite"),
        ("sqlite+aiosqlite:///./app.db", "sqlite+aiosqlite"),
    ],
)
def test_plain_database_urls_get_an_async_driver(url: str, driver: str) -> None:
    parsed = async_url(url)
    assert parsed.drivername == driver
    # Only the driver changes.
    assert parsed.set(drivername="x") == make_url(url).set(drivername="x")
{%- endif %}

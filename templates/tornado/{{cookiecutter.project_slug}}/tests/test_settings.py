from __future__ import annotations

import pytest
{%- if cookiecutter.database != "none" %}
from sqlalchemy.engine import make_url
{%- endif %}

{% if cookiecutter.database != "none" -%}
from {{ cookiecutter.project_slug }}.db import async_url
{% endif -%}
from {{ cookiecutter.project_slug }}.settings import Settings, log_level_from_env

ENV = {"SECRET_KEY": "s3cret"}


def test_defaults_when_only_the_secret_is_set() -> None:
    assert Settings.from_env(ENV) == Settings(secret_key="s3cret")
    assert Settings(secret_key="s3cret").debug is False


@pytest.mark.parametrize("secret", [None, "", "  ", "change-me"])
def test_the_secret_key_is_required(secret: str | None) -> None:
    environ = {} if secret is None else {"SECRET_KEY": secret}
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        Settings.from_env(environ)


def test_debug_from_the_environment() -> None:
    assert Settings.from_env({**ENV, "DEBUG": "true"}).debug is True
    assert Settings.from_env({**ENV, "DEBUG": " 1 "}).debug is True
    assert Settings.from_env({**ENV, "DEBUG": "false"}).debug is False
    assert Settings.from_env({**ENV, "DEBUG": "0"}).debug is False


def test_log_level_from_the_environment() -> None:
    assert log_level_from_env({}) == "info"
    assert log_level_from_env({"LOG_LEVEL": " WARNING "}) == "warning"
{%- if cookiecutter.websocket == "yes" %}


def test_allowed_origins_from_the_environment() -> None:
    environ = {**ENV, "ALLOWED_ORIGINS": " https://example.com/, http://localhost:3000 ,"}
    assert Settings.from_env(environ).allowed_origins == {
        "https://example.com",
        "http://localhost:3000",
    }
    assert Settings.from_env(ENV).allowed_origins == frozenset()
{%- endif %}
{%- if cookiecutter.database != "none" %}


def test_database_url_from_the_environment() -> None:
    url = "sqlite+aiosqlite:////var/lib/app/app.db"
    assert Settings.from_env({**ENV, "DATABASE_URL": url}).database_url == url
    assert Settings.from_env({**ENV, "DATABASE_URL": ""}) == Settings.from_env(ENV)


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

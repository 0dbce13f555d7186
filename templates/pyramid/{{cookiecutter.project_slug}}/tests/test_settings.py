"""Secrets come from the environment, never from the committed .ini files."""

import pytest

from {{ cookiecutter.project_slug }}.settings import from_environment


def test_secret_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    assert from_environment({})["session.secret"] == "from-the-environment"


def test_missing_secret_key_stops_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        from_environment({})
{%- if cookiecutter.database != "none" %}


def test_database_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "x")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///elsewhere.db")
    assert from_environment({})["sqlalchemy.url"] == "sqlite:///elsewhere.db"
{%- endif %}

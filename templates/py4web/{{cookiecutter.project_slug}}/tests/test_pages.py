"""The health check at the site root, the home page and the static files."""

from typing import Any

import pytest
import webtest

from .conftest import APP_NAME


def test_health_answers_ok_at_the_site_root(client: webtest.TestApp) -> None:
    res = client.get("/health")
    assert res.status_int == 200
    assert res.json == {"status": "ok"}


def test_health_answers_503_when_the_database_fails(
    client: webtest.TestApp, db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(*args: object, **kwargs: object) -> None:
        raise ConnectionError("database unreachable")

    monkeypatch.setattr(db, "executesql", unreachable)
    res = client.get("/health", status=503)
    assert res.json == {"error": "Service Unavailable", "detail": "database unavailable"}


def test_home_page_shows_the_project_name_escaped(client: webtest.TestApp) -> None:
    from apps.{{ cookiecutter.project_slug }}.settings import PROJECT_NAME

    res = client.get(f"/{APP_NAME}/")
    assert res.status_int == 200
    assert res.content_type == "text/html"
    heading = res.html.h1
    assert heading is not None
    assert heading.get_text() == PROJECT_NAME  # parsed back: what YATL wrote was escaped
    assert res.html.find("a", href=f"/{APP_NAME}/auth/login")


def test_static_files_are_served(client: webtest.TestApp) -> None:
    res = client.get(f"/{APP_NAME}/static/css/app.css")
    assert res.status_int == 200
    assert "body" in res.text

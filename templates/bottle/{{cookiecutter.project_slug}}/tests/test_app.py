{%- set db = cookiecutter.database != "none" -%}
{%- set gevent = cookiecutter.server == "gevent" -%}
{%- set module = "app" if cookiecutter.layout == "single-file" else cookiecutter.project_slug -%}
"""The home page, the health check, JSON errors and the settings."""

{% if db or gevent -%}
import dataclasses
{% endif -%}
{% if db -%}
from pathlib import Path
{% endif -%}
{% if db or gevent %}
{% endif -%}
import pytest
import webtest
from bottle import Bottle, html_escape

{% if cookiecutter.layout == "single-file" -%}
from app import PROJECT_NAME, Settings, create_app
{%- else -%}
from {{ module }} import create_app
from {{ module }}.settings import PROJECT_NAME, Settings
{%- endif %}


def test_home_page_shows_the_project_name(client: webtest.TestApp) -> None:
    response = client.get("/")
    assert response.content_type == "text/html"
    assert f"<h1>{html_escape(PROJECT_NAME)}</h1>" in response.text


def test_home_page_escapes_the_project_name(app: Bottle, client: webtest.TestApp) -> None:
    app.config["app.project_name"] = "<script>alert(1)</script>"
    response = client.get("/")
    assert "<script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_health(client: webtest.TestApp) -> None:
    response = client.get("/health")
    assert response.json == {"status": "ok"}
{%- if db %}


def test_health_reports_an_unreachable_database(settings: Settings, tmp_path: Path) -> None:
    # SQLite cannot create a file in a missing folder: a database that is down.
    down = dataclasses.replace(settings, database_url=f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    response = webtest.TestApp(create_app(down)).get("/health", status=503)
    assert response.json["status"] == "error"
{%- endif %}


def test_errors_are_json(client: webtest.TestApp) -> None:
    missing = client.get("/no-such-page", status=404)
    assert missing.content_type == "application/json"
    assert missing.json["error"] == "Not Found"
    wrong_method = client.post("/health", status=405)
    assert wrong_method.json["error"] == "Method Not Allowed"


def test_server_errors_are_json_without_details(app: Bottle, client: webtest.TestApp) -> None:
    def broken() -> str:
        raise RuntimeError("secret internals")

    app.get("/broken", callback=broken)
    # expect_errors: Bottle logs the traceback to wsgi.errors, which WebTest otherwise fails on.
    response = client.get("/broken", status=500, expect_errors=True)
    assert response.json == {"error": "Internal Server Error"}


def test_missing_secret_key_stops_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app()


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
{%- if db %}
    monkeypatch.setenv("DATABASE_URL", "sqlite:///elsewhere.db")
{%- endif %}
    settings = Settings.from_environment()
    assert settings.secret_key == "from-the-environment"
{%- if db %}
    assert settings.database_url == "sqlite:///elsewhere.db"
{%- endif %}
{%- if gevent %}
    assert not settings.slow_test_endpoint


def test_slow_test_endpoint_exists_only_when_enabled(settings: Settings) -> None:
    webtest.TestApp(create_app(settings)).get("/_test/slow", status=404)
    enabled = dataclasses.replace(settings, slow_test_endpoint=True)
    assert webtest.TestApp(create_app(enabled)).get("/_test/slow").json == {"status": "ok"}
{%- endif %}

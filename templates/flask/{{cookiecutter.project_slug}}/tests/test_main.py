{%- set db = cookiecutter.database != "none" -%}
"""The home page, the health check, and the session and CSRF protections."""

import re
{%- if db %}
from pathlib import Path
{%- endif %}
from typing import NoReturn

import pytest
from flask import Flask, request
from flask.testing import FlaskClient
from flask_wtf.csrf import generate_csrf
from markupsafe import escape

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import PROJECT_NAME


def test_home_page_shows_the_project_name(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert f"<h1>{escape(PROJECT_NAME)}</h1>" in response.text


def test_home_page_escapes_the_project_name(app: Flask, client: FlaskClient) -> None:
    app.config["PROJECT_NAME"] = "<script>alert(1)</script>"
    response = client.get("/")
    assert "<script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_health(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}
{%- if db %}


def test_health_reports_an_unreachable_database(tmp_path: Path) -> None:
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key",
            # SQLite cannot create a file in a missing folder: a database that is down.
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'missing' / 'app.db'}",
        }
    )
    response = app.test_client().get("/health")
    assert response.status_code == 503
    assert response.json == {"status": "error", "detail": "database unreachable"}
{%- endif %}


def test_missing_page_is_an_html_page(client: FlaskClient) -> None:
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "<h1>404 Not Found</h1>" in response.text


def test_unhandled_error_is_an_html_500_page(app: Flask) -> None:
    @app.get("/broken")
    def broken() -> NoReturn:
        raise RuntimeError("secret internals")

    app.config["PROPAGATE_EXCEPTIONS"] = False  # answer like production, not raise into the test
    response = app.test_client().get("/broken")
    assert response.status_code == 500
    assert "<h1>500 Internal Server Error</h1>" in response.text
    assert "secret" not in response.text


def test_static_files_are_served(client: FlaskClient) -> None:
    assert 'href="/static/style.css"' in client.get("/").text
    response = client.get("/static/style.css")
    assert response.status_code == 200
    assert response.mimetype == "text/css"
    response.close()


def test_requests_are_logged_with_their_id(
    app: Flask, client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    @app.get("/logged")
    def logged() -> str:
        app.logger.info("inside the request")
        return "ok"

    response = client.get("/logged", headers={"X-Request-ID": "from-the-proxy-1"})
    assert response.headers["X-Request-ID"] == "from-the-proxy-1"
    [record] = [r for r in caplog.records if r.getMessage() == "inside the request"]
    # logs.RequestIdFilter adds the attribute, which LogRecord does not declare.
    assert record.request_id == "from-the-proxy-1"  # type: ignore[attr-defined]
    # Without a well-formed id (spaces could forge a log line) each request gets a new one.
    first = client.get("/health", headers={"X-Request-ID": "a b"}).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert client.get("/health").headers["X-Request-ID"] != first


def test_debug_mode_shows_the_debug_toolbar(app: Flask) -> None:
    settings = {"TESTING": True, "SECRET_KEY": "test-secret-key", "DEBUG": True}
{%- if cookiecutter.database != "none" %}
    settings["SQLALCHEMY_DATABASE_URI"] = app.config["SQLALCHEMY_DATABASE_URI"]
{%- endif %}
    assert 'id="flDebug"' in create_app(settings).test_client().get("/").text
    assert 'id="flDebug"' not in app.test_client().get("/").text


def test_missing_secret_key_stops_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app()

{%- if cookiecutter.server == "gevent" %}


def test_slow_test_endpoint_exists_only_when_enabled(client: FlaskClient) -> None:
    assert client.get("/_test/slow").status_code == 404
    settings = {"TESTING": True, "SECRET_KEY": "test-secret-key", "SLOW_TEST_ENDPOINT": True}
{%- if cookiecutter.database != "none" %}
    settings["SQLALCHEMY_DATABASE_URI"] = "sqlite://"  # never queried here
{%- endif %}
    enabled = create_app(settings)
    assert enabled.test_client().get("/_test/slow").json == {"status": "ok"}
{%- endif %}


@pytest.fixture
def form_client(app: Flask) -> FlaskClient:
    """The app plus a form view like those it will grow: CSRFProtect guards it, no view code."""

    @app.route("/test-form", methods=["GET", "POST"])
    def form() -> str:
        return "saved" if request.method == "POST" else generate_csrf()

    return app.test_client()


def test_session_cookie_is_secure_httponly_and_samesite(form_client: FlaskClient) -> None:
    response = form_client.get("/test-form")  # the CSRF token is kept in the session
    cookie = response.headers["Set-Cookie"]
    assert "; Secure" in cookie
    assert "; HttpOnly" in cookie
    assert "; SameSite=Lax" in cookie


def test_form_post_without_csrf_token_is_rejected(form_client: FlaskClient) -> None:
    assert form_client.post("/test-form", data={"name": "x"}).status_code == 400


def test_form_post_with_csrf_token_is_accepted(form_client: FlaskClient) -> None:
    token = form_client.get("/test-form").text
    response = form_client.post("/test-form", data={"name": "x", "csrf_token": token})
    assert response.status_code == 200
    assert response.text == "saved"

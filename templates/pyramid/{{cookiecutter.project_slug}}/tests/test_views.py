{%- set db = cookiecutter.database != "none" -%}
"""The home page, sessions and CSRF protection, and the health check."""

import logging
import re
from collections.abc import Callable
{%- if db %}
from pathlib import Path
{%- endif %}

import pytest
import webtest

from {{ cookiecutter.project_slug }} import main
from {{ cookiecutter.project_slug }}.logs import RequestIdFormatter, current_request_id


def test_home_page_renders(testapp: webtest.TestApp) -> None:
    page = testapp.get("/", status=200)
    assert page.content_type == "text/html"
    assert "<h1>" in page.text
    assert 'name="csrf_token"' in page.text


def test_post_with_token_greets_and_escapes(testapp: webtest.TestApp, csrf_token: str) -> None:
    reply = testapp.post("/", {"name": "<b>Ada</b>", "csrf_token": csrf_token}, status=303)
    page = reply.follow()
    assert "Hello, &lt;b&gt;Ada&lt;/b&gt;!" in page.text
    # A flash message is shown once.
    assert "Hello," not in testapp.get("/").text


def test_post_without_token_is_rejected(testapp: webtest.TestApp) -> None:
    testapp.get("/")  # a session exists, but the form did not come from it
    testapp.post("/", {"name": "Mallory"}, status=400)


def test_post_with_wrong_token_is_rejected(testapp: webtest.TestApp, csrf_token: str) -> None:
    testapp.post("/", {"name": "Mallory", "csrf_token": csrf_token + "x"}, status=400)


@pytest.mark.parametrize(
    ("origin", "status"), [("https://example.com", 303), ("https://evil.example", 400)]
)
def test_https_posts_must_come_from_this_site(
    testapp: webtest.TestApp, csrf_token: str, origin: str, status: int
) -> None:
    # Over HTTPS a valid token is not enough: the Origin must be this site, too.
    testapp.post(
        "/",
        {"name": "Ada", "csrf_token": csrf_token},
        headers={"Origin": origin},
        extra_environ={"wsgi.url_scheme": "https"},
        status=status,
    )


def test_session_cookie_is_httponly_and_samesite(testapp: webtest.TestApp) -> None:
    cookie = testapp.get("/").headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_session_cookie_is_secure_unless_configured_otherwise(app_settings: dict[str, str]) -> None:
    settings = {key: value for key, value in app_settings.items() if key != "session.secure"}
    cookie = webtest.TestApp(main({}, **settings)).get("/").headers["Set-Cookie"]
    assert "secure" in cookie.lower().split("; ")


def test_missing_page_is_an_html_page(testapp: webtest.TestApp) -> None:
    reply = testapp.get("/no-such-page", status=404)
    assert reply.content_type == "text/html"
    assert "<h1>404 Not Found</h1>" in reply.text


def test_unhandled_error_is_an_html_500_page(broken_app: Callable[[str], webtest.TestApp]) -> None:
    reply = broken_app("/broken").get("/broken", status=500)
    assert reply.content_type == "text/html"
    assert "<h1>500 Internal Server Error</h1>" in reply.text
    assert "secret" not in reply.text


def test_static_files_are_served(testapp: webtest.TestApp) -> None:
    assert 'href="/static/style.css"' in testapp.get("/").text
    reply = testapp.get("/static/style.css", status=200)
    assert reply.content_type == "text/css"


def test_requests_get_an_id_in_logs_and_headers(testapp: webtest.TestApp) -> None:
    reply = testapp.get("/health", headers={"X-Request-ID": "proxy-1"})
    assert reply.headers["X-Request-ID"] == "proxy-1"
    # Without a well-formed id (spaces could forge a log line) each request gets a new one.
    first = testapp.get("/health", headers={"X-Request-ID": "a b"}).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert testapp.get("/health").headers["X-Request-ID"] != first


def test_log_lines_carry_the_request_id() -> None:
    formatter = RequestIdFormatter("[%(request_id)s] %(message)s")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    assert formatter.format(record) == "[-] hello"
    token = current_request_id.set("proxy-1")
    try:
        assert formatter.format(record) == "[proxy-1] hello"
    finally:
        current_request_id.reset(token)


def test_health(testapp: webtest.TestApp) -> None:
    reply = testapp.get("/health", status=200)
    assert reply.json == {"status": "ok"}
{%- if db %}


def test_health_reports_an_unreachable_database(
    app_settings: dict[str, str], tmp_path: Path
) -> None:
    unreachable = f"sqlite:///{tmp_path}/no-such-folder/db.sqlite"
    broken = main({}, **{**app_settings, "sqlalchemy.url": unreachable})
    reply = webtest.TestApp(broken).get("/health", status=503)
    assert reply.json["status"] == "error"
{%- endif %}

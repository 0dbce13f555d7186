"""The HTTP routes, through treq's StubTreq; pytest-twisted runs each async test on the reactor."""

from __future__ import annotations

import json

import pytest
import pytest_twisted
from treq.client import HTTPClient
from twisted.web.http_headers import Headers

from {{ cookiecutter.project_slug }} import app as app_module
from {{ cookiecutter.project_slug }}.settings import PROJECT_NAME, Settings

BASE = "http://localhost"


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_health(client: HTTPClient) -> None:
    response = await client.get(f"{BASE}/health")
    assert response.code == 200
    assert response.headers.getRawHeaders("Content-Type") == ["application/json"]
    assert await response.json() == {"status": "ok"}


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_greeting_from_the_path(client: HTTPClient) -> None:
    response = await client.get(f"{BASE}/api/greetings/Ada")
    assert response.code == 200
    assert await response.json() == {"greeting": "Hello, Ada!"}


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_greeting_from_a_json_body(client: HTTPClient) -> None:
    response = await client.post(f"{BASE}/api/greetings", json={"name": " Grace "})
    assert response.code == 201
    assert await response.json() == {"greeting": "Hello, Grace!"}


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b'{"name": "x"}', b"text/plain", 415),
        (b"{not json", b"application/json", 400),
        (b'{"name": ""}', b"application/json", 422),
        (b'{"name": 7}', b"application/json", 422),
        (b'["name"]', b"application/json", 422),
    ],
)
@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_bad_greeting_requests_get_json_errors(
    client: HTTPClient, body: bytes, content_type: bytes, status: int
) -> None:
    response = await client.post(
        f"{BASE}/api/greetings", data=body, headers=Headers({b"Content-Type": [content_type]})
    )
    assert response.code == status
    assert "error" in await response.json()


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_an_unknown_path_is_a_json_404(client: HTTPClient) -> None:
    response = await client.get(f"{BASE}/no-such-page")
    assert response.code == 404
    assert await response.json() == {"error": "Not Found"}


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_a_wrong_method_is_a_json_405_that_says_what_is_allowed(client: HTTPClient) -> None:
    response = await client.delete(f"{BASE}/health")
    assert response.code == 405
    assert await response.json() == {"error": "Method Not Allowed"}
    assert "GET" in response.headers.getRawHeaders("Allow")[0]


def broken_page() -> None:
    raise RuntimeError("a bug")


# Parametrizing the settings fixture gives the client fixture an app with each of them.
@pytest.mark.parametrize(
    "settings", [Settings(debug=False), Settings(debug=True)], ids=["production", "debug"]
)
@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_a_bug_is_a_json_500_with_the_traceback_only_in_debug(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, client: HTTPClient
) -> None:
    monkeypatch.setattr(app_module, "IndexPage", broken_page)
    response = await client.get(f"{BASE}/")
    assert response.code == 500
    body = json.loads(await response.text())
    assert body["error"] == "Internal Server Error"
    assert ("RuntimeError: a bug" in body.get("traceback", "")) == settings.debug


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_the_index_page_is_html_with_the_project_name_escaped(client: HTTPClient) -> None:
    response = await client.get(f"{BASE}/")
    assert response.code == 200
    assert response.headers.getRawHeaders("Content-Type") == ["text/html; charset=utf-8"]
    html = await response.text()  # decoded with the charset the header names
    assert html.startswith("<!DOCTYPE html>")
    escaped = PROJECT_NAME.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert f"<h1>{escaped}</h1>" in html

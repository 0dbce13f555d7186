{%- set asgi = cookiecutter.interface == "asgi" -%}
"""Errors in Falcon's JSON shape, and the request id on every response and log record."""

from __future__ import annotations

import logging
import re

import falcon{% if asgi %}.asgi{% endif %}
import pytest
from falcon import testing

from {{ cookiecutter.project_slug }}.app import App

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class Broken:
    {% if asgi %}async {% endif %}def on_get(self, req: falcon{% if asgi %}.asgi{% endif %}.Request, resp: falcon{% if asgi %}.asgi{% endif %}.Response) -> None:
        raise RuntimeError("a bug with a secret in its message")


def test_unknown_path_is_404(client: testing.TestClient) -> None:
    response = client.simulate_get("/no-such-page")
    assert response.status_code == 404
    assert response.json == {"title": "404 Not Found"}


def test_browsers_get_json_errors_too(client: testing.TestClient) -> None:
    response = client.simulate_get("/no-such-page", headers={"Accept": BROWSER_ACCEPT})
    assert response.status_code == 404
    assert response.headers["Content-Type"] == falcon.MEDIA_JSON
    assert response.json == {"title": "404 Not Found"}


def test_wrong_method_is_405_with_the_allowed_ones(client: testing.TestClient) -> None:
    response = client.simulate_delete("/health")
    assert response.status_code == 405
    assert response.json == {"title": "405 Method Not Allowed"}
    assert "GET" in response.headers["Allow"]


def test_unexpected_error_is_a_logged_500_without_details(
    app: App, client: testing.TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    app.add_route("/broken", Broken())
    response = client.simulate_get("/broken", headers={"X-Request-ID": "req-500"})
    assert response.status_code == 500
    assert response.json == {"title": "500 Internal Server Error"}
    assert response.headers["X-Request-ID"] == "req-500"
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert record.request_id == "req-500"  # type: ignore[attr-defined]  # logs.RequestIdFilter adds it


def test_every_response_carries_a_fresh_request_id(client: testing.TestClient) -> None:
    first = client.simulate_get("/health").headers["X-Request-ID"]
    second = client.simulate_get("/no-such-page").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


@pytest.mark.parametrize(
    ("incoming", "kept"),
    [
        ("abc-123", True),
        ("lb:" + "a" * 125, True),
        ("a" * 129, False),
        ("a b", False),
        ("<x>", False),
    ],
)
def test_a_plain_incoming_request_id_is_kept(
    client: testing.TestClient, incoming: str, kept: bool
) -> None:
    response = client.simulate_get("/health", headers={"X-Request-ID": incoming})
    assert (response.headers["X-Request-ID"] == incoming) == kept


def test_each_request_is_logged_with_its_id(
    client: testing.TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    client.simulate_get("/health", params={"probe": "1"}, headers={"X-Request-ID": "req-1"})
    [record] = [r for r in caplog.records if r.name.endswith(".middleware")]
    assert record.getMessage().startswith("GET /health?probe=1 200 ")
    assert record.request_id == "req-1"  # type: ignore[attr-defined]  # logs.RequestIdFilter adds it

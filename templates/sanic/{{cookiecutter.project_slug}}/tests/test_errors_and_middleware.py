from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sanic import DefaultSanic, Request
from sanic_testing.testing import SanicASGITestClient

from {{ cookiecutter.project_slug }}.app import create_app


async def test_a_request_id_is_generated(client: SanicASGITestClient) -> None:
    _, first = await client.get("/health")
    _, second = await client.get("/health")
    assert len(first.headers["X-Request-ID"]) == 32
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]


async def test_a_plain_incoming_request_id_is_kept(client: SanicASGITestClient) -> None:
    _, response = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert response.headers["X-Request-ID"] == "abc-123"


async def test_an_unsafe_incoming_request_id_is_replaced(client: SanicASGITestClient) -> None:
    _, response = await client.get("/health", headers={"X-Request-ID": "evil\tlog line"})
    assert response.headers["X-Request-ID"] != "evil\tlog line"
    assert len(response.headers["X-Request-ID"]) == 32


async def test_every_request_is_logged_with_its_id(
    client: SanicASGITestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="{{ cookiecutter.project_slug }}"):
        await client.get("/health", headers={"X-Request-ID": "trace-me"})
        await client.get("/no-such-page", headers={"X-Request-ID": "lost-one"})
    lines = [record.getMessage() for record in caplog.records]
    assert any("GET /health 200" in line and "request_id=trace-me" in line for line in lines)
    assert any("GET /no-such-page 404" in line and "request_id=lost-one" in line for line in lines)


async def test_no_access_line_above_info(
    client: SanicASGITestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="{{ cookiecutter.project_slug }}"):
        await client.get("/health")
    assert not [r for r in caplog.records if r.name.startswith("{{ cookiecutter.project_slug }}")]


async def test_not_found_is_json(client: SanicASGITestClient) -> None:
    _, response = await client.get("/no-such-page")
    assert response.status == 404
    assert "error" in response.json
    assert "X-Request-ID" in response.headers


async def test_method_not_allowed_is_json_and_keeps_allow(client: SanicASGITestClient) -> None:
    _, response = await client.delete("/health")
    assert response.status == 405
    assert "error" in response.json
    assert "GET" in response.headers["Allow"]


async def test_an_unhandled_error_is_a_json_500(app: DefaultSanic) -> None:
    @app.get("/broken")
    async def broken(request: Request) -> None:
        raise RuntimeError("boom")

    _, response = await app.asgi_client.get("/broken")
    assert response.status == 500
    assert response.json == {"error": "Internal Server Error"}  # no internals leak
    assert "X-Request-ID" in response.headers


async def test_the_factory_reads_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`sanic ... --factory` calls create_app() without settings: they come from the environment."""
    monkeypatch.chdir(tmp_path)  # no .env here, so nothing of the developer's is loaded
    monkeypatch.setenv("API_DOCS", "false")
    _, response = await create_app().asgi_client.get("/docs/openapi.json")
    assert response.status == 404
    assert "error" in response.json


async def test_openapi_docs_describe_the_api(client: SanicASGITestClient) -> None:
    _, response = await client.get("/docs/openapi.json")
    assert response.status == 200
    assert "/health" in response.json["paths"]
{%- if cookiecutter.database != "none" %}
    assert "/items" in response.json["paths"]
{%- endif %}

from __future__ import annotations

import logging

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pytest_aiohttp import AiohttpClient

from {{ cookiecutter.project_slug }}.access_log import AccessLogger


async def test_a_request_id_is_generated(client: TestClient[web.Request, web.Application]) -> None:
    first = await client.get("/health")
    second = await client.get("/health")
    assert len(first.headers["X-Request-ID"]) == 32
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]


async def test_a_plain_incoming_request_id_is_kept(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert response.headers["X-Request-ID"] == "abc-123"


async def test_an_unsafe_incoming_request_id_is_replaced(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.get("/health", headers={"X-Request-ID": "evil\tlog line"})
    assert response.headers["X-Request-ID"] != "evil\tlog line"
    assert len(response.headers["X-Request-ID"]) == 32


async def test_not_found_is_json(client: TestClient[web.Request, web.Application]) -> None:
    response = await client.get("/no-such-page")
    assert response.status == 404
    assert await response.json() == {"detail": "Not Found"}
    assert "X-Request-ID" in response.headers


async def test_method_not_allowed_is_json_and_keeps_allow(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.delete("/health")
    assert response.status == 405
    assert await response.json() == {"detail": "Method Not Allowed"}
    assert "GET" in response.headers["Allow"]


async def test_an_unhandled_error_is_a_json_500(
    aiohttp_client: AiohttpClient, app: web.Application
) -> None:
    async def broken(request: web.Request) -> web.Response:
        raise RuntimeError("boom")

    app.router.add_get("/broken", broken)
    client = await aiohttp_client(app)
    response = await client.get("/broken")
    assert response.status == 500
    assert await response.json() == {"detail": "Internal Server Error"}  # no internals leak
    assert "X-Request-ID" in response.headers


async def test_every_request_is_logged_with_its_id(
    aiohttp_client: AiohttpClient, app: web.Application, caplog: pytest.LogCaptureFixture
) -> None:
    """The production server's access log (python -m ... passes AccessLogger), errors included."""
    server = TestServer(app)
    await server.start_server(access_log_class=AccessLogger)  # as web.run_app passes it on
    client: TestClient[web.Request, None] = await aiohttp_client(server)
    with caplog.at_level(logging.INFO, logger="aiohttp.access"):
        await client.get("/health", headers={"X-Request-ID": "trace-me"})
        await client.get("/no-such-page", headers={"X-Request-ID": "lost-one"})
    lines = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert any('"GET /health" 200' in line and "request_id=trace-me" in line for line in lines)
    assert any(
        '"GET /no-such-page" 404' in line and "request_id=lost-one" in line for line in lines
    )

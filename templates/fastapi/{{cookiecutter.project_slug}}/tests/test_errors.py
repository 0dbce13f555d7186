import logging

import httpx2
import pytest
from fastapi import FastAPI

from {{ cookiecutter.project_slug }}.log import FORMAT, RequestIdFilter, current_request_id


async def test_not_found_and_method_not_allowed_are_json(client: httpx2.AsyncClient) -> None:
    missing = await client.get("/no-such-page")
    wrong_method = await client.delete("/health")

    assert missing.status_code == 404
    assert missing.json() == {"detail": "Not Found"}
    assert wrong_method.status_code == 405
    assert wrong_method.json() == {"detail": "Method Not Allowed"}


async def test_an_unhandled_error_is_a_json_500_with_the_request_id(
    app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    @app.get("/broken")
    async def broken() -> None:
        raise RuntimeError("internal detail")

    # raise_app_exceptions=False: a real server, too, answers and then logs the traceback.
    transport = httpx2.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/broken", headers={"X-Request-ID": "report-42"})

    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"detail": "Internal Server Error"}  # no internals leak
    assert response.headers["X-Request-ID"] == "report-42"
    assert any("report-42" in record.getMessage() for record in caplog.records)


async def test_every_response_has_a_request_id(client: httpx2.AsyncClient) -> None:
    first = await client.get("/health")
    second = await client.get("/health")
    kept = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    unsafe = await client.get("/health", headers={"X-Request-ID": "evil\tlog line"})

    assert len(first.headers["X-Request-ID"]) == 32
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]
    assert kept.headers["X-Request-ID"] == "abc-123"
    assert len(unsafe.headers["X-Request-ID"]) == 32


def test_log_lines_show_the_request_id() -> None:
    record = logging.LogRecord("app", logging.INFO, __file__, 1, "hello", None, None)
    token = current_request_id.set("abc-123")
    try:
        RequestIdFilter().filter(record)
    finally:
        current_request_id.reset(token)

    assert logging.Formatter(FORMAT).format(record).endswith("app [abc-123] hello")

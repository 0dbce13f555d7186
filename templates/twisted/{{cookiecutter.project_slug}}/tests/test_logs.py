"""Logging: LOG_LEVEL, and the request id on every response and every log line."""

from __future__ import annotations

import logging
from typing import cast

import pytest
import pytest_twisted
from treq.client import HTTPClient
from treq.testing import StubTreq
from twisted.web.http_headers import Headers
from twisted.web.iweb import IRequest
from twisted.web.resource import Resource

from {{ cookiecutter.project_slug }}.__main__ import TWISTED_LEVELS
from {{ cookiecutter.project_slug }}.app import RequestIdResource
from {{ cookiecutter.project_slug }}.logs import APP_LOGGER, FORMAT, configure_logging, request_id_from
from {{ cookiecutter.project_slug }}.settings import Settings

BASE = "http://localhost"
logger = logging.getLogger(f"{APP_LOGGER}.tests")


class LoggingPage(Resource):
    isLeaf = True

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # Resource's __init__ has no hints

    def render_GET(self, request: IRequest) -> bytes:
        logger.info("inside the request")
        return b"ok"


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_every_response_gets_a_fresh_request_id(client: HTTPClient) -> None:
    first = await client.get(f"{BASE}/health")
    second = await client.get(f"{BASE}/no-such-page")
    [first_id] = first.headers.getRawHeaders("X-Request-ID")
    [second_id] = second.headers.getRawHeaders("X-Request-ID")
    assert len(first_id) == 32
    assert first_id != second_id


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_a_plain_incoming_request_id_is_kept(client: HTTPClient) -> None:
    response = await client.get(
        f"{BASE}/health", headers=Headers({"X-Request-ID": ["lb:1234-abcd"]})
    )
    assert response.headers.getRawHeaders("X-Request-ID") == ["lb:1234-abcd"]


@pytest.mark.parametrize("unsafe", ["x" * 129, "two words", "semi;colon"])
@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_an_unsafe_incoming_request_id_is_replaced(client: HTTPClient, unsafe: str) -> None:
    response = await client.get(f"{BASE}/health", headers=Headers({"X-Request-ID": [unsafe]}))
    [request_id] = response.headers.getRawHeaders("X-Request-ID")
    assert request_id != unsafe
    assert len(request_id) == 32


def test_an_id_with_a_newline_is_replaced() -> None:
    # No HTTP client sends a newline inside a header; a raw request could, so the rule covers it.
    assert request_id_from("a\nforged line") != "a\nforged line"
    assert len(request_id_from("a\nforged line")) == 32


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_log_lines_written_during_a_request_carry_its_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    configure_logging("INFO")
    # As in conftest.py: StubTreq stands in for an HTTPClient, whose methods mypy cannot see on it.
    client = cast(HTTPClient, StubTreq(RequestIdResource(LoggingPage())))
    response = await client.get(f"{BASE}/", headers=Headers({"X-Request-ID": ["req-42"]}))
    assert await response.content() == b"ok"
    logger.info("after the request")
    inside, after = caplog.records
    assert vars(inside)["request_id"] == "req-42"  # set by the log filter, not a LogRecord field
    assert "[req-42] inside the request" in logging.Formatter(FORMAT).format(inside)
    assert vars(after)["request_id"] == "-"


def test_log_level_comes_from_the_environment() -> None:
    assert Settings.from_env({}).log_level == "INFO"
    settings = Settings.from_env({"LOG_LEVEL": "warning"})
    assert settings.log_level == "WARNING"
    assert settings.log_level in TWISTED_LEVELS
    configure_logging(settings.log_level)
    assert not logger.isEnabledFor(logging.INFO)
    assert logger.isEnabledFor(logging.WARNING)
    configure_logging("INFO")

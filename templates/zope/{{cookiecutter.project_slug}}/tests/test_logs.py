"""Logging: LOG_LEVEL, and the request id on every response and every log line."""

import logging
from collections.abc import Iterable
from typing import Any

import pytest
from webtest import TestApp

from {{ cookiecutter.project_slug }}.logs import APP_LOGGER, FORMAT, StartResponse
from {{ cookiecutter.project_slug }}.middleware import filter_factory

logger = logging.getLogger(f"{APP_LOGGER}.tests")


def logging_app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    logger.info("inside the request")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def test_every_response_gets_a_fresh_request_id(anonymous: TestApp) -> None:
    first = anonymous.get("/health").headers["X-Request-ID"]
    second = anonymous.get("/no-such-page", status=404).headers["X-Request-ID"]
    assert len(first) == 32
    assert first != second


def test_a_plain_incoming_request_id_is_kept(anonymous: TestApp) -> None:
    response = anonymous.get("/health", headers={"X-Request-ID": "lb:1234-abcd"})
    assert response.headers["X-Request-ID"] == "lb:1234-abcd"


@pytest.mark.parametrize("unsafe", ["a\nforged line", "x" * 129, "two words"])
def test_an_unsafe_incoming_request_id_is_replaced(anonymous: TestApp, unsafe: str) -> None:
    # Through the environ: WebTest itself refuses a header with a newline.
    response = anonymous.get("/health", extra_environ={"HTTP_X_REQUEST_ID": unsafe})
    assert response.headers["X-Request-ID"] != unsafe
    assert len(response.headers["X-Request-ID"]) == 32


def test_log_lines_written_during_a_request_carry_its_id(caplog: pytest.LogCaptureFixture) -> None:
    client = TestApp(filter_factory({})(logging_app))
    client.get("/", headers={"X-Request-ID": "req-42"})
    logger.info("after the request")
    inside, after = caplog.records
    assert vars(inside)["request_id"] == "req-42"  # set by the log filter, not a LogRecord field
    assert "[req-42] inside the request" in logging.Formatter(FORMAT).format(inside)
    assert vars(after)["request_id"] == "-"


def test_log_level_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_LEVEL", "warning")
    filter_factory({})
    assert not logger.isEnabledFor(logging.INFO)
    assert logger.isEnabledFor(logging.WARNING)
    monkeypatch.delenv("LOG_LEVEL")
    filter_factory({})
    assert logger.isEnabledFor(logging.INFO)

{%- set module = "app" if cookiecutter.layout == "single-file" else cookiecutter.project_slug -%}
"""Logging: LOG_LEVEL, and the request id on every response and every log line."""

import dataclasses
import logging

import pytest
import webtest
from bottle import Bottle

{% if cookiecutter.layout == "single-file" -%}
from app import Settings, create_app
from logs import APP_LOGGER, FORMAT
{%- else -%}
from {{ module }} import create_app
from {{ module }}.logs import APP_LOGGER, FORMAT
from {{ module }}.settings import Settings
{%- endif %}

logger = logging.getLogger(f"{APP_LOGGER}.tests")


def test_every_response_gets_a_fresh_request_id(client: webtest.TestApp) -> None:
    first = client.get("/health").headers["X-Request-ID"]
    second = client.get("/no-such-page", status=404).headers["X-Request-ID"]
    assert len(first) == 32
    assert first != second


def test_a_plain_incoming_request_id_is_kept(client: webtest.TestApp) -> None:
    response = client.get("/health", headers={"X-Request-ID": "lb:1234-abcd"})
    assert response.headers["X-Request-ID"] == "lb:1234-abcd"


@pytest.mark.parametrize("unsafe", ["a\nforged line", "x" * 129, "two words"])
def test_an_unsafe_incoming_request_id_is_replaced(client: webtest.TestApp, unsafe: str) -> None:
    # Through the environ: WebTest itself refuses a header with a newline.
    response = client.get("/health", extra_environ={"HTTP_X_REQUEST_ID": unsafe})
    assert response.headers["X-Request-ID"] != unsafe
    assert len(response.headers["X-Request-ID"]) == 32


def test_log_lines_written_during_a_request_carry_its_id(
    app: Bottle, client: webtest.TestApp, caplog: pytest.LogCaptureFixture
) -> None:
    def logged() -> str:
        logger.info("inside the request")
        return "ok"

    app.get("/logged", callback=logged)
    client.get("/logged", headers={"X-Request-ID": "req-42"})
    logger.info("after the request")
    inside, after = caplog.records
    assert vars(inside)["request_id"] == "req-42"  # set by the log filter, not a LogRecord field
    assert "[req-42] inside the request" in logging.Formatter(FORMAT).format(inside)
    assert vars(after)["request_id"] == "-"


def test_log_level_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    monkeypatch.setenv("LOG_LEVEL", "warning")
    assert Settings.from_environment().log_level == "warning"
    create_app(dataclasses.replace(settings, log_level="warning"))
    assert not logger.isEnabledFor(logging.INFO)
    assert logger.isEnabledFor(logging.WARNING)
    monkeypatch.delenv("LOG_LEVEL")
    assert Settings.from_environment().log_level == "INFO"
    create_app(settings)
    assert logger.isEnabledFor(logging.INFO)

"""Logging: LOG_LEVEL, and the request id on every answer of the app and every log line."""

import logging
from typing import Any

import pytest
import webtest


def test_every_answer_gets_a_fresh_request_id(client: webtest.TestApp) -> None:
    first = client.get("/health").headers["X-Request-ID"]
    second = client.get("/{{ cookiecutter.project_slug }}/api/nothing-here", status=404)
    assert len(first) == 32
    assert first != second.headers["X-Request-ID"]


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
    client: webtest.TestApp,
    db: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from apps.{{ cookiecutter.project_slug }}.logs import FORMAT

    def unreachable(*args: object, **kwargs: object) -> None:
        raise ConnectionError("database unreachable")

    monkeypatch.setattr(db, "executesql", unreachable)
    client.get("/health", headers={"X-Request-ID": "req-42"}, status=503)
    [record] = [r for r in caplog.records if r.name.endswith(".controllers")]
    assert vars(record)["request_id"] == "req-42"  # set by the log filter, not a LogRecord field
    assert "[req-42] health check" in logging.Formatter(FORMAT).format(record)


def test_log_level_comes_from_the_environment(
    wsgi_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from apps.{{ cookiecutter.project_slug }} import settings
    from apps.{{ cookiecutter.project_slug }}.logs import APP_LOGGER, configure_logging

    logger = logging.getLogger(APP_LOGGER)
    assert settings.LOG_LEVEL == "INFO"
    assert logger.isEnabledFor(logging.INFO)
    monkeypatch.setenv("LOG_LEVEL", "warning")
    try:
        configure_logging(importlib.reload(settings).LOG_LEVEL)
        assert not logger.isEnabledFor(logging.INFO)
        assert logger.isEnabledFor(logging.WARNING)
    finally:
        monkeypatch.delenv("LOG_LEVEL")
        configure_logging(importlib.reload(settings).LOG_LEVEL)

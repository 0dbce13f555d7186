"""Logging: LOG_LEVEL, and the request id on every response and every log line, through the WSGI
application itself, as gunicorn calls it."""

import logging
import os
from collections.abc import Iterable
from unittest import mock
from wsgiref.types import StartResponse, WSGIEnvironment

from masonite.utils.http import generate_wsgi

from app.Kernel import Kernel
from app.logs import APP_LOGGER, FORMAT, RequestIdMiddleware, configure_logging
from tests.TestCase import TestCase

logger = logging.getLogger(f"{APP_LOGGER}.tests")


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.caught: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == logger.name:
            self.caught.append(record)


class TestRequestIds(TestCase):
    def request_id(self, path: str = "/health", **environ: str) -> str:
        headers: list[tuple[str, str]] = []
        reply = self.application(
            generate_wsgi(environ, path=path),
            lambda status, response_headers: headers.extend(response_headers),
        )
        b"".join(reply)
        [request_id] = [value for name, value in headers if name == "X-Request-ID"]
        return request_id

    def test_every_response_gets_a_fresh_request_id(self) -> None:
        first = self.request_id()
        second = self.request_id("/no-such-page")
        assert len(first) == 32
        assert first != second

    def test_a_plain_incoming_request_id_is_kept(self) -> None:
        assert self.request_id(HTTP_X_REQUEST_ID="lb:1234-abcd") == "lb:1234-abcd"

    def test_an_unsafe_incoming_request_id_is_replaced(self) -> None:
        for unsafe in ["a\nforged line", "x" * 129, "two words"]:
            request_id = self.request_id(HTTP_X_REQUEST_ID=unsafe)
            assert request_id != unsafe
            assert len(request_id) == 32

    def test_log_lines_written_during_a_request_carry_its_id(self) -> None:
        def logging_app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
            logger.info("inside the request")
            start_response("200 OK", [])
            return [b"ok"]

        # Caught at the root, after the app's handler has tagged the records (assertLogs would
        # replace that handler).
        records = Records()
        logging.getLogger().addHandler(records)
        try:
            RequestIdMiddleware(logging_app)(
                generate_wsgi({"HTTP_X_REQUEST_ID": "req-42"}), lambda *args: None
            )
            logger.info("after the request")
        finally:
            logging.getLogger().removeHandler(records)
        inside, after = records.caught
        assert vars(inside)["request_id"] == "req-42"  # set by the log filter
        assert "[req-42] inside the request" in logging.Formatter(FORMAT).format(inside)
        assert vars(after)["request_id"] == "-"

    def test_log_level_comes_from_the_environment(self) -> None:
        try:
            with mock.patch.dict(os.environ, {"LOG_LEVEL": "warning"}):
                Kernel(self.application).load_environment()
                assert not logger.isEnabledFor(logging.INFO)
                assert logger.isEnabledFor(logging.WARNING)
        finally:
            configure_logging("INFO")

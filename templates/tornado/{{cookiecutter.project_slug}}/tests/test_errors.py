"""Request ids and JSON errors."""

from __future__ import annotations

import logging

from tornado.testing import ExpectLog
from tornado.web import Application

from {{ cookiecutter.project_slug }}.base import JsonHandler

from .support import AppTestCase, json_of


class BrokenHandler(JsonHandler):
    def get(self) -> None:
        raise RuntimeError("boom")


class RequestIdTest(AppTestCase):
    def test_a_request_id_is_generated(self) -> None:
        first = self.fetch("/health")
        second = self.fetch("/health")
        assert len(first.headers["X-Request-ID"]) == 32
        assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]

    def test_a_plain_incoming_request_id_is_kept(self) -> None:
        response = self.fetch("/health", headers={"X-Request-ID": "abc-123"})
        assert response.headers["X-Request-ID"] == "abc-123"

    def test_an_unsafe_incoming_request_id_is_replaced(self) -> None:
        response = self.fetch("/health", headers={"X-Request-ID": "evil\tlog line"})
        assert response.headers["X-Request-ID"] != "evil\tlog line"
        assert len(response.headers["X-Request-ID"]) == 32

    def test_the_access_log_has_the_request_id(self) -> None:
        expected = r"200 GET /health .* request_id=abc-123"
        with ExpectLog("tornado.access", expected, level=logging.INFO):
            self.fetch("/health", headers={"X-Request-ID": "abc-123"})


class JsonErrorsTest(AppTestCase):
    def get_app(self) -> Application:
        app = super().get_app()
        app.add_handlers(r".*", [(r"/broken", BrokenHandler)])
        return app

    def test_not_found_is_json(self) -> None:
        response = self.fetch("/no-such-page")
        assert response.code == 404
        assert json_of(response) == {"error": "Not Found"}
        assert "X-Request-ID" in response.headers

    def test_method_not_allowed_is_json_and_names_the_allowed_methods(self) -> None:
        response = self.fetch("/health", method="DELETE")
        assert response.code == 405
        assert json_of(response) == {"error": "Method Not Allowed"}
        assert response.headers["Allow"] == "GET"

    def test_an_unhandled_error_is_a_json_500(self) -> None:
        with ExpectLog("tornado.application", "Uncaught exception"):
            response = self.fetch("/broken")
        assert response.code == 500
        assert json_of(response) == {"error": "Internal Server Error"}  # no internals leak
        assert "X-Request-ID" in response.headers

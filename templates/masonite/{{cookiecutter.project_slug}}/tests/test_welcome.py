"""The home page, the health check and the error pages."""

import json
from unittest import mock

from markupsafe import escape
from masonite.configuration import config

from config.database import DB
from tests.TestCase import TestCase


class TestWelcome(TestCase):
    def test_home_page_shows_the_project_name_escaped(self) -> None:
        name = escape(config("application.name"))
        self.get("/").assertOk().assertContains(f"<h1>{name}</h1>")

    def test_cookies_are_http_only_same_site_and_secure(self) -> None:
        cookie = config("session.drivers.cookie")
        assert (cookie["http_only"], cookie["samesite"], cookie["secure"]) == (True, "Strict", True)

    def test_unknown_page_is_the_404_page(self) -> None:
        self.withExceptionsHandling()
        self.get("/no-such-page").assertNotFound().assertContains("404 Not Found")

    def test_unknown_api_url_answers_json(self) -> None:
        self.withExceptionsHandling()
        response = self.get("/api/no-such-thing").assertNotFound()
        assert json.loads(response.get_content())["error"] == "Not Found"


class TestHealth(TestCase):
    def test_health_checks_the_database(self) -> None:
        self.get("/health").assertOk().assertJsonExact({"status": "ok"})

    def test_health_answers_503_when_the_database_is_down(self) -> None:
        with mock.patch.object(DB, "statement", side_effect=ConnectionError("refused")):
            response = self.get("/health").assertIsStatus(503)
        assert json.loads(response.get_content())["status"] == "error"

"""AppTestCase: the application on a free port for each test, built with test settings."""

from __future__ import annotations

import json
{%- if cookiecutter.database != "none" %}
import tempfile
from collections.abc import Callable
from pathlib import Path
{%- endif %}
from typing import Any

{% if cookiecutter.database != "none" -%}
import pytest
from sqlalchemy import Connection
{% endif -%}
from tornado.httpclient import HTTPResponse
from tornado.testing import AsyncHTTPTestCase
from tornado.web import Application

from {{ cookiecutter.project_slug }}.app import make_app
{%- if cookiecutter.database != "none" %}
from {{ cookiecutter.project_slug }}.db import Database
from {{ cookiecutter.project_slug }}.models import Base
{%- endif %}
from {{ cookiecutter.project_slug }}.settings import Settings

TEST_SECRET_KEY = "test-secret-key"


class AppTestCase(AsyncHTTPTestCase):
    """`self.fetch(path, ...)` requests the running app; `@gen_test` runs async test methods.
{%- if cookiecutter.database != "none" %}

    The database is the tests' own (conftest's `database_url`): the tables are created before
    each test and dropped after it.
    {% endif %}"""

    app: Application
{%- if cookiecutter.database != "none" %}
    create_tables = True
    database_url: str

    @pytest.fixture(autouse=True)
    def use_the_test_database(self, database_url: str) -> None:
        self.database_url = database_url

    def setUp(self) -> None:
        self.tmp_path = Path(self.enterContext(tempfile.TemporaryDirectory()))
        super().setUp()  # builds the app with get_app()
        if self.create_tables:
            self.io_loop.run_sync(lambda: self.run_on_database(Base.metadata.create_all))

    def tearDown(self) -> None:
        if self.create_tables:
            self.io_loop.run_sync(lambda: self.run_on_database(Base.metadata.drop_all))
        self.io_loop.run_sync(self.database.dispose)
        super().tearDown()

    @property
    def database(self) -> Database:
        database: Database = self.app.settings["database"]  # Tornado types settings values as Any
        return database

    async def run_on_database(self, function: Callable[[Connection], object]) -> None:
        async with self.database.engine.begin() as connection:
            await connection.run_sync(function)
{%- endif %}

    def get_settings(self) -> Settings:
{%- if cookiecutter.database != "none" %}
        return Settings(secret_key=TEST_SECRET_KEY, database_url=self.database_url)
{%- else %}
        return Settings(secret_key=TEST_SECRET_KEY)
{%- endif %}

    def get_app(self) -> Application:
        self.app = make_app(self.get_settings())
        return self.app

    def fetch_json(
        self, path: str, method: str = "GET", body: Any = None, **kwargs: Any
    ) -> HTTPResponse:
        """A request with a JSON body (when one is given)."""
        if body is not None:
            kwargs["body"] = json.dumps(body)
            kwargs["headers"] = {"Content-Type": "application/json", **kwargs.get("headers", {})}
        return self.fetch(path, method=method, **kwargs)


def json_of(response: HTTPResponse) -> Any:
    assert response.headers["Content-Type"].startswith("application/json"), response.headers
    return json.loads(response.body)

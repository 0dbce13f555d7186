"""Graceful shutdown: requests in flight finish, new connections are refused."""

from __future__ import annotations

import asyncio

import pytest
from tornado.httpclient import HTTPClientError
from tornado.testing import gen_test
from tornado.web import Application

from {{ cookiecutter.project_slug }}.base import BaseHandler
from {{ cookiecutter.project_slug }}.server import serve

from .support import AppTestCase

TIMEOUT = 5


class SlowHandler(BaseHandler):
    """Answers when the test releases it: a request still running when the server must stop."""

    def initialize(self, started: asyncio.Event, release: asyncio.Event) -> None:
        self.started = started
        self.release = release

    async def get(self) -> None:
        self.started.set()
        await self.release.wait()
        self.write("done")


class ShutdownTest(AppTestCase):
    def get_app(self) -> Application:
        app = super().get_app()
        self.started, self.release = asyncio.Event(), asyncio.Event()
        handler_args = {"started": self.started, "release": self.release}
        app.add_handlers(r".*", [(r"/slow", SlowHandler, handler_args)])
        return app

    @gen_test
    async def test_a_request_in_flight_finishes(self) -> None:
        stop = asyncio.Event()
        serving = asyncio.ensure_future(serve(self.app, self.http_server, stop, grace=TIMEOUT))
        slow = asyncio.ensure_future(self.http_client.fetch(self.get_url("/slow")))
        await asyncio.wait_for(self.started.wait(), TIMEOUT)

        stop.set()
        await asyncio.sleep(0.1)  # the server stops listening...
        assert not serving.done()  # ...but waits for the slow request
        with pytest.raises(ConnectionRefusedError):
            await self.http_client.fetch(self.get_url("/health"))

        self.release.set()
        response = await asyncio.wait_for(slow, TIMEOUT)
        assert response.code == 200
        assert response.body == b"done"
        await asyncio.wait_for(serving, TIMEOUT)

    @gen_test
    async def test_a_request_that_outlives_the_grace_period_is_cut_off(self) -> None:
        stop = asyncio.Event()
        serving = asyncio.ensure_future(serve(self.app, self.http_server, stop, grace=0.2))
        slow = asyncio.ensure_future(self.http_client.fetch(self.get_url("/slow")))
        await asyncio.wait_for(self.started.wait(), TIMEOUT)

        stop.set()
        await asyncio.wait_for(serving, TIMEOUT)
        with pytest.raises((HTTPClientError, OSError)):
            await asyncio.wait_for(slow, TIMEOUT)
        self.release.set()

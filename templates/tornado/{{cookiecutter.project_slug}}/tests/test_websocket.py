{%- if cookiecutter.websocket == "yes" -%}
from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from tornado.httpclient import HTTPClientError, HTTPRequest
from tornado.testing import gen_test
from tornado.websocket import WebSocketClientConnection, websocket_connect

from {{ cookiecutter.project_slug }}.settings import Settings
from {{ cookiecutter.project_slug }}.websocket import (
    GOING_AWAY,
    WEBSOCKET_MAX_MESSAGE_SIZE,
    close_all,
)

from .support import AppTestCase

TIMEOUT = 5  # seconds: a broken broadcast fails the test instead of hanging it
ALLOWED_ORIGIN = "https://app.example.com"


class WebSocketTest(AppTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.clients: list[WebSocketClientConnection] = []

    def tearDown(self) -> None:
        for client in self.clients:
            client.close()
        super().tearDown()

    def get_settings(self) -> Settings:
        return replace(super().get_settings(), allowed_origins=frozenset({ALLOWED_ORIGIN}))

    async def connect(self, origin: str | None = None) -> WebSocketClientConnection:
        url = self.get_url("/ws").replace("http://", "ws://")
        headers = {"Origin": origin} if origin else {}
        client = await websocket_connect(HTTPRequest(url, headers=headers))
        self.clients.append(client)  # closed in tearDown, whatever the test's outcome
        return client

    async def receive(self, client: WebSocketClientConnection) -> str | bytes | None:
        return await asyncio.wait_for(client.read_message(), TIMEOUT)

    @gen_test
    async def test_a_message_reaches_every_client(self) -> None:
        alice, bob = await self.connect(), await self.connect()
        await alice.write_message("hello")
        assert await self.receive(alice) == "hello"
        assert await self.receive(bob) == "hello"

        await bob.write_message("hi, alice")
        assert await self.receive(alice) == "hi, alice"
        assert await self.receive(bob) == "hi, alice"

    @gen_test
    async def test_a_client_leaving_does_not_break_the_others(self) -> None:
        alice, bob = await self.connect(), await self.connect()
        await bob.write_message("bye")
        assert await self.receive(alice) == "bye"
        bob.close()
        # bob is gone: alice's messages still come back to her, with no error.
        await alice.write_message("anyone?")
        assert await self.receive(alice) == "anyone?"

    @gen_test
    async def test_same_origin_and_allowed_origins_may_connect(self) -> None:
        for origin in [self.get_url(""), ALLOWED_ORIGIN]:
            client = await self.connect(origin)
            await client.write_message(origin)
            assert await self.receive(client) == origin

    @gen_test
    async def test_a_foreign_origin_is_refused(self) -> None:
        with pytest.raises(HTTPClientError) as refused:
            await self.connect("https://evil.example")
        assert refused.value.code == 403

    @gen_test
    async def test_a_message_too_big_closes_the_connection(self) -> None:
        alice, bob = await self.connect(), await self.connect()
        await alice.write_message("x" * (WEBSOCKET_MAX_MESSAGE_SIZE + 1))
        assert await self.receive(alice) is None  # closed, and nothing was broadcast
        assert alice.close_code == 1009  # message too big
        await bob.write_message("still here")
        assert await self.receive(bob) == "still here"

    @gen_test
    async def test_shutdown_closes_open_sockets(self) -> None:
        client = await self.connect()
        await client.write_message("ping")
        assert await self.receive(client) == "ping"  # the server has registered it
        close_all(self.app.settings["websocket_clients"])
        assert await self.receive(client) is None  # closed
        assert client.close_code == GOING_AWAY
{%- endif %}

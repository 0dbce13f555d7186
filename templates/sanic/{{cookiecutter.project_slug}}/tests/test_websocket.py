{%- if cookiecutter.websocket == "yes" -%}
"""The /ws endpoint against a real server on a free local port, with real WebSocket clients."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sanic import DefaultSanic
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Origin

TIMEOUT = 5  # seconds: a broken broadcast fails the test instead of hanging it


@pytest.fixture
async def ws_url(app: DefaultSanic) -> AsyncIterator[str]:
    """The app served by Sanic's own server (one process) on a free port: the URL of /ws."""
    server = await app.create_server(host="127.0.0.1", port=0, return_asyncio_server=True)
    assert server is not None
    await server.startup()
    await server.before_start()
    await server.after_start()
    assert server.server is not None  # set by startup()
    host, port = server.server.sockets[0].getsockname()[:2]
    yield f"ws://{host}:{port}/ws"
    await server.before_stop()
    server.close()
    await server.wait_closed()
    await server.after_stop()


async def receive(client: ClientConnection) -> str | bytes:
    return await asyncio.wait_for(client.recv(), TIMEOUT)


async def test_a_message_reaches_every_client(ws_url: str) -> None:
    async with connect(ws_url) as alice, connect(ws_url) as bob:
        await alice.send("hello")
        assert await receive(alice) == "hello"
        assert await receive(bob) == "hello"

        await bob.send("hi, alice")
        assert await receive(alice) == "hi, alice"
        assert await receive(bob) == "hi, alice"


async def test_a_client_leaving_does_not_break_the_others(ws_url: str) -> None:
    async with connect(ws_url) as alice:
        async with connect(ws_url) as bob:
            await bob.send("bye")
            assert await receive(alice) == "bye"
        # bob is gone: alice's messages still come back to her, with no error.
        await alice.send("anyone?")
        assert await receive(alice) == "anyone?"


async def test_an_allowed_origin_may_connect(ws_url: str) -> None:
    async with connect(ws_url, origin=Origin("http://localhost:8000")) as client:
        await client.send("ping")
        assert await receive(client) == "ping"


async def test_a_foreign_origin_is_refused(ws_url: str) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with connect(ws_url, origin=Origin("https://evil.example")):
            pass
    assert refused.value.response.status_code == 403
{%- endif %}

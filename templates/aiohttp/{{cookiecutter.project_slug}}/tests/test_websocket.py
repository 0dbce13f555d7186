{%- if cookiecutter.websocket == "yes" -%}
from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from aiohttp import WSCloseCode, WSMsgType, WSServerHandshakeError, web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from {{ cookiecutter.project_slug }}.app import create_app
from {{ cookiecutter.project_slug }}.settings import Settings

TIMEOUT = 5  # seconds: a broken broadcast fails the test instead of hanging it


async def test_a_message_reaches_every_client(
    client: TestClient[web.Request, web.Application],
) -> None:
    async with client.ws_connect("/ws") as alice, client.ws_connect("/ws") as bob:
        await alice.send_str("hello")
        assert await alice.receive_str(timeout=TIMEOUT) == "hello"
        assert await bob.receive_str(timeout=TIMEOUT) == "hello"

        await bob.send_str("hi, alice")
        assert await alice.receive_str(timeout=TIMEOUT) == "hi, alice"
        assert await bob.receive_str(timeout=TIMEOUT) == "hi, alice"


async def test_a_client_leaving_does_not_break_the_others(
    client: TestClient[web.Request, web.Application],
) -> None:
    async with client.ws_connect("/ws") as alice:
        async with client.ws_connect("/ws") as bob:
            await bob.send_str("bye")
            assert await alice.receive_str(timeout=TIMEOUT) == "bye"
        # bob is gone: alice's messages still come back to her, with no error.
        await alice.send_str("anyone?")
        assert await alice.receive_str(timeout=TIMEOUT) == "anyone?"


async def test_shutdown_closes_open_sockets(
    client: TestClient[web.Request, web.Application],
) -> None:
    ws = await client.ws_connect("/ws")
    await asyncio.wait_for(client.app.shutdown(), TIMEOUT)
    message = await ws.receive(timeout=TIMEOUT)
    assert message.type is WSMsgType.CLOSE
    assert message.data == WSCloseCode.GOING_AWAY
    await ws.close()


async def test_a_page_of_this_site_may_connect(
    client: TestClient[web.Request, web.Application],
) -> None:
    origin = f"http://{client.host}:{client.port}"
    async with client.ws_connect("/ws", headers={"Origin": origin}) as ws:
        await ws.send_str("hello")
        assert await ws.receive_str(timeout=TIMEOUT) == "hello"


async def test_a_foreign_origin_is_refused(
    client: TestClient[web.Request, web.Application],
) -> None:
    for origin in ("https://evil.example", "null"):
        with pytest.raises(WSServerHandshakeError) as refused:
            await client.ws_connect("/ws", headers={"Origin": origin})
        assert refused.value.status == 403


async def test_allowed_origins_may_connect(
    aiohttp_client: AiohttpClient, settings: Settings
) -> None:
    app = create_app(replace(settings, allowed_origins=("https://app.example",)))
    client = await aiohttp_client(app)
    async with client.ws_connect("/ws", headers={"Origin": "https://app.example"}):
        pass
    with pytest.raises(WSServerHandshakeError):
        await client.ws_connect("/ws", headers={"Origin": "https://other.example"})
{%- endif %}

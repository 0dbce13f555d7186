{%- if cookiecutter.websocket == "yes" -%}
"""The hub that carries messages between worker processes, with two workers' Broadcasters."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sanic import DefaultSanic

from {{ cookiecutter.project_slug }} import broadcast

TIMEOUT = 5


async def test_the_hub_relays_every_message_to_every_worker(app: DefaultSanic) -> None:
    await broadcast.start_hub(app)  # what `sanic --workers N` runs in its main process
    path = broadcast.hub_path(app)
    assert path is not None
    inboxes: list[asyncio.Queue[str]] = [asyncio.Queue(), asyncio.Queue()]
    workers = [broadcast.Broadcaster(inbox.put) for inbox in inboxes]
    try:
        for worker in workers:
            await worker.connect(path)
        async with asyncio.timeout(TIMEOUT):  # the hub accepts connections in its own threads
            while len(app.ctx.hub.workers) < len(workers):
                await asyncio.sleep(0.01)

        await workers[0].publish('a "quoted"\nmessage ✓')
        for inbox in inboxes:
            assert await asyncio.wait_for(inbox.get(), TIMEOUT) == 'a "quoted"\nmessage ✓'
    finally:
        for worker in workers:
            await worker.close()
        await broadcast.stop_hub(app)
    assert not Path(path).exists()


async def test_without_a_hub_messages_are_delivered_locally() -> None:
    inbox: asyncio.Queue[str] = asyncio.Queue()
    worker = broadcast.Broadcaster(inbox.put)
    await worker.publish("hello")
    assert inbox.get_nowait() == "hello"
{%- endif %}

{%- if cookiecutter.websocket == "yes" -%}
"""Broadcast across worker processes: a hub in Sanic's main process relays messages to all workers.

`sanic --workers N` runs N processes, each with its own WebSocket clients, so a message received by
one worker must reach the clients of all the others. The main process (which serves no requests)
runs a tiny relay on a Unix socket in a private temporary folder: each worker connects to it when it
starts, writes the messages its clients send, and delivers whatever the hub sends back to its own
clients. Messages are JSON lines, so a text message may hold any character, newlines included.

Without a main process (the in-process test client, `create_server`), messages are delivered
locally. For several hosts, replace the hub with a shared broker (Redis pub/sub, PostgreSQL
LISTEN/NOTIFY); the Broadcaster's two methods stay the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socketserver
import tempfile
import threading
from collections.abc import Awaitable, Callable
from io import BufferedIOBase
from multiprocessing import Array
from pathlib import Path

from sanic import DefaultSanic

logger = logging.getLogger(__name__)

Deliver = Callable[[str], Awaitable[None]]
# Sanic's WebSocket messages are at most 16 MiB (WEBSOCKET_MAX_SIZE); a JSON line can be longer.
LINE_LIMIT = 2**26


class Hub(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """Relays every line one worker writes to every connected worker (itself included)."""

    daemon_threads = True

    def __init__(self, path: str) -> None:
        # Each worker connection's wfile (a socket writer).
        self.workers: set[BufferedIOBase] = set()
        self.lock = threading.Lock()
        super().__init__(path, WorkerConnection)

    def relay(self, line: bytes) -> None:
        with self.lock:
            for worker in list(self.workers):
                try:
                    worker.write(line)
                    worker.flush()
                except OSError:
                    self.workers.discard(worker)


class WorkerConnection(socketserver.StreamRequestHandler):
    server: Hub

    def handle(self) -> None:
        with self.server.lock:
            self.server.workers.add(self.wfile)
        try:
            for line in self.rfile:
                self.server.relay(line)
        finally:
            with self.server.lock:
                self.server.workers.discard(self.wfile)


class Broadcaster:
    """A worker's side: publish() sends a message to every worker's clients, via the hub if any."""

    def __init__(self, deliver: Deliver) -> None:
        self.deliver = deliver
        self.writer: asyncio.StreamWriter | None = None
        self.receiving: asyncio.Task[None] | None = None

    async def connect(self, path: str) -> None:
        reader, self.writer = await asyncio.open_unix_connection(path, limit=LINE_LIMIT)
        self.receiving = asyncio.create_task(self.receive(reader))

    async def receive(self, reader: asyncio.StreamReader) -> None:
        async for line in reader:
            await self.deliver(json.loads(line))
        logger.warning("the broadcast hub went away; messages now reach this worker's clients only")
        self.writer = None

    async def publish(self, message: str) -> None:
        if self.writer is None:
            await self.deliver(message)
            return
        self.writer.write(json.dumps(message).encode() + b"\n")
        await self.writer.drain()

    async def close(self) -> None:
        if self.receiving is not None:
            self.receiving.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.receiving
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
            self.writer = None


async def start_hub(app: DefaultSanic) -> None:
    """main_process_start: runs once, in the main process, before the workers start."""
    folder = tempfile.mkdtemp(prefix="{{ cookiecutter.project_slug }}-hub-")  # mode 0700: ours alone
    hub = Hub(str(Path(folder) / "hub.sock"))
    threading.Thread(target=hub.serve_forever, name="broadcast-hub", daemon=True).start()
    app.ctx.hub = hub
    # shared_ctx is how Sanic hands values from the main process to its workers.
    app.shared_ctx.hub_path = Array("c", str(hub.server_address).encode(), lock=False)


async def stop_hub(app: DefaultSanic) -> None:
    hub: Hub = app.ctx.hub
    hub.shutdown()
    hub.server_close()
    path = Path(str(hub.server_address))
    path.unlink(missing_ok=True)
    path.parent.rmdir()


def hub_path(app: DefaultSanic) -> str | None:
    """The hub's socket in a worker of `sanic --workers N`; None without a main process."""
    shared = getattr(app.shared_ctx, "hub_path", None)
    return shared.value.decode() if shared is not None else None


def setup(app: DefaultSanic) -> None:
    app.main_process_start(start_hub)
    app.main_process_stop(stop_hub)
{%- endif %}

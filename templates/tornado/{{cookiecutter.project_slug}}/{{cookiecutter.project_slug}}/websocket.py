{%- if cookiecutter.websocket == "yes" -%}
"""A broadcast WebSocket at /ws: each text message a client sends goes to all connected clients."""

from __future__ import annotations

import asyncio
from collections.abc import Set

from tornado.websocket import WebSocketClosedError, WebSocketHandler

from .base import RequestIdMixin

# 1001 "going away": the server is shutting down; clients should reconnect later.
GOING_AWAY = 1001
# Larger messages close the connection with 1009 "message too big".
WEBSOCKET_MAX_MESSAGE_SIZE = 64 * 1024


class BroadcastHandler(RequestIdMixin, WebSocketHandler):
    def initialize(self, clients: set[BroadcastHandler], allowed_origins: Set[str]) -> None:
        self.clients = clients
        self.allowed_origins = allowed_origins

    def check_origin(self, origin: str) -> bool:
        """Browsers send their page's origin: only this server's own pages (Tornado's default
        check) and the ALLOWED_ORIGINS may connect, so another site cannot use a visitor's
        browser to talk here. Clients that send no Origin (not browsers) are not asked."""
        return origin.rstrip("/") in self.allowed_origins or super().check_origin(origin)

    def open(self) -> None:
        self.clients.add(self)

    async def on_message(self, message: str | bytes) -> None:
        if isinstance(message, bytes):
            return  # a text broadcast: binary frames are ignored
        # Sent to everyone at once; awaiting them all slows this sender down (its next message
        # waits) when clients read slowly, instead of letting memory grow without bound.
        sends = []
        for client in list(self.clients):
            try:
                sends.append(client.write_message(message))
            except WebSocketClosedError:
                self.clients.discard(client)
        # A client that goes away meanwhile is not the sender's problem.
        await asyncio.gather(*sends, return_exceptions=True)

    def on_close(self) -> None:
        self.clients.discard(self)


def close_all(clients: set[BroadcastHandler]) -> None:
    """On shutdown: tell every client the server is going away (HTTPServer does not close
    WebSocket connections itself)."""
    for client in list(clients):
        client.close(GOING_AWAY, "server shutdown")
{%- endif %}

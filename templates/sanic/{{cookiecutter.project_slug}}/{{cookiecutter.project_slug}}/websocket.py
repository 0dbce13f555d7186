{%- if cookiecutter.websocket == "yes" -%}
"""WebSocket /ws: every text message a client sends is broadcast to every connected client."""

from __future__ import annotations

import asyncio
import logging

from sanic import Blueprint, DefaultSanic, Request, Websocket
from sanic.exceptions import Forbidden

from . import broadcast

logger = logging.getLogger(__name__)

bp = Blueprint("websocket")


@bp.on_request
async def check_origin(request: Request) -> None:
    """Refuse the handshake from another site's pages (cross-site WebSocket hijacking).

    Browsers always send Origin with a WebSocket handshake and let any page open one, so the
    origin is checked here, before the upgrade. Clients that send none are not browsers.
    """
    origin = request.headers.get("Origin")
    if origin is not None and origin not in request.app.ctx.settings.websocket_origins:
        logger.warning("refused a WebSocket handshake from origin %r", origin)
        raise Forbidden("this origin may not open a WebSocket")


# Sanic's websocket() decorator has no type hints, so mypy would see feed() as untyped.
@bp.websocket("/ws")  # type: ignore[untyped-decorator]
async def feed(request: Request, ws: Websocket) -> None:
    clients: set[Websocket] = request.app.ctx.websocket_clients
    clients.add(ws)
    try:
        async for message in ws:
            if isinstance(message, str):  # binary frames are not part of this protocol
                await request.app.ctx.broadcaster.publish(message)
    finally:
        clients.discard(ws)


async def start_broadcasting(app: DefaultSanic) -> None:
    clients: set[Websocket] = set()

    async def deliver(message: str) -> None:
        # Concurrently, so one slow client does not hold up the others; a client that went away
        # meanwhile is not the sender's problem, hence return_exceptions.
        await asyncio.gather(*(client.send(message) for client in clients), return_exceptions=True)

    app.ctx.websocket_clients = clients
    app.ctx.broadcaster = broadcast.Broadcaster(deliver)
    path = broadcast.hub_path(app)
    if path is not None:
        await app.ctx.broadcaster.connect(path)


async def stop_broadcasting(app: DefaultSanic) -> None:
    await app.ctx.broadcaster.close()


def setup(app: DefaultSanic) -> None:
    broadcast.setup(app)
    app.before_server_start(start_broadcasting)
    app.after_server_stop(stop_broadcasting)
    app.blueprint(bp)
{%- endif %}

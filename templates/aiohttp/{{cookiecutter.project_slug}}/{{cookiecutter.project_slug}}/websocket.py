{%- if cookiecutter.websocket == "yes" -%}
"""A broadcast WebSocket at /ws: each text message a client sends goes to all connected clients."""

from __future__ import annotations

import asyncio
import weakref
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, WSMsgType, hdrs, web

from .settings import SETTINGS

CLIENTS = web.AppKey("websocket_clients", weakref.WeakSet[web.WebSocketResponse])

routes = web.RouteTableDef()


def origin_allowed(request: web.Request) -> bool:
    """Browsers send the page's Origin with every handshake, and the same-origin policy does not
    cover WebSockets: without this check any site's page could open a socket in its visitors'
    names (cross-site WebSocket hijacking). Clients that are not browsers send no Origin."""
    origin = request.headers.get(hdrs.ORIGIN)
    if origin is None or origin in request.app[SETTINGS].allowed_origins:
        return True
    # The page came from this site: the origin's host and port are the ones the request names.
    return urlsplit(origin).netloc.lower() == request.host.lower()


@routes.get("/ws")
async def websocket(request: web.Request) -> web.WebSocketResponse:
    if not origin_allowed(request):
        raise web.HTTPForbidden(reason="Origin not allowed")
    # heartbeat: ping every 30 s, so connections dropped without a close frame get cleaned up.
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    clients = request.app[CLIENTS]
    clients.add(ws)
    try:
        async for message in ws:
            if message.type is WSMsgType.TEXT:
                # Concurrently, so one slow client does not hold up the others; a client that
                # went away meanwhile is not the sender's problem, hence return_exceptions.
                sends = [client.send_str(message.data) for client in clients if not client.closed]
                await asyncio.gather(*sends, return_exceptions=True)
    finally:
        clients.discard(ws)
    return ws


async def close_websockets(app: web.Application) -> None:
    """On shutdown, close open sockets: the server would otherwise wait for them to end."""
    for ws in app[CLIENTS].copy():  # a copy: closed sockets leave the set meanwhile
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"Server shutdown")


def setup(app: web.Application) -> None:
    app[CLIENTS] = weakref.WeakSet()
    app.on_shutdown.append(close_websockets)
    app.add_routes(routes)
{%- endif %}

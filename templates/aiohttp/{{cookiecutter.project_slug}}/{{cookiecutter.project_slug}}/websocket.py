{%- if cookiecutter.websocket == "yes" -%}
"""A broadcast WebSocket at /ws: each text message a client sends goes to all connected clients."""

from __future__ import annotations

import asyncio
import weakref

from aiohttp import WSCloseCode, WSMsgType, web

CLIENTS = web.AppKey("websocket_clients", weakref.WeakSet[web.WebSocketResponse])

routes = web.RouteTableDef()


@routes.get("/ws")
async def websocket(request: web.Request) -> web.WebSocketResponse:
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
    for ws in set(app[CLIENTS]):
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"Server shutdown")


def setup(app: web.Application) -> None:
    app[CLIENTS] = weakref.WeakSet()
    app.on_shutdown.append(close_websockets)
    app.add_routes(routes)
{%- endif %}

"""Sanic while its own server runs two workers: request IDs, JSON errors, the OpenAPI document,
the items API on the migrated database, and the websocket broadcast, whose handshake is refused
from a foreign origin."""

from __future__ import annotations

import asyncio
from typing import Any

from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Origin

from probes import cases_with
from support.live_checks import check_items_api
from support.project import Project, http

# The origin the probe allows for /ws; any other origin must be refused.
ALLOWED_ORIGIN = Origin("https://chat.example.com")
SERVE_ENV = {"WEBSOCKET_ORIGINS": ALLOWED_ORIGIN}
SERVE_TIMEOUT = 90  # two workers start slowly on a loaded machine
TIMEOUT = 10  # seconds for each WebSocket step against the production server


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, text={"project_name": "Shop"}, slug="shop")


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    health = http("GET", base + "/health", headers={"X-Request-ID": "probe-1"})
    assert health.headers.get("X-Request-ID") == "probe-1"

    missing = http("GET", base + "/no-such-page")
    assert missing.status == 404 and "error" in missing.json()
    assert http("DELETE", base + "/health").status == 405
    assert http("GET", base + "/docs/openapi.json").json()["info"]["title"] == answers["project_name"]

    if answers["database"] != "none":
        check_items_api(base)

    ws_url = base.replace("http://", "ws://") + "/ws"
    if answers["websocket"] == "yes":
        asyncio.run(_broadcast_round_trip(ws_url))
        assert asyncio.run(_foreign_origin_status(ws_url)) == 403
    else:
        assert http("GET", base + "/ws").status == 404


async def _broadcast_round_trip(ws_url: str) -> None:
    """Two clients (one from the allowed browser origin): what one sends, the other receives."""
    async with (
        connect(ws_url, origin=ALLOWED_ORIGIN, open_timeout=TIMEOUT) as alice,
        connect(ws_url, open_timeout=TIMEOUT) as bob,
    ):
        await alice.send("hello from alice")
        assert await asyncio.wait_for(bob.recv(), TIMEOUT) == "hello from alice"
        assert await asyncio.wait_for(alice.recv(), TIMEOUT) == "hello from alice"
        await bob.send("hi, alice")
        assert await asyncio.wait_for(alice.recv(), TIMEOUT) == "hi, alice"


async def _foreign_origin_status(ws_url: str) -> int | None:
    """The HTTP status a handshake from another site's page gets; None if it was let in."""
    try:
        foreign = Origin("https://evil.example")
        async with connect(ws_url, origin=foreign, open_timeout=TIMEOUT):
            return None
    except InvalidStatus as refused:
        return refused.response.status_code

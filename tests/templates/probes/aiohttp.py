"""aiohttp while `python -m <slug>` serves it: request IDs, JSON 404s, the items API on the
migrated database, the Jinja2 page showing the name escaped, and the websocket broadcast (with the
project's own aiohttp as the client)."""

from __future__ import annotations

from typing import Any

from probes import cases_with
from support.free_text import assert_page_shows_escaped
from support.live_checks import create_item
from support.project import Project, http

# Connects two clients to /ws, sends from one and expects both to receive it (the broadcast).
# Run with the baked project's Python, whose aiohttp is the client.
WEBSOCKET_ROUND_TRIP = """
import asyncio, sys
import aiohttp

async def main(url):
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.ws_connect(url) as alice, session.ws_connect(url) as bob:
            await alice.send_str("hello from alice")
            assert await alice.receive_str(timeout=5) == "hello from alice"
            assert await bob.receive_str(timeout=5) == "hello from alice"
    print("ok")

asyncio.run(main(sys.argv[1]))
"""


def cases(combos: list[dict[str, Any]]) -> list:
    # Hostile free text where the name shows: the first combination with pages.
    return cases_with(combos, hostile_first=lambda c: c["jinja2"] == "yes", text={"project_name": "Shop"})


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    assert http("GET", base + "/health").headers.get("X-Request-ID")
    missing = http("GET", base + "/no-such-page")
    assert missing.status == 404
    assert missing.json() == {"detail": "Not Found"}

    if answers["database"] != "none":
        # The migrated schema serves the API: create, read back, list.
        item, item_url = create_item(base)
        assert http("GET", item_url).json() == item
        assert item in http("GET", base + "/items").json()

    if answers["jinja2"] == "yes":
        page = http("GET", base + "/")
        assert page.status == 200
        assert page.headers["Content-Type"].startswith("text/html")
        assert_page_shows_escaped(page.text, answers["project_name"])

    if answers["websocket"] == "yes":
        ws_url = base.replace("http://", "ws://") + "/ws"
        result = project.run("python", "-c", WEBSOCKET_ROUND_TRIP, ws_url, timeout=30)
        assert result.stdout.strip() == "ok"
    else:
        assert http("GET", base + "/ws").status == 404

"""Tornado while `python -m <slug>` serves it: request IDs, JSON 404s, the items API on the
migrated database, the page's form with its XSRF token, the websocket broadcast (a foreign origin
refused); and once stopped with SIGTERM, the log says it drained and stopped."""

from __future__ import annotations

from collections.abc import Callable
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from probes import cases_with
from support.live_checks import check_items_api
from support.project import Project, http

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, text={"project_name": "Shop"}, slug="shop")


def probe(base: str, answers: dict[str, Any], project: Project) -> Callable[[], None]:
    health = http("GET", base + "/health", headers={"X-Request-ID": "probe-1"})
    # Header names are case-insensitive; Tornado sends this one as X-Request-Id.
    assert {k.lower(): v for k, v in health.headers.items()}["x-request-id"] == "probe-1"

    missing = http("GET", base + "/no-such-page")
    assert missing.status == 404
    assert missing.json() == {"error": "Not Found"}

    if answers["database"] != "none":
        check_items_api(base)

    if answers["pages"] == "yes":
        check_form_with_xsrf(base, answers["project_name"])
    else:
        assert http("GET", base + "/").status == 404

    if answers["websocket"] == "yes":
        check_websocket_broadcast(base.replace("http://", "ws://") + "/ws")
    else:
        assert http("GET", base + "/ws").status == 404

    def stopped_gracefully() -> None:
        # The server was stopped with SIGTERM: it drained and said so.
        log = project.server_log(base)
        assert "shutting down" in log and "stopped" in log, log

    return stopped_gracefully


def check_websocket_broadcast(ws_url: str) -> None:
    """Two real clients: a message one sends reaches both; a foreign page's handshake is refused."""
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with connect(ws_url, open_timeout=10) as alice, connect(ws_url, open_timeout=10) as bob:
        alice.send("hello from alice")
        assert bob.recv(timeout=5) == "hello from alice"
        assert alice.recv(timeout=5) == "hello from alice"
        bob.send("hi, alice")
        assert alice.recv(timeout=5) == "hi, alice"

    own_origin = "http://" + urlsplit(ws_url).netloc
    with connect(ws_url, origin=own_origin, open_timeout=10) as carol:  # the app's own pages
        carol.send("same origin")
        assert carol.recv(timeout=5) == "same origin"

    with pytest.raises(InvalidStatus) as refused:
        connect(ws_url, origin="https://evil.example", open_timeout=10)
    assert refused.value.response.status_code == 403


def check_form_with_xsrf(base_url: str, name: str) -> None:
    """The home page's form: refused without the XSRF token, answered with it."""
    page = http("GET", base_url + "/")
    assert page.status == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert f"<h1>{name}</h1>" in page.text
    token = SimpleCookie(page.headers["Set-Cookie"])["_xsrf"].value
    assert 'name="_xsrf" value="' in page.text

    refused = http("POST", base_url + "/", urlencode({"name": "Ada"}), headers=FORM)
    assert refused.status == 403

    cookie = {**FORM, "Cookie": f"_xsrf={token}"}
    answered = http("POST", base_url + "/", urlencode({"name": "Ada", "_xsrf": token}), headers=cookie)
    assert answered.status == 200, answered.text
    assert "Hello, Ada!" in answered.text

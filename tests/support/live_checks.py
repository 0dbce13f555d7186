"""Checks shared by template probes against a baked project's running server: the notes and items
APIs, the gevent worker's concurrency, and the App Engine entrypoint."""

from __future__ import annotations

import shlex
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

from support.project import Project, http

SLOW_REQUESTS = 50
SLOW_REQUEST_SECONDS = 0.5
# Two sync workers would need 50 x 0.5 s / 2 = 12.5 s; gevent serves them all at once (~0.5 s),
# with room here for a loaded two-core machine.
CONCURRENT_BOUND_SECONDS = 5.0


def check_notes_api(base: str) -> None:
    """The CRUD endpoints, over HTTP, against the production server and the migrated database."""
    created = http("POST", f"{base}/api/notes", {"title": "Over HTTP", "body": "first"})
    assert created.status == 201, created.text
    note = created.json()
    assert created.headers["Location"].endswith(f"/api/notes/{note['id']}")
    note_url = f"{base}/api/notes/{note['id']}"

    assert http("GET", note_url).json() == note
    listing = http("GET", f"{base}/api/notes").json()
    assert [n["id"] for n in listing["notes"]] == [note["id"]]

    updated = http("PATCH", note_url, {"body": "second"})
    assert (updated.status, updated.json()["body"]) == (200, "second")
    assert http("GET", note_url).json()["body"] == "second"

    assert http("POST", f"{base}/api/notes", {"title": ""}).status == 422
    form = http(
        "POST",
        f"{base}/api/notes",
        "title=x",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert form.status == 415

    assert http("DELETE", note_url).status == 204
    missing = http("GET", note_url)
    assert (missing.status, missing.json()["error"]) == (404, "Not Found")


def check_pages_docs_and_request_ids(base: str, api_paths: set[str]) -> None:
    """An HTML 404 page in the site's layout, the OpenAPI document naming ``api_paths``, the static
    stylesheet, and the X-Request-ID a proxy sent coming back (Flask and Pyramid, issue 13)."""
    page = http("GET", base + "/no-such-page")
    assert page.status == 404
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<h1>404 Not Found</h1>" in page.text
    spec = http("GET", base + "/api/openapi.json").json()
    assert api_paths <= set(spec["paths"])
    assert http("GET", base + "/static/style.css").status == 200
    traced = http("GET", base + "/health", headers={"X-Request-ID": "probe-42"})
    # Header names are case-insensitive (WebOb sends X-Request-Id).
    assert {name.lower(): value for name, value in traced.headers.items()}["x-request-id"] == "probe-42"


def check_serves_slow_requests_concurrently(url: str) -> float:
    """50 requests to ``url`` (which sleeps 0.5 s cooperatively) from 50 threads at once finish in
    far less than 50 x 0.5 s. Returns the seconds they took."""
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=SLOW_REQUESTS) as pool:
        replies = list(pool.map(lambda _: http("GET", url, timeout=30), range(SLOW_REQUESTS)))
    elapsed = time.monotonic() - started
    assert [r.status for r in replies] == [200] * SLOW_REQUESTS, replies[0].text
    assert elapsed < CONCURRENT_BOUND_SECONDS, (
        f"{SLOW_REQUESTS} requests of {SLOW_REQUEST_SECONDS} s took {elapsed:.1f} s: not concurrent"
    )
    return elapsed


def appengine_entrypoint(project: Path) -> list[str]:
    """app.yaml's entrypoint as argv for ``Project.serve``: App Engine's ``$PORT`` becomes the test's
    free port, on 127.0.0.1 rather than every interface."""
    config = yaml.safe_load((project / "app.yaml").read_text())
    assert config["runtime"].startswith("python3"), config["runtime"]
    entrypoint = config["entrypoint"]
    assert entrypoint.startswith("gunicorn -b :$PORT "), entrypoint
    return shlex.split(entrypoint.replace(":$PORT", "127.0.0.1:{port}"))


def check_appengine_entrypoint_serves(project: Project) -> None:
    """app.yaml's entrypoint serves /health (started beside the production server, on another port)."""
    with project.serve(*appengine_entrypoint(project.path)) as base:
        health = http("GET", f"{base}/health")
        assert (health.status, health.json()) == (200, {"status": "ok"})


def check_wsgi_options(base: str, answers: dict[str, Any], project: Project) -> None:
    """The options flask and bottle share: the notes API with a database, concurrent slow requests
    with gevent workers, and App Engine's entrypoint serving."""
    # With accounts, writes need a signed-in session: test_flask_issue13.py signs up over HTTP.
    if answers["database"] != "none" and answers.get("auth", "none") == "none":
        check_notes_api(base)
    if answers["server"] == "gevent":
        check_serves_slow_requests_concurrently(f"{base}/_test/slow")
    if answers["deploy"] == "appengine":
        check_appengine_entrypoint_serves(project)


def create_item(base: str) -> tuple[dict[str, Any], str]:
    """POST /items on the migrated schema: the item and its URL (from Location when the API sends it)."""
    created = http("POST", base + "/items", {"name": "Sencha", "description": "green"})
    assert created.status == 201, created.text
    item = created.json()
    location = {k.lower(): v for k, v in created.headers.items()}.get("location")
    return item, base + (location or f"/items/{item['id']}")


def check_items_api(base: str) -> None:
    """The async templates' items API on the migrated schema: create, read back, list, update,
    refuse invalid data, delete."""
    item, item_url = create_item(base)
    assert http("GET", item_url).json() == item
    assert item in http("GET", base + "/items").json()
    updated = http("PATCH", item_url, {"description": "steamed"})
    assert updated.json() == {**item, "description": "steamed"}
    invalid = http("POST", base + "/items", {"name": ""})
    assert invalid.status == 422 and "error" in invalid.json()
    assert http("DELETE", item_url).status == 204
    assert http("GET", item_url).status == 404

"""Falcon while uvicorn (ASGI) or gunicorn (WSGI) serves it: request IDs, the OpenAPI document,
JSON errors, and the items API on the migrated database."""

from __future__ import annotations

from typing import Any

from probes import cases_with
from support.project import Project, Response, http


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, newest_python_last=True, text={"project_name": "Shop"})


def header(response: Response, name: str) -> str:
    """A response header, whatever the case of its name (uvicorn sends names in lower case)."""
    return {key.lower(): value for key, value in response.headers.items()}[name.lower()]


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    has_database = answers["database"] != "none"
    health = http("GET", f"{base}/health")
    assert len(header(health, "X-Request-ID")) == 32
    traced = http("GET", f"{base}/health", headers={"X-Request-ID": "trace-me"})
    assert header(traced, "X-Request-ID") == "trace-me"

    spec = http("GET", f"{base}/openapi.json")
    assert spec.status == 200
    assert spec.json()["info"]["title"] == answers["project_name"]
    assert ("/items/{item_id}" in spec.json()["paths"]) == has_database

    missing = http("GET", f"{base}/no-such-page", headers={"Accept": "text/html"})
    assert (missing.status, missing.json()) == (404, {"title": "404 Not Found"})
    wrong_method = http("DELETE", f"{base}/health")
    assert wrong_method.status == 405 and wrong_method.json()["title"] == "405 Method Not Allowed"

    if has_database:
        check_items_api(base)


def check_items_api(base: str) -> None:
    """The CRUD endpoints, over HTTP, against the production server and the migrated database."""
    created = http("POST", f"{base}/items", {"name": "Sencha", "description": "green"})
    assert created.status == 201, created.text
    item = created.json()
    assert header(created, "Location").endswith(f"/items/{item['id']}")
    item_url = f"{base}/items/{item['id']}"

    assert http("GET", item_url).json() == item
    assert item in http("GET", f"{base}/items").json()

    updated = http("PATCH", item_url, {"description": "roasted"})
    assert (updated.status, updated.json()["description"]) == (200, "roasted")

    invalid = http("POST", f"{base}/items", {"name": ""})
    assert (invalid.status, invalid.json()["title"]) == (400, "Request data failed validation")

    assert http("DELETE", item_url).status == 204
    gone = http("GET", item_url)
    assert (gone.status, gone.json()["title"]) == (404, "404 Not Found")

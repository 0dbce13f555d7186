{%- if cookiecutter.database != "none" -%}
"""The notes API. Every test starts from an empty table: its transaction is rolled back."""

import json
import re
from collections.abc import Callable

import pytest
import webtest
from pyramid.router import Router
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from {{ cookiecutter.project_slug }}.models import Note
from {{ cookiecutter.project_slug }}.views.errors import allowed_methods


@pytest.fixture
def api(testapp: webtest.TestApp, csrf_token: str) -> webtest.TestApp:
    """The client with the CSRF header a browser script would send."""
    testapp.extra_environ["HTTP_X_CSRF_TOKEN"] = csrf_token
    return testapp


def test_create_then_read(api: webtest.TestApp) -> None:
    created = api.post_json("/api/notes", {"title": "First", "body": "Hello"}, status=201)
    note = created.json
    assert note["title"] == "First"
    assert created.headers["Location"].endswith(f"/api/notes/{note['id']}")
    assert api.get(f"/api/notes/{note['id']}", status=200).json == note
    assert api.get("/api/notes").json == {"notes": [note]}


def test_update(api: webtest.TestApp, dbsession: Session) -> None:
    note_id = api.post_json("/api/notes", {"title": "Draft"}).json["id"]
    updated = api.put_json(f"/api/notes/{note_id}", {"title": "Final", "body": "Done"}, status=200)
    assert updated.json["title"] == "Final"
    note = dbsession.get(Note, note_id)
    assert note is not None
    assert note.body == "Done"


def test_delete(api: webtest.TestApp) -> None:
    note_id = api.post_json("/api/notes", {"title": "Short-lived"}).json["id"]
    api.delete(f"/api/notes/{note_id}", status=204)
    api.get(f"/api/notes/{note_id}", status=404)


def test_missing_note(api: webtest.TestApp) -> None:
    reply = api.get("/api/notes/999999", status=404)
    assert reply.json == {"error": "Not Found", "detail": "note not found"}


@pytest.mark.parametrize(
    "body", [{}, {"title": ""}, {"title": "   "}, {"title": "x" * 201}, {"title": "ok", "body": 1}]
)
def test_invalid_note_is_rejected(api: webtest.TestApp, body: object) -> None:
    reply = api.post_json("/api/notes", body, status=422)
    assert reply.json["error"] == "Unprocessable Entity"
    assert reply.json["detail"]  # which field is wrong, and why


def test_body_must_be_json(api: webtest.TestApp) -> None:
    api.post("/api/notes", "not json", content_type="application/json", status=400)


def test_writes_need_the_csrf_token(testapp: webtest.TestApp) -> None:
    reply = testapp.post_json("/api/notes", {"title": "Forged"}, status=400)
    assert reply.json["error"] == "Bad Request"  # JSON, like every API error
    assert "cross-site request forgery" in reply.json["detail"]


def test_routing_errors_are_json(api: webtest.TestApp) -> None:
    assert api.get("/api/nowhere", status=404).json["error"] == "Not Found"
    reply = api.patch_json("/api/notes/1", {"title": "x"}, status=405)
    assert reply.json["error"] == "Method Not Allowed"
    assert set(reply.json) == {"error", "detail"}
    assert reply.headers["Allow"] == "DELETE, GET, HEAD, PUT"


def test_unhandled_errors_are_json(
    app_settings: dict[str, str], broken_app: Callable[[str], webtest.TestApp]
) -> None:
    reply = broken_app("/api/broken").get("/api/broken", status=500)
    assert reply.json["error"] == "Internal Server Error"
    assert "secret" not in reply.text


def test_openapi_document_describes_exactly_the_api_routes(
    app: Router, testapp: webtest.TestApp
) -> None:
    spec = testapp.get("/api/openapi.json", status=200).json
    assert spec["openapi"].startswith("3.1")
    documented = {
        (path, method.upper())
        for path, item in spec["paths"].items()
        for method in item
        if method != "parameters"
    }
    introspector = app.registry.introspector
    served: set[tuple[str, str]] = set()
    for route in introspector.get_category("routes"):
        pattern = route["introspectable"]["pattern"]
        if pattern.startswith("/api/"):
            path = re.sub(r"\{(\w+):[^}]*\}", r"{\1}", pattern)  # {id:\d+} -> {id}
            methods = allowed_methods(introspector, route["introspectable"]["name"])
            served |= {(path, method) for method in methods - {"HEAD"}}
    assert documented == served
    # Every schema a response or a body names exists.
    for name in re.findall(r"#/components/schemas/(\w+)", json.dumps(spec)):
        assert name in spec["components"]["schemas"], name


def test_each_test_starts_empty(testapp: webtest.TestApp, dbsession: Session) -> None:
    # The notes created by the other tests were rolled back.
    assert testapp.get("/api/notes").json == {"notes": []}
    assert dbsession.scalar(select(func.count()).select_from(Note)) == 0
{%- endif %}

"""The notes API: create, read, update, delete, and its JSON errors."""

from typing import Any

import webtest

from .conftest import APP_NAME

NOTES = f"/{APP_NAME}/api/notes"


def create(client: webtest.TestApp, title: str = "First", body: str = "") -> dict[str, Any]:
    res = client.post_json(NOTES, {"title": title, "body": body}, status=201)
    note: dict[str, Any] = res.json
    return note


def test_create_returns_the_note_and_its_location(client: webtest.TestApp) -> None:
    res = client.post_json(NOTES, {"title": "  Groceries ", "body": "milk"}, status=201)
    note = res.json
    assert note == {"id": note["id"], "title": "Groceries", "body": "milk"}
    assert res.headers["Location"] == f"{NOTES}/{note['id']}"
    assert client.get(res.headers["Location"]).json == note


def test_list_is_ordered_and_paginated(client: webtest.TestApp) -> None:
    ids = [create(client, f"Note {n}")["id"] for n in range(3)]
    listing = client.get(NOTES).json
    assert [n["id"] for n in listing["notes"]] == ids
    assert listing["total"] == 3
    page = client.get(NOTES, {"page": 2, "per_page": 2}).json
    assert [n["id"] for n in page["notes"]] == ids[2:]
    assert (page["page"], page["per_page"]) == (2, 2)
    invalid = client.get(NOTES, {"page": "0"}, status=422)
    assert invalid.json["detail"] == "page must be a positive integer"


def test_update_changes_only_the_given_fields(client: webtest.TestApp) -> None:
    note = create(client, "Title", "old")
    res = client.patch_json(f"{NOTES}/{note['id']}", {"body": "new"})
    assert res.json == {**note, "body": "new"}
    assert client.get(f"{NOTES}/{note['id']}").json["body"] == "new"


def test_delete_removes_the_note(client: webtest.TestApp) -> None:
    note = create(client)
    res = client.delete(f"{NOTES}/{note['id']}", status=204)
    assert res.body == b""
    missing = client.get(f"{NOTES}/{note['id']}", status=404)
    assert missing.json == {"error": "Not Found", "detail": f"no note with id {note['id']}"}


def test_invalid_notes_are_rejected_with_the_reason(client: webtest.TestApp) -> None:
    assert "title" in client.post_json(NOTES, {"title": " "}, status=422).json["detail"]
    assert "title" in client.post_json(NOTES, {"title": "x" * 201}, status=422).json["detail"]
    assert "title" in client.post_json(NOTES, {"title": 5}, status=422).json["detail"]
    unknown = client.post_json(NOTES, {"title": "x", "colour": "red"}, status=422)
    assert unknown.json["detail"] == "unknown fields: colour"
    note = create(client)
    client.patch_json(f"{NOTES}/{note['id']}", {"title": ""}, status=422)
    assert client.get(NOTES).json["total"] == 1


def test_only_json_bodies_are_accepted(client: webtest.TestApp) -> None:
    # A cross-site HTML form cannot send JSON, so the API needs no CSRF token.
    res = client.post(NOTES, {"title": "from a form"}, status=415)
    assert res.json["error"] == "Unsupported Media Type"
    bad = client.post(NOTES, "{not json", content_type="application/json", status=400)
    assert bad.json["error"] == "Bad Request"
    huge = client.post_json(NOTES, {"title": "x", "body": "x" * 70_000}, status=413)
    assert "at most" in huge.json["detail"]


def test_unknown_api_paths_answer_json(client: webtest.TestApp) -> None:
    res = client.get(f"/{APP_NAME}/api/nothing/here", status=404)
    assert res.json == {"error": "Not Found", "detail": "no API endpoint at /api/nothing/here"}
    assert client.get(f"{NOTES}/not-a-number", status=404).json["error"] == "Not Found"

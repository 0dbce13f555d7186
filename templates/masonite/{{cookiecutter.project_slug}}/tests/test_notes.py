"""The notes API: create, read, list, update and delete, with Masonite's test client."""

import io
import json
from typing import Any

from masonite.utils.http import generate_wsgi

from app.controllers.NotesController import takes_json
from app.models.Note import Note
from tests.TestCase import TestCase


def body(response: Any) -> dict[str, Any]:  # Masonite's test response, untyped
    data: dict[str, Any] = json.loads(response.get_content())
    return data


class TestNotes(TestCase):
    def test_create_then_read(self) -> None:
        created = self.post("/api/notes", {"title": "First", "body": "hello"}).assertCreated()
        note = body(created)
        assert (note["title"], note["body"]) == ("First", "hello")
        created.assertHasHeader("Location", f"/api/notes/{note['id']}")
        self.get(f"/api/notes/{note['id']}").assertOk().assertJsonExact(note)

    def test_text_is_stored_as_sent(self) -> None:
        note = body(self.post("/api/notes", {"title": "<b>Tom & Jerry</b>"}))
        assert Note.find(note["id"]).title == "<b>Tom & Jerry</b>"

    def test_list_is_paginated(self) -> None:
        for number in range(3):
            Note.create({"title": f"note {number}"})
        # Masonite's test client sends parameters in the body, which request.input() also reads.
        listing = body(self.get("/api/notes", {"per_page": 2, "page": 2}).assertOk())
        assert [n["title"] for n in listing["notes"]] == ["note 2"]
        assert (listing["page"], listing["per_page"], listing["total"]) == (2, 2, 3)

    def test_update_changes_only_the_given_fields(self) -> None:
        note = Note.create({"title": "Old", "body": "kept"})
        updated = body(self.patch(f"/api/notes/{note.id}", {"title": "New"}).assertOk())
        assert (updated["title"], updated["body"]) == ("New", "kept")

    def test_delete(self) -> None:
        note = Note.create({"title": "Gone soon"})
        self.fetch(f"/api/notes/{note.id}", method="DELETE").assertNoContent()
        assert Note.find(note.id) is None

    def test_missing_note_is_a_json_404(self) -> None:
        response = self.get("/api/notes/999999").assertNotFound()
        assert body(response)["error"] == "Not Found"

    def test_invalid_note_is_a_422(self) -> None:
        self.post("/api/notes", {"title": ""}).assertIsStatus(422)
        self.post("/api/notes", {"title": "x" * 201}).assertIsStatus(422)
        self.post("/api/notes", {"title": "ok", "body": 3}).assertIsStatus(422)
        assert Note.count() == 0

    def test_only_json_bodies_are_read(self) -> None:
        # (Masonite's test client cannot set a Content-Type, so this checks the rule itself.)
        form = self.make_request({"CONTENT_TYPE": "application/x-www-form-urlencoded"})
        assert not takes_json(form)
        assert takes_json(self.make_request({"CONTENT_TYPE": "application/json; charset=utf-8"}))

    def test_malformed_json_is_a_json_400(self) -> None:
        # Through the WSGI application itself, as gunicorn calls it: the test client only sends
        # valid JSON.
        raw = b'{"title": '
        environ = generate_wsgi(
            {"CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(raw))},
            path="/api/notes",
            method="POST",
        )
        environ["wsgi.input"] = io.BytesIO(raw)
        statuses = []
        reply = b"".join(self.application(environ, lambda status, headers: statuses.append(status)))
        assert statuses == ["400 Bad Request"]
        assert json.loads(reply)["error"] == "Bad Request"

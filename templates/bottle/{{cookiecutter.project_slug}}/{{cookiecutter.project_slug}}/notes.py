{%- if cookiecutter.layout == "package" and cookiecutter.database != "none" -%}
"""The JSON API: create, read, update and delete notes under /api/notes."""

from typing import Any

from bottle import Bottle, HTTPError, abort, request, response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .db import session as db_session
from .models import Note


def list_notes() -> dict[str, Any]:
    # ?page=N&per_page=M, bounded so one request cannot load the whole table.
    page = _positive_int("page", default=1)
    per_page = min(_positive_int("per_page", default=20), 100)
    with db_session() as session:
        total = session.scalar(select(func.count()).select_from(Note)) or 0
        notes = session.scalars(
            select(Note).order_by(Note.id).offset((page - 1) * per_page).limit(per_page)
        )
        return {
            "notes": [note.to_dict() for note in notes],
            "page": page,
            "per_page": per_page,
            "total": total,
        }


def create_note() -> dict[str, Any]:
    fields = _note_fields(partial=False)
    with db_session() as session, session.begin():
        note = Note(**fields)
        session.add(note)
        session.flush()  # assigns note.id
        created = note.to_dict()
    response.status = 201
    response.set_header("Location", request.app.get_url("note", note_id=created["id"]))
    return created


def get_note(note_id: int) -> dict[str, Any]:
    with db_session() as session:
        return _find_note(session, note_id).to_dict()


def update_note(note_id: int) -> dict[str, Any]:
    fields = _note_fields(partial=True)
    with db_session() as session, session.begin():
        note = _find_note(session, note_id)
        for name, value in fields.items():
            setattr(note, name, value)
        session.flush()
        return note.to_dict()


def delete_note(note_id: int) -> None:
    with db_session() as session, session.begin():
        session.delete(_find_note(session, note_id))
    response.status = 204


def install(app: Bottle) -> None:
    app.get("/api/notes", callback=list_notes)
    app.post("/api/notes", callback=create_note)
    app.get("/api/notes/<note_id:int>", callback=get_note, name="note")
    app.patch("/api/notes/<note_id:int>", callback=update_note)
    app.delete("/api/notes/<note_id:int>", callback=delete_note)


def _find_note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        # What abort() does; raised here so that mypy sees note is a Note below.
        raise HTTPError(404, f"no note with id {note_id}")
    return note


def _positive_int(name: str, *, default: int) -> int:
    value = request.query.get(name, "")
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        abort(422, f"{name} must be a positive integer")
    return int(value)


def _note_fields(*, partial: bool) -> dict[str, str]:
    """The note fields of the JSON request body, validated; a 422 explains what is wrong."""
    if request.content_type.split(";")[0].strip() != "application/json":
        # Only JSON, which a cross-site HTML form cannot send: this API needs no CSRF token.
        abort(415, "send the body as application/json")
    data = request.json  # a 400 when the body is not valid JSON
    if not isinstance(data, dict):
        abort(422, "the body must be a JSON object")
    unknown = set(data) - {"title", "body"}
    if unknown:
        abort(422, f"unknown fields: {', '.join(sorted(unknown))}")
    fields: dict[str, str] = {}
    if "title" in data or not partial:
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            abort(422, "title is required and must be a non-empty string")
        if len(title) > Note.TITLE_MAX_LENGTH:
            abort(422, f"title must be at most {Note.TITLE_MAX_LENGTH} characters")
        fields["title"] = title.strip()
    if "body" in data:
        if not isinstance(data["body"], str):
            abort(422, "body must be a string")
        fields["body"] = data["body"]
    return fields
{%- endif %}

{% if cookiecutter.database != "none" -%}
"""The JSON API: create, read, update and delete notes under /api/notes.

Errors, routing errors included, are JSON as well: see errors.py.
{%- if cookiecutter.auth == "accounts" %}
Anyone may read; writing needs a signed-in session (401 otherwise), and only a note's owner or an
admin may change or delete it (403).
{%- endif %}
"""

from typing import Any

from flask import Blueprint, Response, abort, request, url_for
{%- if cookiecutter.auth == "accounts" %}
from flask_login import current_user, login_required
{%- endif %}

from .extensions import db
from .models import Note
from .openapi import SPEC

bp = Blueprint("api", __name__)


def _note_fields(*, partial: bool) -> dict[str, str]:
    """The note fields of the JSON request body, validated; a 422 explains what is wrong."""
    data = request.get_json()  # 415 unless the body is application/json, 400 if it is malformed
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


@bp.get("/openapi.json")
def openapi() -> dict[str, Any]:
    return SPEC


@bp.get("/notes")
def list_notes() -> dict[str, Any]:
    # ?page=N&per_page=M, bounded so one request cannot load the whole table.
    page = db.paginate(db.select(Note).order_by(Note.id), max_per_page=100)
    return {
        "notes": [note.to_dict() for note in page.items],
        "page": page.page,
        "pages": page.pages,
        "total": page.total,
    }


{% if cookiecutter.auth == "accounts" -%}
def _own_note(note_id: int) -> Note:
    """The note, if the signed-in user may change it."""
    note = db.get_or_404(Note, note_id)
    if note.owner_id != current_user.id and not current_user.is_admin:
        abort(403, "only the note's owner can change it")
    return note


{% endif -%}
@bp.post("/notes")
{%- if cookiecutter.auth == "accounts" %}
@login_required  # type: ignore[untyped-decorator]  # flask_login ships no type hints
{%- endif %}
def create_note() -> tuple[dict[str, Any], int, dict[str, str]]:
{%- if cookiecutter.auth == "accounts" %}
    note = Note(**_note_fields(partial=False), owner_id=current_user.id)
{%- else %}
    note = Note(**_note_fields(partial=False))
{%- endif %}
    db.session.add(note)
    db.session.commit()
    return note.to_dict(), 201, {"Location": url_for(".get_note", note_id=note.id)}


@bp.get("/notes/<int:note_id>")
def get_note(note_id: int) -> dict[str, Any]:
    return db.get_or_404(Note, note_id).to_dict()


@bp.patch("/notes/<int:note_id>")
{%- if cookiecutter.auth == "accounts" %}
@login_required  # type: ignore[untyped-decorator]  # flask_login ships no type hints
{%- endif %}
def update_note(note_id: int) -> dict[str, Any]:
    note = {% if cookiecutter.auth == "accounts" %}_own_note(note_id){% else %}db.get_or_404(Note, note_id){% endif %}
    for name, value in _note_fields(partial=True).items():
        setattr(note, name, value)
    db.session.commit()
    return note.to_dict()


@bp.delete("/notes/<int:note_id>")
{%- if cookiecutter.auth == "accounts" %}
@login_required  # type: ignore[untyped-decorator]  # flask_login ships no type hints
{%- endif %}
def delete_note(note_id: int) -> Response:
    note = {% if cookiecutter.auth == "accounts" %}_own_note(note_id){% else %}db.get_or_404(Note, note_id){% endif %}
    db.session.delete(note)
    db.session.commit()
    return Response(status=204)
{%- endif %}

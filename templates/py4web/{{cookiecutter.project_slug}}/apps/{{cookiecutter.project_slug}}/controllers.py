"""The actions: the home page, GET /health at the site root, and a JSON API for notes.

@action("path") serves a function at /{{ cookiecutter.project_slug }}/path; a path that starts with
"/" is absolute, which is how /health answers at the site root as load balancers expect.
@action.uses(...) lists the fixtures (database, session, auth, template) the action needs.
"""

import json
import logging
from http import HTTPStatus
from typing import Any

from py4web import HTTP, URL, action, request, response

from . import settings
from .common import auth, db

logger = logging.getLogger(__name__)

# A note is small: a larger request body is refused before it is parsed.
MAX_BODY_BYTES = 64 * 1024


def json_error(status: int, detail: Any = None) -> HTTP:
    """An HTTP exception with a JSON body ``{"error": reason, "detail": ...}``."""
    body: dict[str, Any] = {"error": HTTPStatus(status).phrase}
    if detail is not None:
        body["detail"] = detail
    return HTTP(status, body, headers={"Content-Type": "application/json"})


@action("/health")
def health() -> dict[str, str]:
    # No @action.uses(db): its connection would fail before this code runs, with an HTML page.
    try:
        db.get_connection_from_pool_or_new()
        try:
            db.executesql("SELECT 1")
        finally:
            db.recycle_connection_in_pool_or_close("rollback")
    except Exception:
        logger.exception("health check: the database did not answer")
        raise json_error(503, "database unavailable") from None
    return {"status": "ok"}


@action("index")
@action.uses("index.html", auth)
def index() -> dict[str, Any]:
    return {"project_name": settings.PROJECT_NAME, "user": auth.get_user()}


@action("api/notes", method="GET")
@action.uses(db)
def list_notes() -> dict[str, Any]:
    # ?page=N&per_page=M, bounded so one request cannot load the whole table.
    page = _positive_int("page", default=1)
    per_page = min(_positive_int("per_page", default=20), 100)
    start = (page - 1) * per_page
    notes = db(db.note).select(orderby=db.note.id, limitby=(start, start + per_page))
    return {
        "notes": [note.as_dict() for note in notes],
        "page": page,
        "per_page": per_page,
        "total": db(db.note).count(),
    }


@action("api/notes", method="POST")
@action.uses(db)
def create_note() -> dict[str, Any]:
    result = db.note.validate_and_insert(**_note_fields(partial=False))
    if result["errors"]:
        raise json_error(422, result["errors"])
    response.status = 201
    response.headers["Location"] = URL("api/notes", result["id"])
    return _find_note(result["id"])


@action("api/notes/<note_id:int>", method="GET")
@action.uses(db)
def get_note(note_id: int) -> dict[str, Any]:
    return _find_note(note_id)


@action("api/notes/<note_id:int>", method="PATCH")
@action.uses(db)
def update_note(note_id: int) -> dict[str, Any]:
    _find_note(note_id)
    fields = _note_fields(partial=True)
    if fields:
        result = db(db.note.id == note_id).validate_and_update(**fields)
        if result["errors"]:
            raise json_error(422, result["errors"])
    return _find_note(note_id)


@action("api/notes/<note_id:int>", method="DELETE")
@action.uses(db)
def delete_note(note_id: int) -> str:
    _find_note(note_id)
    db(db.note.id == note_id).delete()
    response.status = 204
    return ""


@action("api/<path:path>", method=["GET", "POST", "PUT", "PATCH", "DELETE"])
def api_not_found(path: str) -> None:
    # The routes above are more specific and win; anything else under api/ answers JSON, not HTML.
    raise json_error(404, f"no API endpoint at /api/{path}")


def _find_note(note_id: int) -> dict[str, Any]:
    note = db.note(note_id)
    if note is None:
        raise json_error(404, f"no note with id {note_id}")
    row: dict[str, Any] = note.as_dict()  # pyDAL is untyped
    return row


def _positive_int(name: str, *, default: int) -> int:
    value = request.query.get(name, "")
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise json_error(422, f"{name} must be a positive integer")
    return int(value)


def _note_fields(*, partial: bool) -> dict[str, str]:
    """The note fields of the JSON request body; pyDAL's validators then check their values."""
    content_type = request.headers.get("Content-Type", "").split(";")[0].strip()
    if content_type != "application/json":
        # Only JSON, which a cross-site HTML form cannot send: this API needs no CSRF token.
        raise json_error(415, "send the body as application/json")
    raw = request.body.read(MAX_BODY_BYTES + 1)
    if len(raw) > MAX_BODY_BYTES:
        raise json_error(413, f"the body must be at most {MAX_BODY_BYTES} bytes")
    try:
        data = json.loads(raw)
    except ValueError:
        raise json_error(400, "the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise json_error(422, "the body must be a JSON object")
    unknown = set(data) - {"title", "body"}
    if unknown:
        raise json_error(422, f"unknown fields: {', '.join(sorted(unknown))}")
    fields: dict[str, str] = {}
    if "title" in data or not partial:
        title = data.get("title")
        if not isinstance(title, str):
            raise json_error(422, {"title": "must be a string"})
        fields["title"] = title.strip()
    if "body" in data:
        if not isinstance(data["body"], str):
            raise json_error(422, {"body": "must be a string"})
        fields["body"] = data["body"]
    return fields

{%- if cookiecutter.database != "none" -%}
"""A JSON API for notes: list, create, read, update, delete.

Unsafe methods need the CSRF token like any other POST: a browser client reads it from the
``csrf-token`` meta tag of an HTML page and sends it as the ``X-CSRF-Token`` header. Errors are
``{"error": ..., "detail": ...}`` (views/errors.py turns the HTTP errors raised here into that).
"""

from typing import Any

from pyramid.httpexceptions import (
    HTTPBadRequest,
    HTTPNoContent,
    HTTPNotFound,
    HTTPUnprocessableEntity,
)
from pyramid.request import Request
from pyramid.view import view_config, view_defaults
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Note
from ..openapi import SPEC

MAX_TITLE_LENGTH = 200


@view_config(route_name="openapi", request_method="GET", renderer="json")
def openapi(request: Request) -> dict[str, Any]:
    return SPEC


@view_defaults(renderer="json")
class NoteViews:
    def __init__(self, request: Request) -> None:
        self.request = request
        self.dbsession: Session = request.dbsession

    @view_config(route_name="notes", request_method="GET")
    def index(self) -> dict[str, list[Note]]:
        return {"notes": list(self.dbsession.scalars(select(Note).order_by(Note.id)))}

    @view_config(route_name="notes", request_method="POST")
    def create(self) -> Note:
        note = Note(**self._validated_body())
        self.dbsession.add(note)
        self.dbsession.flush()  # assigns note.id for the Location header
        self.request.response.status_int = 201
        self.request.response.location = self.request.route_url("note", id=note.id)
        return note

    @view_config(route_name="note", request_method="GET")
    def show(self) -> Note:
        return self._get_note()

    @view_config(route_name="note", request_method="PUT")
    def update(self) -> Note:
        note = self._get_note()
        for field, value in self._validated_body().items():
            setattr(note, field, value)
        return note

    @view_config(route_name="note", request_method="DELETE")
    def delete(self) -> HTTPNoContent:
        self.dbsession.delete(self._get_note())
        self.dbsession.flush()  # report a failing DELETE here, not when the transaction commits
        return HTTPNoContent()

    def _get_note(self) -> Note:
        note = self.dbsession.get(Note, int(self.request.matchdict["id"]))
        if note is None:
            raise HTTPNotFound(detail="note not found")
        return note

    def _validated_body(self) -> dict[str, str]:
        try:
            data = self.request.json_body
        except ValueError:
            raise HTTPBadRequest(detail="the body must be JSON") from None
        if not isinstance(data, dict):
            raise HTTPBadRequest(detail="the body must be a JSON object")
        title, body = data.get("title"), data.get("body", "")
        errors: dict[str, str] = {}
        if not isinstance(title, str) or not title.strip():
            errors["title"] = "required, a non-empty string"
        elif len(title) > MAX_TITLE_LENGTH:
            errors["title"] = f"at most {MAX_TITLE_LENGTH} characters"
        if not isinstance(body, str):
            errors["body"] = "must be a string"
        if errors:
            raise HTTPUnprocessableEntity(detail=errors)
        return {"title": str(title).strip(), "body": body}  # both are str: checked above
{%- endif %}

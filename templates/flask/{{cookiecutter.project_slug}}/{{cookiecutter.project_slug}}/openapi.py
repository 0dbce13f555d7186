{% if cookiecutter.database != "none" -%}
"""The JSON API's OpenAPI 3.1 description, served at GET /api/openapi.json.

Written by hand beside api.py; tests/test_api.py checks that it names exactly the API's routes
and methods, so a new endpoint without a description fails the tests. Paste the URL into any
OpenAPI viewer (Swagger UI, Redoc) or client generator.
"""

from typing import Any

from . import config
from .models import Note


def _json(schema: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


NOT_FOUND = _json("Error", "No note with this id")
INVALID = _json("Error", "The body is not a valid note (422), or not JSON (400, 415)")
{%- if cookiecutter.auth == "accounts" %}
# Writes need the session cookie of a signed-in user (sign in at /accounts/login).
SIGNED_OUT = _json("Error", "Not signed in")
NOT_OWNER = _json("Error", "Only the note's owner (or an admin) may change it")
{%- endif %}
NOTE_ID = {"name": "note_id", "in": "path", "required": True, "schema": {"type": "integer"}}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": config.PROJECT_NAME, "version": "0.1.0"},
    "paths": {
        "/api/notes": {
            "get": {
                "summary": "List notes, oldest first, a page at a time",
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {
                        "name": "per_page",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                ],
                "responses": {"200": _json("NotePage", "One page of notes")},
            },
            "post": {
                "summary": "Create a note",
                "requestBody": {"required": True, **_json("NoteInput", "The new note")},
                "responses": {
                    "201": _json("Note", "The note, at its Location"),
{%- if cookiecutter.auth == "accounts" %}
                    "401": SIGNED_OUT,
{%- endif %}
                    "422": INVALID,
                },
            },
        },
        "/api/notes/{note_id}": {
            "parameters": [NOTE_ID],
            "get": {
                "summary": "One note",
                "responses": {"200": _json("Note", "The note"), "404": NOT_FOUND},
            },
            "patch": {
                "summary": "Change some fields of a note",
                "requestBody": {"required": True, **_json("NotePatch", "The fields to change")},
                "responses": {
                    "200": _json("Note", "The changed note"),
{%- if cookiecutter.auth == "accounts" %}
                    "401": SIGNED_OUT,
                    "403": NOT_OWNER,
{%- endif %}
                    "404": NOT_FOUND,
                    "422": INVALID,
                },
            },
            "delete": {
                "summary": "Delete a note",
                "responses": {
                    "204": {"description": "Deleted"},
{%- if cookiecutter.auth == "accounts" %}
                    "401": SIGNED_OUT,
                    "403": NOT_OWNER,
{%- endif %}
                    "404": NOT_FOUND,
                },
            },
        },
        "/api/openapi.json": {
            "get": {
                "summary": "This document",
                "responses": {"200": {"description": "The OpenAPI description of this API"}},
            }
        },
    },
    "components": {
        "schemas": {
            "NoteInput": {
                "type": "object",
                "properties": {
                    "title": {"type": "string", "minLength": 1, "maxLength": Note.TITLE_MAX_LENGTH},
                    "body": {"type": "string"},
                },
                "required": ["title"],
                "additionalProperties": False,
            },
            "NotePatch": {
                "type": "object",
                "properties": {
                    "title": {"type": "string", "minLength": 1, "maxLength": Note.TITLE_MAX_LENGTH},
                    "body": {"type": "string"},
                },
                "additionalProperties": False,
            },
            "Note": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "title": {"type": "string"},
                    "body": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                    "updated_at": {"type": "string", "format": "date-time"},
{%- if cookiecutter.auth == "accounts" %}
                    "owner_id": {"type": ["integer", "null"], "description": "Who may change it"},
{%- endif %}
                },
                "required": ["id", "title", "body", "created_at", "updated_at"],
            },
            "NotePage": {
                "type": "object",
                "properties": {
                    "notes": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}},
                    "page": {"type": "integer"},
                    "pages": {"type": "integer"},
                    "total": {"type": "integer"},
                },
                "required": ["notes", "page", "pages", "total"],
            },
            "Error": {
                "type": "object",
                "description": "Every error of the API, routing errors (404, 405) included",
                "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
                "required": ["error", "detail"],
            },
        }
    },
}
{%- endif %}

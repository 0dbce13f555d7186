{% if cookiecutter.database != "none" -%}
"""The JSON API's OpenAPI 3.1 description, served at GET /api/openapi.json (views/notes.py).

Written by hand beside the views; tests/test_notes.py checks that it names exactly the API's
routes and methods, so a new endpoint without a description fails the tests. Paste the URL into
any OpenAPI viewer (Swagger UI, Redoc) or client generator.
"""

from typing import Any

from . import PROJECT_NAME


def _json(schema: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


NOT_FOUND = _json("Error", "No note with this id")
INVALID = _json("Error", "The body is not JSON (400) or not a valid note (422)")
FORBIDDEN = _json("Error", "The X-CSRF-Token header is missing or wrong (400)")
# Unsafe methods need the session's CSRF token, read from a page's <meta name="csrf-token">.
CSRF: list[dict[str, list[str]]] = [{"csrfToken": []}]
NOTE_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
NOTE_INPUT = {"required": True, **_json("NoteInput", "The note's fields")}

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": PROJECT_NAME, "version": "0.1.0"},
    "paths": {
        "/api/notes": {
            "get": {
                "summary": "List every note, oldest first",
                "responses": {"200": _json("NoteList", "The notes")},
            },
            "post": {
                "summary": "Create a note",
                "security": CSRF,
                "requestBody": NOTE_INPUT,
                "responses": {
                    "201": _json("Note", "The note, at its Location"),
                    "400": FORBIDDEN,
                    "422": INVALID,
                },
            },
        },
        "/api/notes/{id}": {
            "parameters": [NOTE_ID],
            "get": {
                "summary": "One note",
                "responses": {"200": _json("Note", "The note"), "404": NOT_FOUND},
            },
            "put": {
                "summary": "Replace a note's fields",
                "security": CSRF,
                "requestBody": NOTE_INPUT,
                "responses": {
                    "200": _json("Note", "The changed note"),
                    "400": FORBIDDEN,
                    "404": NOT_FOUND,
                    "422": INVALID,
                },
            },
            "delete": {
                "summary": "Delete a note",
                "security": CSRF,
                "responses": {
                    "204": {"description": "Deleted"},
                    "400": FORBIDDEN,
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
        "securitySchemes": {
            "csrfToken": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token"},
        },
        "schemas": {
            "NoteInput": {
                "type": "object",
                "properties": {
                    "title": {"type": "string", "minLength": 1, "maxLength": 200},
                    "body": {"type": "string"},
                },
                "required": ["title"],
            },
            "Note": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "title": {"type": "string"},
                    "body": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                },
                "required": ["id", "title", "body", "created_at"],
            },
            "NoteList": {
                "type": "object",
                "properties": {
                    "notes": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}},
                },
                "required": ["notes"],
            },
            "Error": {
                "type": "object",
                "description": "Every error of the API, routing and CSRF errors included",
                "properties": {
                    "error": {"type": "string"},
                    "detail": {
                        "description": "What went wrong; for a 422, a message per field",
                        "oneOf": [
                            {"type": "string"},
                            {"type": "object", "additionalProperties": {"type": "string"}},
                        ],
                    },
                },
                "required": ["error", "detail"],
            },
        },
    },
}
{%- endif %}

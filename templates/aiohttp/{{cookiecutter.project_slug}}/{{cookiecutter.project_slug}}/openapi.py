{%- set db = cookiecutter.database != "none" -%}
"""The API's OpenAPI 3.1 document, served at /openapi.json.

Written by hand, next to the handlers it describes; tests/test_openapi.py fails when a route is
missing from it or it names a route that does not exist. Paste the URL into any OpenAPI viewer
(Swagger UI, Redoc, your editor) to browse and try the API.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

{% if db -%}
from .items import NAME_MAX_LENGTH, PAGE_SIZE_MAX
{% endif -%}
from .settings import PROJECT_NAME

routes = web.RouteTableDef()


def error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def json_body(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}

{% if db %}
ITEM = {"$ref": "#/components/schemas/Item"}
ITEM_ID = {
    "name": "item_id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 0},
}
NOT_FOUND = error("No item with this id")
INVALID = error("The body is not a valid item")
{% endif %}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": PROJECT_NAME, "version": "0.1.0"},
    "paths": {
        "/health": {
            "get": {
                "summary": "Health check{% if db %} (runs SELECT 1 on the database){% endif %}",
                "responses": {
                    "200": json_body({"$ref": "#/components/schemas/Health"}, "Healthy"),
{%- if db %}
                    "503": json_body({"$ref": "#/components/schemas/Health"}, "Database down"),
{%- endif %}
                },
            }
        },
{%- if db %}
        "/items": {
            "get": {
                "summary": "List items, oldest first",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 0, "maximum": PAGE_SIZE_MAX},
                    },
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                ],
                "responses": {
                    "200": json_body({"type": "array", "items": ITEM}, "A page of items"),
                    "422": error("limit or offset out of range"),
                },
            },
            "post": {
                "summary": "Create an item",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ItemCreate"}}
                    },
                },
                "responses": {
                    "201": json_body(ITEM, "Created; Location names its URL"),
                    "400": error("The body is not JSON"),
                    "422": INVALID,
                },
            },
        },
        "/items/{item_id}": {
            "parameters": [ITEM_ID],
            "get": {
                "summary": "Read an item",
                "responses": {"200": json_body(ITEM, "The item"), "404": NOT_FOUND},
            },
            "patch": {
                "summary": "Change some fields of an item",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ItemUpdate"}}
                    },
                },
                "responses": {
                    "200": json_body(ITEM, "The changed item"),
                    "400": error("The body is not JSON"),
                    "404": NOT_FOUND,
                    "422": INVALID,
                },
            },
            "delete": {
                "summary": "Delete an item",
                "responses": {"204": {"description": "Deleted"}, "404": NOT_FOUND},
            },
        },
{%- endif %}
{%- if cookiecutter.tasks == "arq" %}
        "/jobs": {
            "post": {
                "summary": "Enqueue the example task (a worker runs it)",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/JobCreate"}}
                    },
                },
                "responses": {
                    "202": json_body({"$ref": "#/components/schemas/Job"}, "Queued"),
                    "400": error("The body is not JSON"),
                    "422": error("The name is missing or too long"),
                },
            }
        },
        "/jobs/{job_id}": {
            "parameters": [
                {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {
                "summary": "A job's status, and its result once complete",
                "responses": {
                    "200": json_body({"$ref": "#/components/schemas/Job"}, "The job"),
                    "404": error("No job with this id"),
                },
            },
        },
{%- endif %}
    },
    "components": {
        "schemas": {
            "Error": {
                "type": "object",
                "properties": {"detail": {"type": "string"}},
                "required": ["detail"],
            },
            "Health": {
                "type": "object",
                "properties": {"status": {"enum": ["ok", "error"]}},
                "required": ["status"],
            },
{%- if db %}
            "Item": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "description": {"type": "string"},
                },
                "required": ["id", "name", "description"],
            },
            "ItemCreate": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": NAME_MAX_LENGTH},
                    "description": {"type": "string"},
                },
                "required": ["name"],
                "additionalProperties": False,
            },
            "ItemUpdate": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": NAME_MAX_LENGTH},
                    "description": {"type": "string"},
                },
                "additionalProperties": False,
            },
{%- endif %}
{%- if cookiecutter.tasks == "arq" %}
            "JobCreate": {
                "type": "object",
                "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 100}},
                "required": ["name"],
            },
            "Job": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "status": {"enum": ["deferred", "queued", "in_progress", "complete"]},
                    "result": {"type": ["string", "null"]},
                },
                "required": ["id", "status"],
            },
{%- endif %}
        }
    },
}


@routes.get("/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    return web.json_response(DOCUMENT)

{%- set asgi = cookiecutter.interface == "asgi" -%}
{%- set db = cookiecutter.database != "none" -%}
"""The OpenAPI document of the API, served at ``GET /openapi.json``.

Falcon generates none, so it is written here by hand{% if db %}, with the request body schemas
the resources validate with (schemas.py){% endif %}.
tests/test_openapi.py fails when a route of the app is missing here or a path here has no route,
and checks that the document is valid OpenAPI.
"""

from __future__ import annotations

from typing import Any

{% if asgi -%}
from falcon.asgi import Request, Response
{%- else -%}
from falcon import Request, Response
{%- endif %}

{% if db -%}
from . import schemas
{% endif -%}
from .settings import DESCRIPTION, PROJECT_NAME


def json_body(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}
{%- if db %}


def query_integer(name: str, **bounds: int) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "integer", **bounds}}
{%- endif %}


# Every error, whatever its status: Falcon's own shape (falcon.HTTPError.to_dict()).
ERROR_RESPONSE = json_body(ref("Error"), "An error, in Falcon's error shape")
{%- if db %}
ITEM_ID = {
    "name": "item_id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
}
{%- endif %}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": PROJECT_NAME, "description": DESCRIPTION, "version": "0.1.0"},
    "paths": {
        "/health": {
            "get": {
                "operationId": "health",
                "summary": "Liveness{% if db %} and database readiness{% endif %}",
                "responses": {
                    "200": json_body(ref("Health"), "The service is up"),
{%- if db %}
                    "503": json_body(ref("Health"), "The database does not answer"),
{%- endif %}
                },
            }
        },
        "/openapi.json": {
            "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": {"200": json_body({"type": "object"}, "The OpenAPI document")},
            }
        },
{%- if db %}
        "/items": {
            "get": {
                "operationId": "listItems",
                "summary": "List items, oldest first",
                "parameters": [
                    query_integer("limit", minimum=1, maximum=100, default=50),
                    query_integer("offset", minimum=0, maximum=2**31 - 1, default=0),
                ],
                "responses": {
                    "200": json_body({"type": "array", "items": ref("Item")}, "A page of items"),
                    "default": ERROR_RESPONSE,
                },
            },
            "post": {
                "operationId": "createItem",
                "summary": "Create an item",
                "requestBody": {"required": True, **json_body(ref("NewItem"), "The new item")},
                "responses": {
                    "201": json_body(ref("Item"), "The item, with its URL in Location"),
                    "default": ERROR_RESPONSE,
                },
            },
        },
        "/items/{item_id}": {
            "parameters": [ITEM_ID],
            "get": {
                "operationId": "getItem",
                "summary": "One item",
                "responses": {"200": json_body(ref("Item"), "The item"), "default": ERROR_RESPONSE},
            },
            "patch": {
                "operationId": "updateItem",
                "summary": "Change some fields of an item",
                "requestBody": {"required": True, **json_body(ref("ItemChanges"), "The changes")},
                "responses": {"200": json_body(ref("Item"), "The item"), "default": ERROR_RESPONSE},
            },
            "delete": {
                "operationId": "deleteItem",
                "summary": "Delete an item",
                "responses": {"204": {"description": "Deleted"}, "default": ERROR_RESPONSE},
            },
        },
{%- endif %}
    },
    "components": {
        "schemas": {
            "Error": {
                "type": "object",
                "properties": {"title": {"type": "string"}, "description": {"type": "string"}},
                "required": ["title"],
            },
            "Health": {
                "type": "object",
                "properties": {"status": {"enum": ["ok", "error"]}},
                "required": ["status"],
            },
{%- if db %}
            "Item": schemas.ITEM,
            "NewItem": schemas.NEW_ITEM,
            "ItemChanges": schemas.ITEM_CHANGES,
{%- endif %}
        }
    },
}


class OpenApiResource:
    {% if asgi %}async {% endif %}def on_get(self, req: Request, resp: Response) -> None:
        resp.media = SPEC

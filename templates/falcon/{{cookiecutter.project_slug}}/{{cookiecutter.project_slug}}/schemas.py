{%- if cookiecutter.database != "none" -%}
"""JSON Schemas of the items API: Falcon's @jsonschema.validate checks request bodies against
them, and the OpenAPI document (openapi.py) publishes the same schemas."""

from __future__ import annotations

from typing import Any

from .models import Item

NAME = {
    "type": "string",
    "minLength": 1,
    "maxLength": Item.NAME_MAX_LENGTH,
    "pattern": r"\S",  # not only white space
}
DESCRIPTION = {"type": "string"}

ITEM: dict[str, Any] = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "name": NAME, "description": DESCRIPTION},
    "required": ["id", "name", "description"],
    "additionalProperties": False,
}

# POST /items
NEW_ITEM: dict[str, Any] = {
    "type": "object",
    "properties": {"name": NAME, "description": DESCRIPTION},
    "required": ["name"],
    "additionalProperties": False,
}

# PATCH /items/{item_id}: any subset of the fields.
ITEM_CHANGES: dict[str, Any] = {
    "type": "object",
    "properties": {"name": NAME, "description": DESCRIPTION},
    "additionalProperties": False,
}
{%- endif %}

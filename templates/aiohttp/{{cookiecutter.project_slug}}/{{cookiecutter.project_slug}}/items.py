{%- if cookiecutter.database != "none" -%}
"""JSON CRUD endpoints for the example Item model: /items and /items/{item_id}."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .db import SESSIONMAKER
from .models import Item

routes = web.RouteTableDef()

NAME_MAX_LENGTH = 200
PAGE_SIZE_MAX = 100
# The id column is a 32-bit integer: larger ids cannot exist, and PostgreSQL rejects them.
ID_MAX = 2**31 - 1


def unprocessable(message: str) -> web.HTTPUnprocessableEntity:
    return web.HTTPUnprocessableEntity(
        text=json.dumps({"detail": message}), content_type="application/json"
    )


def query_int(request: web.Request, name: str, default: int, maximum: int) -> int:
    raw = request.query.get(name, str(default))
    if not raw.isdigit() or int(raw) > maximum:
        raise unprocessable(f"{name} must be an integer between 0 and {maximum}")
    return int(raw)


async def item_fields(request: web.Request, *, partial: bool) -> dict[str, Any]:
    """The validated fields of a JSON body; with partial=True (PATCH) every field is optional."""
    try:
        data = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(
            text=json.dumps({"detail": "the body is not valid JSON"}),
            content_type="application/json",
        ) from None
    if not isinstance(data, dict):
        raise unprocessable("the body must be a JSON object")
    unknown = sorted(data.keys() - {"name", "description"})
    if unknown:
        raise unprocessable(f"unknown fields: {', '.join(unknown)}")
    fields: dict[str, Any] = {}
    if not partial or "name" in data:
        name = data.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > NAME_MAX_LENGTH:
            raise unprocessable(f"name must be 1 to {NAME_MAX_LENGTH} characters")
        fields["name"] = name.strip()
    if "description" in data:
        if not isinstance(data["description"], str):
            raise unprocessable("description must be a string")
        fields["description"] = data["description"]
    return fields


async def get_item_or_404(session: AsyncSession, request: web.Request) -> Item:
    item_id = int(request.match_info["item_id"])
    item = await session.get(Item, item_id) if item_id <= ID_MAX else None
    if item is None:
        raise web.HTTPNotFound()
    return item


@routes.get("/items")
async def list_items(request: web.Request) -> web.Response:
    limit = query_int(request, "limit", default=50, maximum=PAGE_SIZE_MAX)
    offset = query_int(request, "offset", default=0, maximum=ID_MAX)
    async with request.app[SESSIONMAKER]() as session:
        items = await session.scalars(select(Item).order_by(Item.id).limit(limit).offset(offset))
        return web.json_response([item.to_dict() for item in items])


@routes.post("/items")
async def create_item(request: web.Request) -> web.Response:
    fields = await item_fields(request, partial=False)
    async with request.app[SESSIONMAKER].begin() as session:
        item = Item(name=fields["name"], description=fields.get("description", ""))
        session.add(item)
    location = request.app.router["item"].url_for(item_id=str(item.id))
    return web.json_response(item.to_dict(), status=201, headers={"Location": str(location)})


@routes.get(r"/items/{item_id:\d+}", name="item")
async def get_item(request: web.Request) -> web.Response:
    async with request.app[SESSIONMAKER]() as session:
        item = await get_item_or_404(session, request)
        return web.json_response(item.to_dict())


@routes.patch(r"/items/{item_id:\d+}")
async def update_item(request: web.Request) -> web.Response:
    fields = await item_fields(request, partial=True)
    async with request.app[SESSIONMAKER].begin() as session:
        item = await get_item_or_404(session, request)
        for name, value in fields.items():
            setattr(item, name, value)
    return web.json_response(item.to_dict())


@routes.delete(r"/items/{item_id:\d+}")
async def delete_item(request: web.Request) -> web.Response:
    async with request.app[SESSIONMAKER].begin() as session:
        await session.delete(await get_item_or_404(session, request))
    return web.Response(status=204)
{%- endif %}

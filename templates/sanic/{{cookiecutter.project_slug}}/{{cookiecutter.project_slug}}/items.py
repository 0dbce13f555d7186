{%- if cookiecutter.database != "none" -%}
"""JSON CRUD endpoints for the example Item model: /items and /items/<item_id>."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from sanic import Blueprint, Request, empty, json
from sanic.exceptions import NotFound
from sanic.response import HTTPResponse
from sanic_ext import openapi, validate
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Item

bp = Blueprint("items", url_prefix="/items")

NAME_MAX_LENGTH = 200
PAGE_SIZE_MAX = 100
# The id column is a 32-bit integer: larger ids cannot exist, and PostgreSQL rejects them.
ID_MAX = 2**31 - 1


class ItemCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=NAME_MAX_LENGTH)
    description: str = ""


class ItemUpdate(BaseModel):
    """PATCH: every field is optional; the ones sent are changed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(default="", min_length=1, max_length=NAME_MAX_LENGTH)
    description: str = ""


class Page(BaseModel):
    limit: int = Field(default=50, ge=0, le=PAGE_SIZE_MAX)
    offset: int = Field(default=0, ge=0, le=ID_MAX)


async def get_item_or_404(session: AsyncSession, item_id: int) -> Item:
    item = await session.get(Item, item_id) if item_id <= ID_MAX else None
    if item is None:
        raise NotFound(f"item {item_id} not found")
    return item


@bp.get("")
@openapi.summary("List items, oldest first")
@validate(query=Page)
async def list_items(request: Request, query: Page) -> HTTPResponse:
    async with request.app.ctx.sessionmaker() as session:
        statement = select(Item).order_by(Item.id).limit(query.limit).offset(query.offset)
        items = await session.scalars(statement)
        return json([item.to_dict() for item in items])


@bp.post("")
@openapi.summary("Create an item")
@validate(json=ItemCreate)
async def create_item(request: Request, body: ItemCreate) -> HTTPResponse:
    async with request.app.ctx.sessionmaker.begin() as session:
        item = Item(**body.model_dump())
        session.add(item)
    location = request.app.url_for("items.get_item", item_id=item.id)
    return json(item.to_dict(), status=201, headers={"Location": location})


@bp.get("/<item_id:int>")
@openapi.summary("Read one item")
async def get_item(request: Request, item_id: int) -> HTTPResponse:
    async with request.app.ctx.sessionmaker() as session:
        item = await get_item_or_404(session, item_id)
        return json(item.to_dict())


@bp.patch("/<item_id:int>")
@openapi.summary("Change some fields of an item")
@validate(json=ItemUpdate)
async def update_item(request: Request, item_id: int, body: ItemUpdate) -> HTTPResponse:
    async with request.app.ctx.sessionmaker.begin() as session:
        item = await get_item_or_404(session, item_id)
        for name, value in body.model_dump(exclude_unset=True).items():
            setattr(item, name, value)
    return json(item.to_dict())


@bp.delete("/<item_id:int>")
@openapi.summary("Delete an item")
async def delete_item(request: Request, item_id: int) -> HTTPResponse:
    async with request.app.ctx.sessionmaker.begin() as session:
        await session.delete(await get_item_or_404(session, item_id))
    return empty()
{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""JSON CRUD endpoints for the example Item model: /items and /items/<id>."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .base import ApiError, JsonHandler
from .db import Database
from .models import Item

NAME_MAX_LENGTH = 200
PAGE_SIZE_MAX = 100
# The id column is a 32-bit integer: larger ids cannot exist, and PostgreSQL rejects them.
ID_MAX = 2**31 - 1


class ItemsBaseHandler(JsonHandler):
    def initialize(self, database: Database) -> None:
        self.database = database

    def item_fields(self, *, partial: bool) -> dict[str, Any]:
        """The validated fields of the JSON body; partial=True (PATCH) makes every one optional."""
        data = self.json_body()
        if not isinstance(data, dict):
            raise ApiError(422, "the body must be a JSON object")
        unknown = sorted(data.keys() - {"name", "description"})
        if unknown:
            raise ApiError(422, f"unknown fields: {', '.join(unknown)}")
        fields: dict[str, Any] = {}
        if not partial or "name" in data:
            name = data.get("name")
            if not isinstance(name, str) or not name.strip() or len(name) > NAME_MAX_LENGTH:
                raise ApiError(422, f"name must be 1 to {NAME_MAX_LENGTH} characters")
            fields["name"] = name.strip()
        if "description" in data:
            if not isinstance(data["description"], str):
                raise ApiError(422, "description must be a string")
            fields["description"] = data["description"]
        return fields

    def query_int(self, name: str, default: int, maximum: int) -> int:
        raw = self.get_query_argument(name, str(default))
        if not raw.isdigit() or int(raw) > maximum:
            raise ApiError(422, f"{name} must be an integer between 0 and {maximum}")
        return int(raw)


async def get_item_or_404(session: AsyncSession, item_id: str) -> Item:
    # The route only matches digits, but they may still be beyond any id.
    item = await session.get(Item, int(item_id)) if int(item_id) <= ID_MAX else None
    if item is None:
        raise ApiError(404, "Not Found")
    return item


class ItemsHandler(ItemsBaseHandler):
    async def get(self) -> None:
        limit = self.query_int("limit", default=50, maximum=PAGE_SIZE_MAX)
        offset = self.query_int("offset", default=0, maximum=ID_MAX)
        async with self.database.session() as session:
            items = await session.scalars(
                select(Item).order_by(Item.id).limit(limit).offset(offset)
            )
            self.write_json([item.to_dict() for item in items])

    async def post(self) -> None:
        fields = self.item_fields(partial=False)
        async with self.database.session.begin() as session:
            item = Item(name=fields["name"], description=fields.get("description", ""))
            session.add(item)
        self.set_header("Location", self.reverse_url("item", item.id))
        self.write_json(item.to_dict(), status=201)


class ItemHandler(ItemsBaseHandler):
    async def get(self, item_id: str) -> None:
        async with self.database.session() as session:
            item = await get_item_or_404(session, item_id)
            self.write_json(item.to_dict())

    async def patch(self, item_id: str) -> None:
        fields = self.item_fields(partial=True)
        async with self.database.session.begin() as session:
            item = await get_item_or_404(session, item_id)
            for name, value in fields.items():
                setattr(item, name, value)
        self.write_json(item.to_dict())

    async def delete(self, item_id: str) -> None:
        async with self.database.session.begin() as session:
            await session.delete(await get_item_or_404(session, item_id))
        self.set_status(204)
        self.finish()
{%- endif %}

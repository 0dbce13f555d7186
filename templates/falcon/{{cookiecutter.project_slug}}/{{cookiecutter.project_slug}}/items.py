{%- if cookiecutter.database != "none" -%}
{%- if cookiecutter.interface == "asgi" -%}
"""The items API: Falcon resources for /items and /items/{item_id}, JSON in and out."""

from __future__ import annotations

import falcon
from falcon.asgi import Request, Response
from falcon.media.validators import jsonschema
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from . import schemas
from .hooks import max_body
from .models import Item

LIMIT = 50
LIMIT_MAX = 100
OFFSET_MAX = 2**31 - 1
# Items are small: a larger body is a mistake or an attack.
BODY_MAX = 64 * 1024


async def find_item(session: AsyncSession, item_id: int) -> Item:
    item = await session.get(Item, item_id)
    if item is None:
        raise falcon.HTTPNotFound(description=f"There is no item {item_id}.")
    return item


class ItemCollection:
    """GET lists the items (``?limit=&offset=``), POST creates one."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def on_get(self, req: Request, resp: Response) -> None:
        # Falcon answers 400, naming the parameter, when a value is not a number in range.
        limit = req.get_param_as_int("limit", min_value=1, max_value=LIMIT_MAX, default=LIMIT)
        offset = req.get_param_as_int("offset", min_value=0, max_value=OFFSET_MAX, default=0)
        async with self.sessions() as session:
            page = select(Item).order_by(Item.id).limit(limit).offset(offset)
            resp.media = [item.to_dict() for item in await session.scalars(page)]

    @falcon.before(max_body(BODY_MAX))
    @jsonschema.validate(req_schema=schemas.NEW_ITEM)
    async def on_post(self, req: Request, resp: Response) -> None:
        fields = await req.get_media()
        async with self.sessions.begin() as session:
            item = Item(name=fields["name"], description=fields.get("description", ""))
            session.add(item)
        resp.status = falcon.HTTP_201
        resp.location = f"/items/{item.id}"
        resp.media = item.to_dict()


class ItemResource:
    """GET, PATCH (any subset of the fields) and DELETE one item."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def on_get(self, req: Request, resp: Response, item_id: int) -> None:
        async with self.sessions() as session:
            resp.media = (await find_item(session, item_id)).to_dict()

    @falcon.before(max_body(BODY_MAX))
    @jsonschema.validate(req_schema=schemas.ITEM_CHANGES)
    async def on_patch(self, req: Request, resp: Response, item_id: int) -> None:
        changes = await req.get_media()
        async with self.sessions.begin() as session:
            item = await find_item(session, item_id)
            for name, value in changes.items():
                setattr(item, name, value)
        resp.media = item.to_dict()

    async def on_delete(self, req: Request, resp: Response, item_id: int) -> None:
        async with self.sessions.begin() as session:
            await session.delete(await find_item(session, item_id))
        resp.status = falcon.HTTP_204
{%- else -%}
"""The items API: Falcon resources for /items and /items/{item_id}, JSON in and out."""

from __future__ import annotations

import falcon
from falcon import Request, Response
from falcon.media.validators import jsonschema
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from . import schemas
from .hooks import max_body
from .models import Item

LIMIT = 50
LIMIT_MAX = 100
OFFSET_MAX = 2**31 - 1
# Items are small: a larger body is a mistake or an attack.
BODY_MAX = 64 * 1024


def find_item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise falcon.HTTPNotFound(description=f"There is no item {item_id}.")
    return item


class ItemCollection:
    """GET lists the items (``?limit=&offset=``), POST creates one."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def on_get(self, req: Request, resp: Response) -> None:
        # Falcon answers 400, naming the parameter, when a value is not a number in range.
        limit = req.get_param_as_int("limit", min_value=1, max_value=LIMIT_MAX, default=LIMIT)
        offset = req.get_param_as_int("offset", min_value=0, max_value=OFFSET_MAX, default=0)
        with self.sessions() as session:
            page = select(Item).order_by(Item.id).limit(limit).offset(offset)
            resp.media = [item.to_dict() for item in session.scalars(page)]

    @falcon.before(max_body(BODY_MAX))
    @jsonschema.validate(req_schema=schemas.NEW_ITEM)
    def on_post(self, req: Request, resp: Response) -> None:
        fields = req.get_media()
        with self.sessions.begin() as session:
            item = Item(name=fields["name"], description=fields.get("description", ""))
            session.add(item)
        resp.status = falcon.HTTP_201
        resp.location = f"/items/{item.id}"
        resp.media = item.to_dict()


class ItemResource:
    """GET, PATCH (any subset of the fields) and DELETE one item."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def on_get(self, req: Request, resp: Response, item_id: int) -> None:
        with self.sessions() as session:
            resp.media = find_item(session, item_id).to_dict()

    @falcon.before(max_body(BODY_MAX))
    @jsonschema.validate(req_schema=schemas.ITEM_CHANGES)
    def on_patch(self, req: Request, resp: Response, item_id: int) -> None:
        changes = req.get_media()
        with self.sessions.begin() as session:
            item = find_item(session, item_id)
            for name, value in changes.items():
                setattr(item, name, value)
        resp.media = item.to_dict()

    def on_delete(self, req: Request, resp: Response, item_id: int) -> None:
        with self.sessions.begin() as session:
            session.delete(find_item(session, item_id))
        resp.status = falcon.HTTP_204
{%- endif %}
{%- endif %}

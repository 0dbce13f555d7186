{%- if cookiecutter.database != "none" -%}
{%- if cookiecutter.auth == "jwt" -%}
"""CRUD for the example Item resource, with offset/limit pagination.

Anyone may read items; creating one needs a signed-in user, who owns it; only the owner (or a
superuser) may change or delete it.
"""
{%- else -%}
"""CRUD for the example Item resource, with offset/limit pagination."""
{%- endif %}

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy import func, select

from {{ cookiecutter.project_slug }}.dependencies import {% if cookiecutter.auth == "jwt" %}CurrentUser, {% endif %}SessionDep
from {{ cookiecutter.project_slug }}.models import Item
from {{ cookiecutter.project_slug }}.schemas import ItemCreate, ItemPage, ItemRead, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])


async def get_item(item_id: int, session: SessionDep) -> Item:
    item = await session.get(Item, item_id)
    if item is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Item not found")
    return item


ItemDep = Annotated[Item, Depends(get_item)]
{%- if cookiecutter.auth == "jwt" %}


async def get_own_item(item: ItemDep, user: CurrentUser) -> Item:
    if item.owner_id != user.id and not user.is_superuser:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not your item")
    return item


OwnItemDep = Annotated[Item, Depends(get_own_item)]
{%- endif %}


@router.get("")
async def list_items(
    session: SessionDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> ItemPage:
    total = await session.scalar(select(func.count()).select_from(Item))
    rows = await session.scalars(select(Item).order_by(Item.id).offset(offset).limit(limit))
    return ItemPage(
        items=[ItemRead.model_validate(item) for item in rows],
        total=total or 0,
        offset=offset,
        limit=limit,
    )


@router.post("", status_code=status.HTTP_201_CREATED)
{%- if cookiecutter.auth == "jwt" %}
async def create_item(body: ItemCreate, session: SessionDep, user: CurrentUser) -> ItemRead:
    item = Item(**body.model_dump(), owner_id=user.id)
{%- else %}
async def create_item(body: ItemCreate, session: SessionDep) -> ItemRead:
    item = Item(**body.model_dump())
{%- endif %}
    session.add(item)
    await session.commit()
    return ItemRead.model_validate(item)


@router.get("/{item_id}")
async def read_item(item: ItemDep) -> ItemRead:
    return ItemRead.model_validate(item)


@router.patch("/{item_id}")
async def update_item(item: {% if cookiecutter.auth == "jwt" %}OwnItemDep{% else %}ItemDep{% endif %}, body: ItemUpdate, session: SessionDep) -> ItemRead:
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(item, field, value)
    await session.commit()
    return ItemRead.model_validate(item)


@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_item(item: {% if cookiecutter.auth == "jwt" %}OwnItemDep{% else %}ItemDep{% endif %}, session: SessionDep) -> None:
    await session.delete(item)
    await session.commit()
{%- endif %}

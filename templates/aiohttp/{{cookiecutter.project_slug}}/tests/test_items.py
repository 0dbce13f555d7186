{%- if cookiecutter.database != "none" -%}
from __future__ import annotations

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient


async def create(
    client: TestClient[web.Request, web.Application], **fields: str
) -> dict[str, object]:
    response = await client.post("/items", json=fields)
    assert response.status == 201, await response.text()
    item: dict[str, object] = await response.json()
    return item


async def test_create_and_get(client: TestClient[web.Request, web.Application]) -> None:
    response = await client.post("/items", json={"name": " Tea ", "description": "Green"})
    assert response.status == 201
    item = await response.json()
    assert item == {"id": item["id"], "name": "Tea", "description": "Green"}
    assert response.headers["Location"] == f"/items/{item['id']}"

    response = await client.get(response.headers["Location"])
    assert response.status == 200
    assert await response.json() == item


async def test_list_is_ordered_and_paginated(
    client: TestClient[web.Request, web.Application],
) -> None:
    names = ["one", "two", "three"]
    for name in names:
        await create(client, name=name)

    response = await client.get("/items")
    assert response.status == 200
    assert [item["name"] for item in await response.json()] == names

    response = await client.get("/items", params={"limit": "1", "offset": "1"})
    assert [item["name"] for item in await response.json()] == ["two"]


async def test_update(client: TestClient[web.Request, web.Application]) -> None:
    item = await create(client, name="Tea", description="Green")
    response = await client.patch(f"/items/{item['id']}", json={"description": "Black"})
    assert response.status == 200
    assert await response.json() == {**item, "description": "Black"}

    response = await client.get(f"/items/{item['id']}")
    assert (await response.json())["description"] == "Black"


async def test_delete(client: TestClient[web.Request, web.Application]) -> None:
    item = await create(client, name="Tea")
    response = await client.delete(f"/items/{item['id']}")
    assert response.status == 204
    response = await client.get(f"/items/{item['id']}")
    assert response.status == 404


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
@pytest.mark.parametrize("item_id", ["12345", str(2**31), "99999999999999999999"])
async def test_missing_item_is_404(
    client: TestClient[web.Request, web.Application], method: str, item_id: str
) -> None:
    response = await client.request(method, f"/items/{item_id}", json={"name": "x"})
    assert response.status == 404
    assert await response.json() == {"detail": "Not Found"}


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": ""},
        {"name": "   "},
        {"name": "x" * 201},
        {"name": 42},
        {"name": "Tea", "description": None},
        {"name": "Tea", "price": 3},
        ["Tea"],
    ],
)
async def test_invalid_body_is_422(
    client: TestClient[web.Request, web.Application], body: object
) -> None:
    response = await client.post("/items", json=body)
    assert response.status == 422
    assert "detail" in await response.json()
    assert (await (await client.get("/items")).json()) == []


async def test_malformed_json_is_400(client: TestClient[web.Request, web.Application]) -> None:
    response = await client.post(
        "/items", data="{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status == 400
    assert await response.json() == {"detail": "the body is not valid JSON"}


@pytest.mark.parametrize("query", [{"limit": "101"}, {"limit": "-1"}, {"offset": "x"}])
async def test_invalid_pagination_is_422(
    client: TestClient[web.Request, web.Application], query: dict[str, str]
) -> None:
    response = await client.get("/items", params=query)
    assert response.status == 422
{%- endif %}

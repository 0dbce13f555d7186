{%- if cookiecutter.database != "none" -%}
from __future__ import annotations

from typing import Any

import pytest
from sanic_testing.testing import SanicASGITestClient


async def create(client: SanicASGITestClient, **fields: str) -> dict[str, Any]:
    _, response = await client.post("/items", json=fields)
    assert response.status == 201, response.text
    item: dict[str, Any] = response.json
    return item


async def test_create_and_get(client: SanicASGITestClient) -> None:
    _, response = await client.post("/items", json={"name": " Tea ", "description": "Green"})
    assert response.status == 201
    item = response.json
    assert item == {"id": item["id"], "name": "Tea", "description": "Green"}
    assert response.headers["Location"] == f"/items/{item['id']}"

    _, response = await client.get(response.headers["Location"])
    assert response.status == 200
    assert response.json == item


async def test_list_is_ordered_and_paginated(client: SanicASGITestClient) -> None:
    names = ["one", "two", "three"]
    for name in names:
        await create(client, name=name)

    _, response = await client.get("/items")
    assert response.status == 200
    assert [item["name"] for item in response.json] == names

    _, response = await client.get("/items", params={"limit": "1", "offset": "1"})
    assert [item["name"] for item in response.json] == ["two"]


async def test_update(client: SanicASGITestClient) -> None:
    item = await create(client, name="Tea", description="Green")
    _, response = await client.patch(f"/items/{item['id']}", json={"description": "Black"})
    assert response.status == 200
    assert response.json == {**item, "description": "Black"}

    _, response = await client.get(f"/items/{item['id']}")
    assert response.json["description"] == "Black"


async def test_delete(client: SanicASGITestClient) -> None:
    item = await create(client, name="Tea")
    _, response = await client.delete(f"/items/{item['id']}")
    assert response.status == 204
    _, response = await client.get(f"/items/{item['id']}")
    assert response.status == 404


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
@pytest.mark.parametrize("item_id", ["12345", str(2**31), "99999999999999999999"])
async def test_missing_item_is_404(client: SanicASGITestClient, method: str, item_id: str) -> None:
    _, response = await client.request(method, f"/items/{item_id}", json={"name": "x"})
    assert response.status == 404
    assert "error" in response.json


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
async def test_invalid_body_is_422(client: SanicASGITestClient, body: object) -> None:
    _, response = await client.post("/items", json=body)
    assert response.status == 422
    assert "error" in response.json
    _, listing = await client.get("/items")
    assert listing.json == []


@pytest.mark.parametrize("body", [{"name": ""}, {"name": None}, {"price": 3}])
async def test_invalid_update_is_422(client: SanicASGITestClient, body: object) -> None:
    item = await create(client, name="Tea")
    _, response = await client.patch(f"/items/{item['id']}", json=body)
    assert response.status == 422
    assert "error" in response.json


async def test_malformed_json_is_400(client: SanicASGITestClient) -> None:
    _, response = await client.post(
        "/items", content="{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status == 400
    assert "error" in response.json


@pytest.mark.parametrize("query", [{"limit": "101"}, {"limit": "-1"}, {"offset": "x"}])
async def test_invalid_pagination_is_422(
    client: SanicASGITestClient, query: dict[str, str]
) -> None:
    _, response = await client.get("/items", params=query)
    assert response.status == 422
    assert "error" in response.json
{%- endif %}

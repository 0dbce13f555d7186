{%- if cookiecutter.database != "none" -%}
"""The items API, through Falcon's TestClient, on a fresh database per test."""

from __future__ import annotations

from typing import Any

import pytest
from falcon import testing


def create(client: testing.TestClient, **fields: str) -> dict[str, Any]:
    response = client.simulate_post("/items", json=fields)
    assert response.status_code == 201, response.text
    item: dict[str, Any] = response.json
    return item


def test_create_and_get(client: testing.TestClient) -> None:
    response = client.simulate_post("/items", json={"name": "Tea", "description": "Green"})
    assert response.status_code == 201
    item = response.json
    assert item == {"id": item["id"], "name": "Tea", "description": "Green"}
    assert response.headers["Location"] == f"/items/{item['id']}"

    response = client.simulate_get(response.headers["Location"])
    assert response.status_code == 200
    assert response.json == item


def test_description_is_optional(client: testing.TestClient) -> None:
    assert create(client, name="Tea")["description"] == ""


def test_list_is_ordered_and_paginated(client: testing.TestClient) -> None:
    for name in ("one", "two", "three"):
        create(client, name=name)

    response = client.simulate_get("/items")
    assert response.status_code == 200
    assert [item["name"] for item in response.json] == ["one", "two", "three"]

    response = client.simulate_get("/items", params={"limit": "1", "offset": "1"})
    assert [item["name"] for item in response.json] == ["two"]


def test_update_changes_only_the_given_fields(client: testing.TestClient) -> None:
    item = create(client, name="Tea", description="Green")
    response = client.simulate_patch(f"/items/{item['id']}", json={"description": "Black"})
    assert response.status_code == 200
    assert response.json == {**item, "description": "Black"}
    assert client.simulate_get(f"/items/{item['id']}").json["description"] == "Black"


def test_delete(client: testing.TestClient) -> None:
    item = create(client, name="Tea")
    response = client.simulate_delete(f"/items/{item['id']}")
    assert response.status_code == 204
    assert client.simulate_get(f"/items/{item['id']}").status_code == 404


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
@pytest.mark.parametrize("item_id", ["12345", "0", str(2**31), "99999999999999999999", "tea"])
def test_missing_item_is_404(client: testing.TestClient, method: str, item_id: str) -> None:
    response = client.simulate_request(method, f"/items/{item_id}", json={"name": "x"})
    assert response.status_code == 404
    assert response.json["title"] == "404 Not Found"


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
def test_invalid_body_is_400_and_creates_nothing(client: testing.TestClient, body: Any) -> None:
    response = client.simulate_post("/items", json=body)
    assert response.status_code == 400
    assert response.json["title"] == "Request data failed validation"
    assert response.json["description"]  # what is wrong, in JSON Schema's words
    assert client.simulate_get("/items").json == []


def test_invalid_changes_are_400(client: testing.TestClient) -> None:
    item = create(client, name="Tea")
    response = client.simulate_patch(f"/items/{item['id']}", json={"name": ""})
    assert response.status_code == 400
    assert client.simulate_get(f"/items/{item['id']}").json == item


def test_malformed_json_is_400(client: testing.TestClient) -> None:
    response = client.simulate_post(
        "/items", body="{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json["title"] == "Invalid JSON"


def test_oversized_body_is_413(client: testing.TestClient) -> None:
    response = client.simulate_post("/items", json={"name": "Tea", "description": "x" * 70_000})
    assert response.status_code == 413
    assert response.json["title"] == "413 Content Too Large"
    assert client.simulate_get("/items").json == []


def test_other_media_types_are_415(client: testing.TestClient) -> None:
    response = client.simulate_post(
        "/items", body="name=Tea", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 415
    assert client.simulate_get("/items").json == []


@pytest.mark.parametrize(
    "query", [{"limit": "101"}, {"limit": "0"}, {"offset": "-1"}, {"offset": "x"}]
)
def test_invalid_pagination_is_400(client: testing.TestClient, query: dict[str, str]) -> None:
    response = client.simulate_get("/items", params=query)
    assert response.status_code == 400
    assert response.json["title"] == "Invalid parameter"
{%- endif %}

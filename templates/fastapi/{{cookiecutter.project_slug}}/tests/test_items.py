{%- if cookiecutter.database != "none" -%}
import httpx2
import pytest
{%- if cookiecutter.auth == "jwt" %}

from .test_auth import sign_in


@pytest.fixture(autouse=True)
async def signed_in(client: httpx2.AsyncClient) -> None:
    """Writing items needs a user: the client here sends ada's token with every request."""
    client.headers.update(await sign_in(client, "ada"))
{%- endif %}


async def create_item(client: httpx2.AsyncClient, name: str = "Widget") -> dict[str, object]:
    response = await client.post("/items", json={"name": name, "description": "A thing"})
    assert response.status_code == 201, response.text
    item: dict[str, object] = response.json()
    return item


async def test_create_and_read_item(client: httpx2.AsyncClient) -> None:
    created = await create_item(client)

    response = await client.get(f"/items/{created['id']}")

    assert response.status_code == 200
    assert response.json() == {
        "id": created["id"],
        "name": "Widget",
        "description": "A thing",
{%- if cookiecutter.auth == "jwt" %}
        "owner_id": created["owner_id"],
{%- endif %}
    }


async def test_list_items_paginates(client: httpx2.AsyncClient) -> None:
    for number in range(3):
        await create_item(client, f"Item {number}")

    response = await client.get("/items", params={"offset": 1, "limit": 1})

    assert response.status_code == 200
    page = response.json()
    assert page["total"] == 3
    assert (page["offset"], page["limit"]) == (1, 1)
    assert [item["name"] for item in page["items"]] == ["Item 1"]


async def test_update_item_changes_only_the_fields_sent(client: httpx2.AsyncClient) -> None:
    created = await create_item(client)

    response = await client.patch(f"/items/{created['id']}", json={"name": "Gadget"})

    assert response.status_code == 200
    assert response.json()["name"] == "Gadget"
    assert response.json()["description"] == "A thing"
    assert (await client.get(f"/items/{created['id']}")).json()["name"] == "Gadget"


async def test_delete_item(client: httpx2.AsyncClient) -> None:
    created = await create_item(client)

    response = await client.delete(f"/items/{created['id']}")

    assert response.status_code == 204
    assert (await client.get(f"/items/{created['id']}")).status_code == 404
    assert (await client.get("/items")).json()["total"] == 0


@pytest.mark.parametrize(
    ("method", "body"), [("GET", None), ("PATCH", {"name": "x"}), ("DELETE", None)]
)
async def test_missing_item_is_404(
    client: httpx2.AsyncClient, method: str, body: dict[str, str] | None
) -> None:
    response = await client.request(method, "/items/999999", json=body)

    assert response.status_code == 404
    assert response.json() == {"detail": "Item not found"}


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "x" * 101}, {"name": 42}])
async def test_invalid_item_is_422(client: httpx2.AsyncClient, body: dict[str, object]) -> None:
    response = await client.post("/items", json=body)

    assert response.status_code == 422


async def test_update_cannot_null_the_name(client: httpx2.AsyncClient) -> None:
    created = await create_item(client)

    response = await client.patch(f"/items/{created['id']}", json={"name": None})

    assert response.status_code == 422


async def test_page_size_is_bounded(client: httpx2.AsyncClient) -> None:
    assert (await client.get("/items", params={"limit": 101})).status_code == 422
    assert (await client.get("/items", params={"offset": -1})).status_code == 422
{%- endif %}

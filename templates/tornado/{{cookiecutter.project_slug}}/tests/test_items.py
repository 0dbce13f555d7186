{%- if cookiecutter.database != "none" -%}
from __future__ import annotations

from typing import Any

from .support import AppTestCase, json_of


class ItemsTest(AppTestCase):
    def create(self, **fields: str) -> dict[str, Any]:
        response = self.fetch_json("/items", "POST", fields)
        assert response.code == 201, response.body
        item: dict[str, Any] = json_of(response)
        return item

    def test_create_and_get(self) -> None:
        response = self.fetch_json("/items", "POST", {"name": " Tea ", "description": "Green"})
        assert response.code == 201
        item = json_of(response)
        assert item == {"id": item["id"], "name": "Tea", "description": "Green"}
        assert response.headers["Location"] == f"/items/{item['id']}"

        response = self.fetch(response.headers["Location"])
        assert response.code == 200
        assert json_of(response) == item

    def test_list_is_ordered_and_paginated(self) -> None:
        names = ["one", "two", "three"]
        for name in names:
            self.create(name=name)

        response = self.fetch("/items")
        assert response.code == 200
        assert [item["name"] for item in json_of(response)] == names

        response = self.fetch("/items?limit=1&offset=1")
        assert [item["name"] for item in json_of(response)] == ["two"]

    def test_update(self) -> None:
        item = self.create(name="Tea", description="Green")
        response = self.fetch_json(f"/items/{item['id']}", "PATCH", {"description": "Black"})
        assert response.code == 200
        assert json_of(response) == {**item, "description": "Black"}
        assert json_of(self.fetch(f"/items/{item['id']}"))["description"] == "Black"

    def test_delete(self) -> None:
        item = self.create(name="Tea")
        response = self.fetch(f"/items/{item['id']}", method="DELETE")
        assert response.code == 204
        assert self.fetch(f"/items/{item['id']}").code == 404

    def test_a_missing_item_is_404(self) -> None:
        for item_id in ["12345", str(2**31), "99999999999999999999"]:
            for method, body in [("GET", None), ("PATCH", {"name": "x"}), ("DELETE", None)]:
                with self.subTest(item_id=item_id, method=method):
                    response = self.fetch_json(f"/items/{item_id}", method, body)
                    assert response.code == 404
                    assert json_of(response) == {"error": "Not Found"}

    def test_an_invalid_body_is_422(self) -> None:
        bodies: list[Any] = [
            {},
            {"name": ""},
            {"name": "   "},
            {"name": "x" * 201},
            {"name": 42},
            {"name": "Tea", "description": None},
            {"name": "Tea", "price": 3},
            ["Tea"],
        ]
        for body in bodies:
            with self.subTest(body=body):
                response = self.fetch_json("/items", "POST", body)
                assert response.code == 422
                assert "error" in json_of(response)
        assert json_of(self.fetch("/items")) == []

    def test_malformed_json_is_400(self) -> None:
        response = self.fetch("/items", method="POST", body="{not json")
        assert response.code == 400
        assert json_of(response) == {"error": "the body is not valid JSON"}

    def test_invalid_pagination_is_422(self) -> None:
        for query in ["limit=101", "limit=-1", "offset=x"]:
            with self.subTest(query=query):
                assert self.fetch(f"/items?{query}").code == 422
{%- endif %}

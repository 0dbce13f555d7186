from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestClient

# Routes that are not part of the JSON API the document describes.
NOT_IN_THE_API = {("GET", "/openapi.json"){% if cookiecutter.websocket == "yes" %}, ("GET", "/ws"){% endif %}{% if cookiecutter.jinja2 == "yes" %}, ("GET", "/"){% endif %}}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def app_routes(app: web.Application) -> set[tuple[str, str]]:
    """(method, path) of every route, paths in OpenAPI's form: /items/{item_id}."""
    found = set()
    for route in app.router.routes():
        if route.method == "HEAD" or route.resource is None:
            continue  # aiohttp adds HEAD to every GET route
        found.add((route.method, route.resource.canonical))
    return found - NOT_IN_THE_API


async def test_the_document_describes_exactly_the_routes(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.get("/openapi.json")
    assert response.status == 200
    document = await response.json()

    documented = {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method in operations
        if method in METHODS
    }
    assert documented == app_routes(client.app)


async def test_every_reference_resolves(client: TestClient[web.Request, web.Application]) -> None:
    document = await (await client.get("/openapi.json")).json()
    schemas = document["components"]["schemas"]

    def references(node: object) -> list[str]:
        if isinstance(node, dict):
            found = [node["$ref"]] if "$ref" in node else []
            return found + [ref for value in node.values() for ref in references(value)]
        if isinstance(node, list):
            return [ref for value in node for ref in references(value)]
        return []

    for ref in references(document["paths"]):
        assert ref.removeprefix("#/components/schemas/") in schemas, ref

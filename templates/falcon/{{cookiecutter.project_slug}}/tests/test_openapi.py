"""The OpenAPI document matches the app's routes exactly, is valid, and is served."""

from __future__ import annotations

import re

import falcon.inspect
from falcon import testing
from openapi_spec_validator import validate

from {{ cookiecutter.project_slug }}.app import App
from {{ cookiecutter.project_slug }}.openapi import SPEC

OPERATIONS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
# Falcon's field converters, as in /items/{item_id:int(min=1)}: OpenAPI writes /items/{item_id}.
CONVERTER = re.compile(r"\{(\w+):[^}]*\}")


def app_operations(app: App) -> set[tuple[str, str]]:
    """(path, method) for every responder of the app, leaving out Falcon's own (405, OPTIONS)."""
    return {
        (CONVERTER.sub(r"{\1}", route.path), method.method.lower())
        for route in falcon.inspect.inspect_routes(app)
        for method in route.methods
        if not method.internal
    }


def documented_operations() -> set[tuple[str, str]]:
    return {
        (path, method)
        for path, operations in SPEC["paths"].items()
        for method in operations
        if method in OPERATIONS
    }


def test_every_route_is_documented_and_every_documented_route_exists(
    app: App,
) -> None:
    assert app_operations(app) == documented_operations()


def test_the_document_is_valid_openapi() -> None:
    validate(SPEC)


def test_the_document_is_served(client: testing.TestClient) -> None:
    response = client.simulate_get("/openapi.json")
    assert response.status_code == 200
    assert response.json == SPEC

{% if cookiecutter.database != "none" -%}
"""The notes JSON API, and the migrations that create its table."""

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from {{ cookiecutter.project_slug }}.extensions import db

from .conftest import json_of

MIGRATIONS = str(Path(__file__).resolve().parents[1] / "migrations")


def create(client: FlaskClient, **fields: object) -> dict[str, Any]:
    response = client.post("/api/notes", json=fields)
    assert response.status_code == 201, response.text
    note: dict[str, Any] = json_of(response)
    return note


def test_create_note(client: FlaskClient) -> None:
    response = client.post("/api/notes", json={"title": "  First  ", "body": "Hello"})
    assert response.status_code == 201
    note = json_of(response)
    assert note["title"] == "First"
    assert note["body"] == "Hello"
    assert response.headers["Location"] == f"/api/notes/{note['id']}"
    assert datetime.fromisoformat(note["created_at"]).tzinfo is not None  # an unambiguous time
    assert json_of(client.get(response.headers["Location"])) == note


def test_list_notes_is_paginated(client: FlaskClient) -> None:
    ids = [create(client, title=f"Note {n}")["id"] for n in range(3)]
    listing = json_of(client.get("/api/notes"))
    assert [note["id"] for note in listing["notes"]] == ids
    assert listing["total"] == 3
    second_page = json_of(client.get("/api/notes?page=2&per_page=2"))
    assert [note["id"] for note in second_page["notes"]] == ids[2:]
    assert second_page["pages"] == 2


def test_update_note(client: FlaskClient) -> None:
    note = create(client, title="Draft", body="old")
    response = client.patch(f"/api/notes/{note['id']}", json={"body": "new"})
    assert response.status_code == 200
    assert json_of(response)["title"] == "Draft"
    assert json_of(response)["body"] == "new"
    assert json_of(client.get(f"/api/notes/{note['id']}"))["body"] == "new"
    assert client.patch(f"/api/notes/{note['id']}", json={"title": " "}).status_code == 422


def test_delete_note(client: FlaskClient) -> None:
    note = create(client, title="Short-lived")
    assert client.delete(f"/api/notes/{note['id']}").status_code == 204
    assert client.get(f"/api/notes/{note['id']}").status_code == 404


def test_missing_note_is_a_json_404(client: FlaskClient) -> None:
    for method in ("get", "patch", "delete"):
        response = getattr(client, method)("/api/notes/999999", json={"title": "x"})
        assert response.status_code == 404
        assert json_of(response)["error"] == "Not Found"


def test_routing_errors_are_json(client: FlaskClient) -> None:
    missing = client.get("/api/nowhere")
    assert missing.status_code == 404
    assert json_of(missing)["error"] == "Not Found"
    wrong_method = client.put("/api/notes", json={"title": "x"})
    assert wrong_method.status_code == 405
    assert json_of(wrong_method)["error"] == "Method Not Allowed"
    assert set(json_of(wrong_method)) == {"error", "detail"}  # the API's one error shape
    assert "POST" in wrong_method.headers["Allow"]


def test_unhandled_errors_are_json(app: Flask) -> None:
    @app.get("/api/broken")
    def broken() -> NoReturn:
        raise RuntimeError("secret internals")

    app.config["PROPAGATE_EXCEPTIONS"] = False  # answer like production, not raise into the test
    response = app.test_client().get("/api/broken")
    assert response.status_code == 500
    assert json_of(response)["error"] == "Internal Server Error"
    assert "secret" not in response.text


def test_invalid_notes_are_rejected(client: FlaskClient) -> None:
    too_long = "x" * 201
    body: object
    for body in ({}, {"title": ""}, {"title": 5}, {"title": too_long}, {"title": "x", "y": 1}, []):
        response = client.post("/api/notes", json=body)
        assert response.status_code == 422, body
        assert json_of(response)["detail"]
    assert json_of(client.get("/api/notes"))["total"] == 0


def test_form_posts_are_not_accepted(client: FlaskClient) -> None:
    # Only JSON: what keeps a cross-site HTML form from writing through this CSRF-exempt API.
    response = client.post("/api/notes", data={"title": "from a form"})
    assert response.status_code == 415


def test_openapi_document_describes_exactly_the_api_routes(app: Flask, client: FlaskClient) -> None:
    spec = json_of(client.get("/api/openapi.json"))
    assert spec["openapi"].startswith("3.1")
    documented = {
        (path, method.upper())
        for path, item in spec["paths"].items()
        for method in item
        if method != "parameters"
    }
    served = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/")
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }
    assert documented == served
    # Every schema a response or a body names exists.
    for name in re.findall(r"#/components/schemas/(\w+)", json.dumps(spec)):
        assert name in spec["components"]["schemas"], name


def test_migrations_create_the_models_schema(app: Flask) -> None:
    with app.app_context():
        # Start empty, even on a database migrated before: the migrations build this schema.
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
        assert differences == [], "models changed without a migration: run `flask db migrate`"
        downgrade(directory=MIGRATIONS, revision="base")
        assert inspect(db.engine).get_table_names() == ["alembic_version"]
{%- endif %}

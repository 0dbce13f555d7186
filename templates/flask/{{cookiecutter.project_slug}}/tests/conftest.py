{%- set db = cookiecutter.database != "none" -%}
"""Test fixtures: an app configured for tests and Flask's test client."""

{% if db -%}
import os
from collections.abc import Iterator

{% endif -%}
import pytest
from flask import Flask
from flask.testing import FlaskClient
{%- if db %}
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
{%- endif %}

from {{ cookiecutter.project_slug }} import create_app
{%- if db %}
from {{ cookiecutter.project_slug }}.extensions import db
{%- endif %}

{%- if db %}


{% include "partials/test_database" %}


@pytest.fixture
def app(database_url: str) -> Iterator[Flask]:
    assert_test_database(database_url)
    app = create_app(
        {"TESTING": True, "SECRET_KEY": "test-secret-key", "SQLALCHEMY_DATABASE_URI": database_url}
    )
    with app.app_context():
        db.create_all()
    yield app
    with app.app_context():
        db.drop_all()
        db.engine.dispose()  # close pooled connections now rather than at garbage collection
{%- else %}


@pytest.fixture
def app() -> Flask:
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret-key"})
{%- endif %}


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()

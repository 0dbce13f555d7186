{%- set db = cookiecutter.database != "none" -%}
"""Test fixtures: an app configured for tests and Flask's test client."""

{% if db -%}
import os
from collections.abc import Iterator
from pathlib import Path

{% endif -%}
import pytest
from flask import Flask
from flask.testing import FlaskClient

from {{ cookiecutter.project_slug }} import create_app
{%- if db %}
from {{ cookiecutter.project_slug }}.extensions import db
{%- endif %}

{%- if db %}


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key",
            # DATABASE_URL when it is set (CI's PostgreSQL), else a throw-away SQLite file.
            "SQLALCHEMY_DATABASE_URI": os.environ.get("DATABASE_URL")
            or f"sqlite:///{tmp_path / 'test.db'}",
        }
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

{%- set db = cookiecutter.database != "none" -%}
"""Test fixtures: an app configured for tests and Flask's test client."""

{% if db -%}
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

{% endif -%}
import pytest
{%- if cookiecutter.auth == "accounts" %}
from argon2 import PasswordHasher, profiles
{%- endif %}
from flask import Flask
from flask.testing import FlaskClient
{%- if db %}
from werkzeug.test import TestResponse
{%- endif %}

from {{ cookiecutter.project_slug }} import {% if cookiecutter.auth == "accounts" %}accounts, {% endif %}create_app
{%- if db %}
{%- if cookiecutter.auth == "accounts" %}
from {{ cookiecutter.project_slug }}.accounts import set_password
{%- endif %}
from {{ cookiecutter.project_slug }}.extensions import db
{%- endif %}
{%- if cookiecutter.auth == "accounts" %}
from {{ cookiecutter.project_slug }}.models import User

PASSWORD = "correct horse battery"
{%- endif %}

{%- if db %}


{% set test_database_sqlite = "sqlite:///" -%}
{% set test_database_driver = "sqlalchemy" -%}
{% include "partials/test_database" %}


def json_of(response: TestResponse) -> Any:
    """The response's JSON body: Flask types ``response.json`` as maybe None (a body that is not
    JSON), which a test cannot index; a body that is not JSON fails the test here instead."""
    assert response.is_json, response.text
    return response.json


@pytest.fixture
def app(database_url: str) -> Iterator[Flask]:
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


{% if cookiecutter.auth == "accounts" -%}
@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Production-strength Argon2 takes a good part of a second per hash: tests need no strength.
    monkeypatch.setattr(accounts, "hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))


def make_user(app: Flask, email: str, *, is_admin: bool = False) -> User:
    with app.app_context():
        user = User(email=email, is_admin=is_admin)
        set_password(user, PASSWORD)
        db.session.add(user)
        db.session.commit()
        db.session.refresh(user)
        db.session.expunge(user)
        return user


def sign_in(client: FlaskClient, user: User) -> FlaskClient:
    # What a successful sign-in leaves in the session (Flask-Login's keys).
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)
        session["_fresh"] = True
    return client


@pytest.fixture
def user(app: Flask) -> User:
    return make_user(app, "ada@example.com")


@pytest.fixture
def anonymous(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def client(app: Flask, user: User) -> FlaskClient:
    """A client signed in as ``user``: the API takes writes from signed-in users only."""
    return sign_in(app.test_client(), user)
{%- else -%}
@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
{%- endif %}

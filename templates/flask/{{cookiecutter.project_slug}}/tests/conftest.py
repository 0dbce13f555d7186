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


def assert_test_database(url: str) -> None:
    """Stop before touching a database whose name does not say it is for tests."""
    parsed = make_url(url)
    name = parsed.database or ""
    if parsed.get_backend_name() == "sqlite" or name.endswith("_test"):
        return
    pytest.exit(f"refusing to run the tests against {name!r}: not a test database", returncode=2)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The tests' own database, never the one the app uses.

    With a PostgreSQL ``DATABASE_URL`` (CI, or an exported .env), a fresh ``<name>_test``
    database on the same server, made for this run and dropped after it; otherwise a
    throw-away SQLite file. Its user needs the CREATEDB privilege.
    """
    configured = os.environ.get("DATABASE_URL", "")
    if not configured.startswith("postgresql"):
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        return
    server = make_url(configured)
    url = server.set(database=f"{server.database}_test")
    assert_test_database(url.render_as_string(hide_password=False))
    # CREATE and DROP DATABASE cannot run in a transaction, and not connected to that database.
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    quoted = admin.dialect.identifier_preparer.quote(url.database)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {quoted}"))
    yield url.render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"))
    admin.dispose()


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

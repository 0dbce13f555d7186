"""Test settings, fixed before the application loads, and the test database's schema.

The tests never touch the database in .env: they choose their own by the rule below, and set
DATABASE_URL to it here, before anything imports `wsgi`, because the application reads its
configuration once, when it boots.
"""

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pytest


{% set test_database_sqlite = "sqlite:///" -%}
{% set test_database_driver = "psycopg2" -%}
{% set test_database_fixture = false -%}
{% include "partials/test_database" %}


_scratch = tempfile.TemporaryDirectory(prefix="masonite-tests-")
TEST_DATABASE, CREATED_HERE = choose_test_database(f"sqlite:///{Path(_scratch.name) / 'test.db'}")
os.environ["DATABASE_URL"] = TEST_DATABASE
os.environ.setdefault("SECRET_KEY", "test-secret-key")
# Production settings, whatever a developer's .env says for the development server.
os.environ["APP_DEBUG"] = "false"
os.environ["COOKIE_SECURE"] = "true"


@pytest.fixture(scope="session", autouse=True)
def database_schema() -> Iterator[None]:
    """Run the migrations once for the whole test run, and undo them at the end."""
    if CREATED_HERE:
        recreate_database(TEST_DATABASE, create=True)
    from masoniteorm.migrations import Migration

    from wsgi import application  # boots the app with the settings above

    migrations = Migration(migration_directory=application.make("migrations.location"))
    migrations.create_table_if_not_exists()
    migrations.migrate()
    yield
    migrations.reset()
    if CREATED_HERE:
        recreate_database(TEST_DATABASE, create=False)
    _scratch.cleanup()

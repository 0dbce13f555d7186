"""Test settings, fixed before the application loads, and the test database's schema.

The tests never touch the database in .env: they use TEST_DATABASE_URL when the environment sets it
(CI's PostgreSQL), else a throw-away SQLite file. They set DATABASE_URL to it here, before anything
imports `wsgi`, because the application reads its configuration once, when it boots.
"""

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


{% include "partials/database_url_for_tests" %}


_scratch = tempfile.TemporaryDirectory(prefix="masonite-tests-")
os.environ["DATABASE_URL"] = database_url_for_tests(
    f"sqlite:///{Path(_scratch.name) / 'test.sqlite3'}"
)
os.environ.setdefault("SECRET_KEY", "test-secret-key")
# Production settings, whatever a developer's .env says for the development server.
os.environ["APP_DEBUG"] = "false"
os.environ["COOKIE_SECURE"] = "true"


@pytest.fixture(scope="session", autouse=True)
def database_schema() -> Iterator[None]:
    """Run the migrations once for the whole test run, and undo them at the end."""
    from masoniteorm.migrations import Migration

    from wsgi import application  # boots the app with the settings above

    migrations = Migration(migration_directory=application.make("migrations.location"))
    migrations.create_table_if_not_exists()
    migrations.migrate()
    yield
    migrations.reset()
    _scratch.cleanup()

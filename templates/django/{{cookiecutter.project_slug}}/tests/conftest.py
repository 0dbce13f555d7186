"""Fixtures for every test module."""

import pytest
from django.db import connections

from {{ cookiecutter.project_slug }}.users.models import User


def _looks_like_a_test_database(name: str) -> bool:
    # Django's own test databases: test_<name> on a server, an in-memory SQLite database, or a
    # test_<name> SQLite file.
    in_memory = name == ":memory:" or "mode=memory" in name
    return in_memory or name.rpartition("/")[2].startswith("test_")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None) -> None:
    """Refuses to run the suite on a database that is not a test database, so no setting (a
    TEST NAME, --reuse-db on a misnamed database) can make the tests drop or fill real data."""
    for connection in connections.all():
        name = str(connection.settings_dict["NAME"])
        if not _looks_like_a_test_database(name):
            pytest.exit(f"refusing to run the tests on {name!r}: not a test database", returncode=2)


@pytest.fixture
def password() -> str:
    return "a-long-passphrase-for-tests"


@pytest.fixture
def user(django_user_model: type[User], password: str) -> User:
    return django_user_model.objects.create_user("writer", "writer@example.com", password)


@pytest.fixture
def other_user(django_user_model: type[User], password: str) -> User:
    return django_user_model.objects.create_user("other", "other@example.com", password)

"""Where a baked project's database lives during its template test."""

from __future__ import annotations

from typing import Any

import pytest


def database_envs(
    request: pytest.FixtureRequest, combo: dict[str, Any], scheme: str
) -> tuple[dict[str, str], dict[str, str]]:
    """Environments for the project's own tests and for its migrations and server.

    For postgresql each gets a fresh database of its own on the real server (the tests create and
    drop their tables; the server's database is migrated from scratch), using the URL ``scheme``
    the template expects. Otherwise both are empty: the project's own defaults apply (.env).
    The PostgreSQL server is started only when a combination needs it.
    """
    if combo.get("database") != "postgresql":
        return {}, {}
    postgres = request.getfixturevalue("postgres")
    test_url = postgres.database_url(driver=scheme, test=True)
    return (
        {"TEST_DATABASE_URL": test_url, "DATABASE_URL": test_url},
        {"DATABASE_URL": postgres.database_url(driver=scheme)},
    )

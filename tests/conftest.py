"""Fixtures shared by every test: a real PostgreSQL server for the postgresql option."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from support.postgres import PostgresServer, find_bin_dir

# The framework probes of the shared template test (tests/templates/probes) assert like tests do;
# rewritten, their failures show the values compared.
pytest.register_assert_rewrite("probes")

# Fixture templates hold test files of the projects they generate, not tests of fwgen.
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server on 127.0.0.1 (one per test worker), stopped after the session."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        message = "PostgreSQL server binaries not found (apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run every test: .ci/run installs PostgreSQL
        pytest.skip(message)
    server = PostgresServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()

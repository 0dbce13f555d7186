"""Fixtures shared by every test: real PostgreSQL and Redis servers for the options that need them."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.redis_server import RedisServer, find_redis_server
from support.postgres import PostgresServer, find_bin_dir

# The framework probes of the shared template test (tests/templates/probes) assert like tests do;
# rewritten, their failures show the values compared.
pytest.register_assert_rewrite("probes")

# Fixture templates hold test files of the projects they generate, not tests of fwgen.
collect_ignore_glob = ["fixtures/*"]

# fwgen reads the user's cookiecutter config (default_context, abbreviations) as cookiecutter does:
# the tests, and every fwgen they start, read an empty one instead of the developer's.
_EMPTY_CONFIG = Path(tempfile.mkdtemp(prefix="fwgen-tests-")) / "cookiecutterrc"
_EMPTY_CONFIG.write_text("default_context: {}\n")
os.environ["COOKIECUTTER_CONFIG"] = str(_EMPTY_CONFIG)


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


@pytest.fixture(scope="session")
def redis() -> Iterator[RedisServer]:
    """A real Redis server on 127.0.0.1 (one per test worker); each user takes its own database."""
    binary = find_redis_server()
    if binary is None:
        message = "redis-server not found (apt-get install redis-server)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run every test: .ci/run installs redis-server
        pytest.skip(message)
    server = RedisServer(binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()

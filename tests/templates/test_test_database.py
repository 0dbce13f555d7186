"""A generated project's tests never touch the developer's database. One rule, in the shared
partials/test_database, for the ten templates with a database option (Django keeps its own):

1. TEST_DATABASE_URL, when set, is used as it is, and refused before any test runs unless its
   database name contains "test";
2. else a PostgreSQL DATABASE_URL (as `set -a; . ./.env; set +a` exports it) gets `<name>_test` on
   the same server, created for the run and dropped after it;
3. else a temporary SQLite file.

The fast tests run the partial's rule itself; the slow ones bake each template and run its tests
against a developer's SQLite file and a developer's real PostgreSQL database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import jinja2
import pytest

from generator.baked import Project
from generator.postgres import PASSWORD, USER
from generator.template_lookup import load_template
from generator.template_test import bake

PARTIAL = Path(__file__).resolve().parents[2] / "templates" / "_shared" / "partials" / "test_database"

# Templates whose tests take their database from partials/test_database.
TEMPLATES = [
    "aiohttp", "bottle", "falcon", "fastapi", "flask", "masonite", "py4web", "pyramid", "sanic", "tornado",
]  # fmt: skip


def rule(**variables: Any) -> dict[str, Any]:
    """The partial rendered with ``variables`` and run, as a conftest that includes it would be."""
    source = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(PARTIAL.read_text())
    names: dict[str, Any] = {
        "os": os, "pytest": pytest, "Iterator": Iterator,
        "quote": quote, "unquote": unquote, "urlsplit": urlsplit, "urlunsplit": urlunsplit,
    }  # fmt: skip
    defaults = {"test_database_sqlite": "sqlite:///", "test_database_driver": "sqlalchemy"}
    exec(source.render({**defaults, **variables}), names)
    return names


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("TEST_DATABASE_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return monkeypatch


def test_test_database_url_is_used_as_it_is(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("TEST_DATABASE_URL", "postgres://ci:pw@db:5432/app_test?sslmode=disable")
    clean_env.setenv("DATABASE_URL", "postgresql+psycopg://me@localhost/app")
    choose = rule()["choose_test_database"]
    assert choose("sqlite:////tmp/test.db") == ("postgres://ci:pw@db:5432/app_test?sslmode=disable", False)


@pytest.mark.parametrize(
    "url", ["postgresql+asyncpg://me@localhost/app", "sqlite:////home/me/app.db", "postgresql://h/"]
)
def test_a_test_database_url_not_named_for_tests_is_a_usage_error(
    clean_env: pytest.MonkeyPatch, url: str
) -> None:
    clean_env.setenv("TEST_DATABASE_URL", url)
    with pytest.raises(pytest.UsageError, match="only run against a database whose name contains 'test'"):
        rule()["pytest_configure"](None)


def test_a_test_database_url_named_for_tests_passes(clean_env: pytest.MonkeyPatch) -> None:
    for url in ["postgresql://h/Test_App", "sqlite:////tmp/x/test.db", "postgres://h/app_test?x=1"]:
        clean_env.setenv("TEST_DATABASE_URL", url)
        rule()["pytest_configure"](None)
    clean_env.delenv("TEST_DATABASE_URL")
    rule()["pytest_configure"](None)


@pytest.mark.parametrize(
    ("configured", "derived"),
    [
        ("postgresql+psycopg://app:p%40ss@localhost:5432/shop", "postgresql+psycopg://app:p%40ss@localhost:5432/shop_test"),
        ("postgresql+asyncpg://app@db/shop?ssl=require", "postgresql+asyncpg://app@db/shop_test?ssl=require"),
        ("postgresql://app@localhost/my%20shop", "postgresql://app@localhost/my%20shop_test"),
        ("postgres://app@localhost/shop", "postgres://app@localhost/shop_test"),
    ],
)  # fmt: skip
def test_a_postgresql_database_url_gets_a_test_database_beside_it(
    clean_env: pytest.MonkeyPatch, configured: str, derived: str
) -> None:
    clean_env.setenv("DATABASE_URL", configured)
    assert rule()["choose_test_database"]("sqlite:////tmp/test.db") == (derived, True)


@pytest.mark.parametrize(
    "configured", [None, "sqlite:///./shop.db", "sqlite://shop.db", "postgresql://localhost"]
)
def test_anything_else_gets_the_temporary_sqlite_file(
    clean_env: pytest.MonkeyPatch, configured: str | None
) -> None:
    if configured is not None:
        clean_env.setenv("DATABASE_URL", configured)
    assert rule()["choose_test_database"]("sqlite:////tmp/x/test.db") == ("sqlite:////tmp/x/test.db", False)


def test_the_test_database_is_dropped_if_left_over_and_quoted() -> None:
    statements = rule()["recreate_statements"]
    url = 'postgresql://h/we"ird_test'
    drop = 'DROP DATABASE IF EXISTS "we""ird_test" WITH (FORCE)'
    assert statements(url, create=True) == [drop, 'CREATE DATABASE "we""ird_test"']
    assert statements(url, create=False) == [drop]


DRIVERS = {  # what creates and drops the database, and the URL scheme it connects with
    "sqlalchemy": ("from sqlalchemy import create_engine", "postgresql+psycopg"),
    "sqlalchemy_async": ("from sqlalchemy.ext.asyncio import create_async_engine", "postgresql+asyncpg"),
    "psycopg2": ("import psycopg2", "postgresql"),
}


@pytest.mark.parametrize("driver", DRIVERS)
def test_each_driver_piece_imports_only_its_own_driver(driver: str) -> None:
    text = jinja2.Environment().from_string(PARTIAL.read_text()).render(test_database_driver=driver)
    for other, (imported, scheme) in DRIVERS.items():
        assert (imported in text) == (other == driver)
        assert (f'with_database(url, "postgres", "{scheme}")' in text) == (other == driver)


def test_the_fixture_can_be_left_out() -> None:
    assert "database_url" in rule()
    assert "database_url" not in rule(test_database_fixture=False)


def exported_env(project: Path) -> dict[str, str]:
    """What `set -a; . ./.env; set +a` puts in the environment."""
    env = {}
    for line in (project / ".env").read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not name.startswith("#"):
            env[name.strip()] = value.strip()
    return env


@pytest.mark.slow
@pytest.mark.parametrize("name", TEMPLATES)
def test_tests_leave_the_developers_sqlite_database_alone(tmp_path: Path, name: str) -> None:
    path = bake(load_template(name), {"database": "sqlite"}, tmp_path, f"keep_{name}")
    project = Project(path)
    project.install()
    dev_file = tmp_path / "dev-data.db"
    with sqlite3.connect(dev_file) as connection:  # the developer's data
        connection.execute("CREATE TABLE precious (value TEXT)")
        connection.execute("INSERT INTO precious VALUES ('keep me')")
    scheme = exported_env(path)["DATABASE_URL"].partition(":")[0]
    env = {**exported_env(path), "DATABASE_URL": f"{scheme}:///{dev_file}"}
    if name == "py4web":  # pyDAL's URIs name the file relative to DATABASE_FOLDER
        env.update(DATABASE_URL=f"sqlite://{dev_file.name}", DATABASE_FOLDER=str(tmp_path))
    before = dev_file.read_bytes()

    project.run("pytest", "-q", "-p", "no:cacheprovider", env=env)
    assert dev_file.read_bytes() == before
    with sqlite3.connect(dev_file) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"precious"}

    refused = project.run(
        "pytest", "-q", "-p", "no:cacheprovider",
        env={**env, "TEST_DATABASE_URL": f"{scheme}:///{dev_file}"}, check=False,
    )  # fmt: skip
    assert refused.returncode == 4, refused.stdout + refused.stderr  # pytest's usage error
    assert "only run against a database whose name contains 'test'" in refused.stdout + refused.stderr
    assert dev_file.read_bytes() == before


def psql(postgres: Any, sql: str) -> list[str]:
    """Rows of ``sql`` run on the server's `postgres` database, by the server's own psql."""
    url = f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{postgres.port}/postgres"
    result = subprocess.run(
        [str(postgres.bin_dir / "psql"), url, "-v", "ON_ERROR_STOP=1", "-Atc", sql],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return result.stdout.split()


@pytest.mark.slow
@pytest.mark.parametrize("name", TEMPLATES)
def test_tests_make_and_drop_their_own_postgresql_database(tmp_path: Path, name: str, postgres: Any) -> None:
    path = bake(load_template(name), {"database": "postgresql"}, tmp_path, f"pg_{name}")
    project = Project(path)
    project.install()
    scheme = exported_env(path)["DATABASE_URL"].partition(":")[0]
    development = postgres.database_url(scheme, name=f"dev_{name}")  # the developer's database
    dev_psql = [str(postgres.bin_dir / "psql"), development.replace(scheme, "postgresql", 1), "-Atc"]
    subprocess.run([*dev_psql, "CREATE TABLE precious (value TEXT)"], check=True, timeout=60)
    postgres.create_database(f"dev_{name}_test")  # left over from an interrupted run: dropped

    env = {**exported_env(path), "DATABASE_URL": development}
    project.run("pytest", "-q", "-p", "no:cacheprovider", env=env)
    tables = subprocess.run(
        [*dev_psql, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert tables.stdout.split() == ["precious"]
    assert f"dev_{name}_test" not in psql(postgres, "SELECT datname FROM pg_database")

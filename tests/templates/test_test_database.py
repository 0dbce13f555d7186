"""A generated project's tests never touch the developer's database: with .env exported into the
environment (`set -a; . ./.env; set +a; uv run pytest`), they still use a database of their own,
and a TEST_DATABASE_URL that does not name a test database is refused before any test runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from generator.baked import Project
from generator.template_lookup import load_template
from generator.template_test import bake

pytestmark = pytest.mark.slow

# Templates whose tests take their database from the shared partials/database_url_for_tests.
TEMPLATES = ["bottle", "falcon", "masonite", "py4web", "sanic", "tornado"]


def exported_env(project: Path) -> dict[str, str]:
    """What `set -a; . ./.env; set +a` puts in the environment."""
    env = {}
    for line in (project / ".env").read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not name.startswith("#"):
            env[name.strip()] = value.strip()
    return env


@pytest.mark.parametrize("name", TEMPLATES)
def test_tests_leave_the_developers_database_alone(tmp_path: Path, name: str) -> None:
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

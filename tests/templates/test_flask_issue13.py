"""Flask (slow): what issue 13 asks of it, on a real server, PostgreSQL and Redis.

One bake, postgresql + celery: the template's checks (its tests run the Celery task through the
real Redis), a probe of the error shapes, the OpenAPI document, static files and request ids on
the gunicorn server, and then the README's way of running the tests with the development
database exported from .env, which must leave that database untouched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.baked import Project, http
from generator.template_lookup import load_template
from generator.template_test import bake, check_combination

COMBO = {"database": "postgresql", "tasks": "celery"}


def probe(base: str, combo: Mapping[str, Any], project: Project) -> None:
    missing = http("GET", base + "/api/nowhere")
    assert (missing.status, missing.headers["Content-Type"]) == (404, "application/json"), missing.text
    assert set(missing.json()) == {"error", "detail"}
    wrong_method = http("PUT", base + "/api/notes", body={"title": "x"})
    assert wrong_method.status == 405, wrong_method.text
    assert wrong_method.json()["error"] == "Method Not Allowed"
    assert "POST" in wrong_method.headers["Allow"]
    invalid = http("POST", base + "/api/notes", body={"title": ""})
    assert invalid.status == 422
    assert set(invalid.json()) == {"error", "detail"}

    page = http("GET", base + "/no-such-page")
    assert page.status == 404
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<h1>404 Not Found</h1>" in page.text

    spec = http("GET", base + "/api/openapi.json").json()
    assert {"/api/notes", "/api/notes/{note_id}"} <= set(spec["paths"])
    assert http("GET", base + "/static/style.css").status == 200
    traced = http("GET", base + "/health", headers={"X-Request-ID": "probe-42"})
    # Header names are case-insensitive (WebOb sends X-Request-Id).
    assert {name.lower(): value for name, value in traced.headers.items()}["x-request-id"] == "probe-42"


@pytest.mark.slow
def test_flask_errors_docs_tasks_and_own_test_database(tmp_path: Path, postgres: Any, redis: Any) -> None:
    template = load_template("flask")
    path = bake(template, COMBO, tmp_path, "issue13_flask")
    result = check_combination(
        template, COMBO, path, databases=lambda: postgres, queues=lambda: redis, probe=probe
    )
    assert result.ok, result.failure()
    # check_combination's run of the project's tests had REDIS_URL: the task test ran, not skipped.

    # Item 3, exactly as a user would: .env names the development database, exported, then pytest.
    development = postgres.database_url("postgresql+psycopg")
    env_file = path / ".env"
    env_file.write_text(env_file.read_text() + f"\nDATABASE_URL={development}\n")
    project = Project(path)
    project.run("flask", "--app", path.name, "db", "upgrade")
    created = project.run(
        "python", "-c",
        "from issue13_flask import create_app\n"
        "from issue13_flask.extensions import db\n"
        "from issue13_flask.models import Note\n"
        "with create_app().app_context():\n"
        "    db.session.add(Note(title='keep me')); db.session.commit()",
    )  # fmt: skip
    assert created.returncode == 0
    tested = project.run("bash", "-c", "set -a; . ./.env; set +a; pytest -q -p no:cacheprovider")
    assert " passed" in tested.stdout
    kept = project.run(
        "python", "-c",
        "import json\n"
        "from issue13_flask import create_app\n"
        "from issue13_flask.extensions import db\n"
        "from sqlalchemy import inspect, text\n"
        "with create_app().app_context():\n"
        "    titles = db.session.scalars(text('SELECT title FROM notes')).all()\n"
        "    print(json.dumps([sorted(inspect(db.engine).get_table_names()), titles]))",
    )  # fmt: skip
    assert json.loads(kept.stdout.strip().splitlines()[-1]) == [["alembic_version", "notes"], ["keep me"]]
    # The tests' own database was dropped after the run.
    databases = project.run(
        "python", "-c",
        "from issue13_flask import create_app\n"
        "from issue13_flask.extensions import db\n"
        "from sqlalchemy import text\n"
        "with create_app().app_context():\n"
        "    print(*db.session.scalars(text('SELECT datname FROM pg_database')))",
    )  # fmt: skip
    assert not [name for name in databases.stdout.split() if name.endswith("_test")]

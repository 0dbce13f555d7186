"""Flask (slow): what issue 13 asks of it, on a real server, PostgreSQL and Redis.

One bake, postgresql + celery + accounts: the template's checks (its tests run the Celery task
through the real Redis), a probe of the error shapes, sign-up and note ownership, the OpenAPI
document, static files and request ids on the gunicorn server; then the README's way of running
the tests with the development database exported from .env, which must leave it untouched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from http.client import HTTPConnection
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from generator.baked import Project, http
from generator.template_lookup import load_template
from generator.template_test import bake, check_combination
from support.live_checks import check_pages_docs_and_request_ids

COMBO = {"database": "postgresql", "tasks": "celery", "auth": "accounts"}
CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')


def sign_up(base: str, email: str, password: str) -> str:
    """Sign up through the HTML form like a browser; returns the signed-in session's Cookie header."""
    page = http("GET", base + "/accounts/signup")
    cookie = page.headers["Set-Cookie"].split(";", 1)[0]
    token = CSRF_FIELD.search(page.text).group(1)
    form = urlencode({"email": email, "password": password, "confirm": password, "csrf_token": token})
    address = urlsplit(base)
    connection = HTTPConnection(address.hostname, address.port, timeout=10)
    try:  # not generator.baked.http: it follows the redirect and drops the new session cookie
        connection.request(
            "POST", "/accounts/signup", body=form,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
        )  # fmt: skip
        reply = connection.getresponse()
        assert reply.status == 302, reply.read()[:500]
        return reply.getheader("Set-Cookie").split(";", 1)[0]
    finally:
        connection.close()


def probe(base: str, combo: Mapping[str, Any], project: Project) -> None:
    missing = http("GET", base + "/api/nowhere")
    assert (missing.status, missing.headers["Content-Type"]) == (404, "application/json"), missing.text
    assert set(missing.json()) == {"error", "detail"}
    wrong_method = http("PUT", base + "/api/notes", body={"title": "x"})
    assert wrong_method.status == 405, wrong_method.text
    assert wrong_method.json()["error"] == "Method Not Allowed"
    assert "POST" in wrong_method.headers["Allow"]
    anonymous = http("POST", base + "/api/notes", body={"title": "x"})
    assert (anonymous.status, anonymous.json()["error"]) == (401, "Unauthorized"), anonymous.text

    session = {"Cookie": sign_up(base, "ada@example.com", "correct horse battery")}
    invalid = http("POST", base + "/api/notes", body={"title": ""}, headers=session)
    assert invalid.status == 422
    assert set(invalid.json()) == {"error", "detail"}
    created = http("POST", base + "/api/notes", body={"title": "Mine"}, headers=session)
    assert created.status == 201, created.text
    assert created.json()["owner_id"] is not None

    check_pages_docs_and_request_ids(base, {"/api/notes", "/api/notes/{note_id}"})


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
    tables, titles = json.loads(kept.stdout.strip().splitlines()[-1])
    assert (tables, titles) == (["alembic_version", "notes", "users"], ["keep me"])
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

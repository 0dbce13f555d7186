"""Issue 13 for the fastapi template, through one real bake of its richest options (PostgreSQL,
JWT accounts, arq tasks): the tests leave the development database alone, items belong to their
owner, the superuser command works, and a job goes through Redis to the README's worker."""

from __future__ import annotations

from typing import Any

import pytest

from generator.template_lookup import load_template
from generator.template_test import check_combination
from support.async_services import (
    RecordingQueues,
    arq_worker,
    assert_a_job_completes,
    assert_tests_leave_the_dev_database_alone,
    exported_dotenv,
)
from support.baking import bake
from support.project import Project, http

COMBO = {"database": "postgresql", "auth": "jwt", "tasks": "arq"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def sign_in(base: str, username: str) -> dict[str, str]:
    user = {"username": username, "email": f"{username}@example.com", "password": "correct horse battery"}
    assert http("POST", f"{base}/users", user).status == 201
    token = http(
        "POST", f"{base}/auth/token", f"username={username}&password=correct+horse+battery", headers=FORM
    )
    assert token.status == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


@pytest.mark.slow
def test_accounts_tasks_and_the_dev_database(cookies: Any, postgres: Any, redis: Any) -> None:
    path = bake(cookies, "fastapi", COMBO)
    project = Project(path)
    project.install()

    assert_tests_leave_the_dev_database_alone(
        project, {"DATABASE_URL": postgres.database_url("postgresql+asyncpg"), "REDIS_URL": redis.url()}
    )
    made = project.run(
        "python", "-m", f"{path.name}.create_superuser", "root", "root@example.com",
        env={**exported_dotenv(path), "SUPERUSER_PASSWORD": "a long passphrase"},
    )  # fmt: skip
    assert made.stdout.strip() == "created superuser root"

    queues = RecordingQueues(redis)

    def probe(base: str, combo: dict[str, Any], project: Project) -> None:
        ada, bob = sign_in(base, "ada"), sign_in(base, "bob")
        assert http("POST", f"{base}/items", {"name": "Anonymous"}).status == 401
        created = http("POST", f"{base}/items", {"name": "Ada's"}, headers=ada)
        assert created.status == 201, created.text
        item = f"{base}/items/{created.json()['id']}"
        assert http("GET", item).status == 200
        assert http("DELETE", item, headers=bob).status == 403
        assert http("PATCH", item, {"name": "Mine"}, headers=ada).status == 200
        missing = http("GET", f"{base}/no-such-page")
        assert (missing.status, missing.json()) == (404, {"detail": "Not Found"})
        headers = {name.lower(): value for name, value in missing.headers.items()}
        assert len(headers["x-request-id"]) == 32
        with arq_worker(project, queues.urls[-1]):
            assert_a_job_completes(base, headers=ada)

    result = check_combination(
        load_template("fastapi"), COMBO, path, databases=lambda: postgres, queues=lambda: queues, probe=probe
    )
    assert result.ok, result.failure()

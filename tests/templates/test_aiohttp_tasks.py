"""Issue 13 for the aiohttp template, through one real bake of its richest options (PostgreSQL,
arq tasks, the WebSocket and pages): the tests leave the development database alone, Alembic says
what it ran, the WebSocket refuses other sites' pages, the OpenAPI document is served, and a job
goes through Redis to the README's worker."""

from __future__ import annotations

from typing import Any

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from generator.template_lookup import load_template
from generator.template_test import check_combination
from support.async_services import (
    RecordingQueues,
    arq_worker,
    assert_a_job_completes,
    assert_tests_leave_the_dev_database_alone,
)
from support.baking import bake
from support.project import Project, http

COMBO = {"database": "postgresql", "tasks": "arq", "websocket": "yes", "jinja2": "yes"}


@pytest.mark.slow
def test_tasks_websocket_origin_and_the_dev_database(cookies: Any, postgres: Any, redis: Any) -> None:
    path = bake(cookies, "aiohttp", COMBO)
    project = Project(path)
    project.install()

    upgrade = assert_tests_leave_the_dev_database_alone(
        project, {"DATABASE_URL": postgres.database_url("postgresql+asyncpg"), "REDIS_URL": redis.url()}
    )
    assert "Running upgrade  -> 0001" in upgrade

    queues = RecordingQueues(redis)

    def probe(base: str, combo: dict[str, Any], project: Project) -> None:
        ws_url = base.replace("http://", "ws://") + "/ws"
        with connect(ws_url, origin=base, open_timeout=10) as ws:  # type: ignore[arg-type]
            ws.send("hello")
            assert ws.recv(timeout=10) == "hello"
        with pytest.raises(InvalidStatus) as refused:
            connect(ws_url, origin="https://evil.example", open_timeout=10)  # type: ignore[arg-type]
        assert refused.value.response.status_code == 403
        document = http("GET", f"{base}/openapi.json")
        assert document.status == 200 and "/jobs/{job_id}" in document.json()["paths"]
        with arq_worker(project, queues.urls[-1]):
            assert_a_job_completes(base)

    result = check_combination(
        load_template("aiohttp"), COMBO, path, databases=lambda: postgres, queues=lambda: queues, probe=probe
    )
    assert result.ok, result.failure()

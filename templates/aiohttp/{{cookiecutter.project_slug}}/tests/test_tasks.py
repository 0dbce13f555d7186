{%- if cookiecutter.tasks == "arq" -%}
"""The example task, through a real Redis (REDIS_URL) and arq's real worker, run in-process."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from arq.connections import RedisSettings
from arq.worker import create_worker

from {{ cookiecutter.project_slug }}.settings import Settings
from {{ cookiecutter.project_slug }}.tasks import WorkerSettings

pytestmark = [
    # The tests share the Redis database they are given, so it must be one kept for tests.
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL"), reason="set REDIS_URL to a Redis database for tests"
    ),
    # arq's Worker.close() (0.28) still calls redis-py's deprecated close(), not aclose().
    pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning"),
]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    # A queue of their own: the tests neither run nor steal the development worker's jobs.
    queue = f"arq:queue:test-{uuid.uuid4().hex}"
    return replace(settings, redis_url=os.environ["REDIS_URL"], task_queue=queue)


async def run_worker(settings: Settings) -> None:
    """Run the queued jobs with the worker `arq` starts, then stop (burst mode)."""
    worker = create_worker(
        WorkerSettings,
        redis_settings=RedisSettings.from_dsn(settings.redis_url),
        burst=True,
        handle_signals=False,
        queue_name=settings.task_queue,
        poll_delay=0.05,
    )
    try:
        await worker.main()
    finally:
        await worker.close()


async def test_a_job_runs_in_the_worker(
    client: TestClient[web.Request, web.Application], settings: Settings
) -> None:
    queued = await client.post("/jobs", json={"name": "Ada"})
    assert queued.status == 202, await queued.text()
    job = await queued.json()
    assert (await (await client.get(f"/jobs/{job['id']}")).json())["status"] == "queued"

    await run_worker(settings)

    done = await client.get(f"/jobs/{job['id']}")
    assert await done.json() == {"id": job["id"], "status": "complete", "result": "Hello, Ada!"}


async def test_an_unknown_job_is_404(client: TestClient[web.Request, web.Application]) -> None:
    assert (await client.get("/jobs/no-such-job")).status == 404


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": 42}, ["Ada"]])
async def test_an_invalid_job_is_422(
    client: TestClient[web.Request, web.Application], body: object
) -> None:
    assert (await client.post("/jobs", json=body)).status == 422
{%- endif %}

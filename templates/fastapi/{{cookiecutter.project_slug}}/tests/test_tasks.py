{%- if cookiecutter.tasks == "arq" -%}
"""The example task, through a real Redis (REDIS_URL) and arq's real worker, run in-process."""

import os
import uuid

import httpx2
import pytest
from arq.connections import RedisSettings
from arq.worker import create_worker

from {{ cookiecutter.project_slug }}.config import Settings
from {{ cookiecutter.project_slug }}.tasks import WorkerSettings
{%- if cookiecutter.auth == "jwt" %}

# Relative, so import sorting puts it last whatever the project's name is.
from .test_auth import sign_in
{%- endif %}

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
    return settings.model_copy(update={"redis_url": os.environ["REDIS_URL"], "task_queue": queue})


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


async def test_a_job_runs_in_the_worker(client: httpx2.AsyncClient, settings: Settings) -> None:
{%- if cookiecutter.auth == "jwt" %}
    client.headers.update(await sign_in(client, "ada"))
{%- endif %}
    queued = await client.post("/jobs", json={"name": "Ada"})
    assert queued.status_code == 202, queued.text
    job_url = f"/jobs/{queued.json()['id']}"
    assert (await client.get(job_url)).json()["status"] == "queued"

    await run_worker(settings)

    done = await client.get(job_url)
    assert done.json() == {"id": queued.json()["id"], "status": "complete", "result": "Hello, Ada!"}


async def test_an_unknown_job_is_404(client: httpx2.AsyncClient) -> None:
    assert (await client.get("/jobs/no-such-job")).status_code == 404
{%- if cookiecutter.auth == "jwt" %}


async def test_enqueueing_needs_a_user(client: httpx2.AsyncClient) -> None:
    assert (await client.post("/jobs", json={"name": "Ada"})).status_code == 401
{%- endif %}
{%- endif %}

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

{% include "partials/arq_test_worker" %}


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

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

{% set arq_settings_model = "pydantic" -%}
{% include "partials/arq_test_worker" %}


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

{%- if cookiecutter.tasks == "arq" -%}
"""Enqueue the example background task and follow its job: a worker runs it (see tasks.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web
from arq.connections import ArqRedis
from arq.jobs import Job, JobStatus
from redis.asyncio import ConnectionPool

from .settings import SETTINGS

QUEUE = web.AppKey("queue", ArqRedis)
NAME_MAX_LENGTH = 100

routes = web.RouteTableDef()


async def queue(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: the task queue's Redis client, for the app's lifetime (it connects on first use)."""
    settings = app[SETTINGS]
    pool = ConnectionPool.from_url(settings.redis_url)
    app[QUEUE] = ArqRedis(pool, default_queue_name=settings.task_queue)
    yield
    await app[QUEUE].aclose(close_connection_pool=True)


@routes.post("/jobs")
async def enqueue_greeting(request: web.Request) -> web.Response:
    try:
        data = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(reason="the body is not valid JSON") from None
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip() or len(name) > NAME_MAX_LENGTH:
        raise web.HTTPUnprocessableEntity(reason=f"name must be 1 to {NAME_MAX_LENGTH} characters")
    job = await request.app[QUEUE].enqueue_job("greet", name.strip())
    if job is None:  # arq refuses a job id that is already queued; ids here are fresh
        raise web.HTTPConflict(reason="Job already queued")
    status = await job.status()
    return web.json_response({"id": job.job_id, "status": status.value}, status=202)


@routes.get("/jobs/{job_id}")
async def read_job(request: web.Request) -> web.Response:
    job_id = request.match_info["job_id"]
    queue = request.app[QUEUE]
    job = Job(job_id, queue, _queue_name=queue.default_queue_name)
    status = await job.status()
    if status is JobStatus.not_found:
        raise web.HTTPNotFound(reason="Job not found")
    info = await job.result_info() if status is JobStatus.complete else None
    result = str(info.result) if info is not None and info.success else None
    return web.json_response({"id": job_id, "status": status.value, "result": result})
{%- endif %}

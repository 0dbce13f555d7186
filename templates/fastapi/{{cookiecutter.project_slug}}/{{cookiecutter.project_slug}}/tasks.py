{%- if cookiecutter.tasks == "arq" -%}
"""Background tasks, run by an arq worker process beside the web server:

    uv run arq {{ cookiecutter.project_slug }}.tasks.WorkerSettings

The app enqueues jobs in Redis (REDIS_URL); any number of workers, on any machines, take them
from there. Add a task: write an `async def` taking `ctx` first, list it in `functions`, enqueue
it by name with `await queue.enqueue_job("name", ...)`.
"""

import os
from typing import Any

from arq.connections import RedisSettings
from arq.typing import WorkerSettingsBase
from dotenv import dotenv_values

DEFAULT_REDIS_URL = "redis://localhost:6379/0"


def redis_url() -> str:
    """REDIS_URL as the app reads it: the environment first, then .env (left unloaded)."""
    from_file = dotenv_values(".env").get("REDIS_URL")
    return os.environ.get("REDIS_URL") or from_file or DEFAULT_REDIS_URL


async def greet(ctx: dict[str, Any], name: str) -> str:
    """The example task. `ctx` holds the job's id, try count and the worker's Redis connection."""
    return f"Hello, {name}!"


class WorkerSettings(WorkerSettingsBase):
    functions = (greet,)
    redis_settings = RedisSettings.from_dsn(redis_url())
    # A job that fails with arq.Retry is tried again, up to this many times in all.
    max_tries = 3
{%- endif %}

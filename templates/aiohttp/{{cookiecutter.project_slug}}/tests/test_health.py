from __future__ import annotations
{%- if cookiecutter.database != "none" %}

import threading
from pathlib import Path
{%- endif %}

from aiohttp import web
from aiohttp.test_utils import TestClient
{%- if cookiecutter.database != "none" %}
from pytest_aiohttp import AiohttpClient

from {{ cookiecutter.project_slug }}.app import create_app
from {{ cookiecutter.project_slug }}.settings import Settings
{%- endif %}


async def test_health(client: TestClient[web.Request, web.Application]) -> None:
    response = await client.get("/health")
    assert response.status == 200
    assert await response.json() == {"status": "ok"}
{%- if cookiecutter.database != "none" %}


async def test_health_reports_an_unreachable_database(
    aiohttp_client: AiohttpClient, tmp_path: Path
) -> None:
    # SQLite cannot create a file in a folder that does not exist: the database is down.
    url = f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'test.db'}"
    client = await aiohttp_client(create_app(Settings(database_url=url)))
    response = await client.get("/health")
    assert response.status == 503
    assert await response.json() == {"status": "error", "database": "unavailable"}

    # After the failed connect, aiosqlite's worker thread still reports to the event loop: let it
    # finish while the loop is open (it closes after the test), or the report fails in that thread.
    for thread in threading.enumerate():
        if thread.name.endswith("(_connection_worker_thread)"):
            thread.join(timeout=5)
{%- endif %}

from __future__ import annotations
{%- if cookiecutter.database != "none" %}

from pathlib import Path
{%- endif %}

from sanic_testing.testing import SanicASGITestClient
{%- if cookiecutter.database != "none" %}

from {{ cookiecutter.project_slug }}.app import create_app
from {{ cookiecutter.project_slug }}.settings import Settings
{%- endif %}


async def test_health(client: SanicASGITestClient) -> None:
    _, response = await client.get("/health")
    assert response.status == 200
    assert response.json == {"status": "ok"}
{%- if cookiecutter.database != "none" %}


async def test_health_reports_an_unreachable_database(tmp_path: Path) -> None:
    # SQLite cannot create a file in a folder that does not exist: the database is down.
    url = f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'test.db'}"
    app = create_app(settings=Settings(database_url=url))
    _, response = await app.asgi_client.get("/health")
    assert response.status == 503
    assert response.json == {"status": "error", "database": "unavailable"}
{%- endif %}

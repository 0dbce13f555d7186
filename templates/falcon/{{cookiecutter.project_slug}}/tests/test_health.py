{%- set db = cookiecutter.database != "none" -%}
"""GET /health."""

from __future__ import annotations
{%- if db %}

from pathlib import Path
{%- endif %}

from falcon import testing
{%- if db %}

from {{ cookiecutter.project_slug }}.app import create_app
from {{ cookiecutter.project_slug }}.settings import Settings
{%- endif %}


def test_health(client: testing.TestClient) -> None:
    response = client.simulate_get("/health")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}
{%- if db %}


def test_health_reports_an_unreachable_database(tmp_path: Path) -> None:
    # SQLite cannot create a file in a missing folder: a database that is down.
    missing = tmp_path / "missing" / "app.db"
    settings = Settings(secret_key="test-secret-key", database_url=f"sqlite{% if cookiecutter.interface == "asgi" %}+aiosqlite{% endif %}:///{missing}")
    response = testing.TestClient(create_app(settings)).simulate_get("/health")
    assert response.status_code == 503
    assert response.json == {"status": "error", "database": "unreachable"}
{%- endif %}

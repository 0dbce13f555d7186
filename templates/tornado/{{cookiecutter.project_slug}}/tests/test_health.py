from __future__ import annotations

{% if cookiecutter.database != "none" -%}
import threading

from {{ cookiecutter.project_slug }}.settings import Settings

{% endif -%}
from .support import {% if cookiecutter.database != "none" %}TEST_SECRET_KEY, {% endif %}AppTestCase, json_of


class HealthTest(AppTestCase):
    def test_health(self) -> None:
        response = self.fetch("/health")
        assert response.code == 200
        assert json_of(response) == {"status": "ok"}
{%- if cookiecutter.database != "none" %}


class UnreachableDatabaseTest(AppTestCase):
    create_tables = False

    def get_settings(self) -> Settings:
        # SQLite cannot create a file in a folder that does not exist: the database is down.
        url = f"sqlite+aiosqlite:///{self.tmp_path / 'missing' / 'test.db'}"
        return Settings(secret_key=TEST_SECRET_KEY, database_url=url)

    def tearDown(self) -> None:
        # After a failed connect, aiosqlite's worker thread reports its own end to the event loop:
        # let it finish before the test closes the loop, or it fails in that thread.
        for thread in threading.enumerate():
            if "_connection_worker_thread" in thread.name:
                thread.join(timeout=5)
        super().tearDown()

    def test_health_reports_an_unreachable_database(self) -> None:
        response = self.fetch("/health")
        assert response.code == 503
        assert json_of(response) == {"status": "error", "database": "unavailable"}
{%- endif %}

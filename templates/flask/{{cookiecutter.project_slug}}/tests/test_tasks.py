{% if cookiecutter.tasks == "celery" -%}
"""The example task, sent through a real Redis (REDIS_URL) to a real Celery worker."""

import os

import pytest
from celery.contrib.testing.worker import start_worker

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.tasks import count_words

REDIS_URL = os.environ.get("REDIS_URL")
pytestmark = pytest.mark.skipif(not REDIS_URL, reason="set REDIS_URL to a Redis server to run")


def test_a_worker_runs_the_task_through_redis() -> None:
    settings = {"TESTING": True, "SECRET_KEY": "test-secret-key", "REDIS_URL": REDIS_URL}
{%- if cookiecutter.database != "none" %}
    settings["SQLALCHEMY_DATABASE_URI"] = "sqlite://"  # never queried here
{%- endif %}
    celery_app = create_app(settings).extensions["celery"]
    # A worker thread of this process, consuming from Redis like `celery worker` does.
    with start_worker(celery_app, pool="solo", perform_ping_check=False):
        result = count_words.delay("three little words")
        assert result.get(timeout=20) == 3
    assert result.successful()
{%- endif %}

{% if cookiecutter.tasks == "celery" -%}
"""Background tasks: Celery, with Redis (``REDIS_URL``) as broker and result store.

Work that should not hold up a request (mail, reports, calls to slow services) goes here as a
task; a view calls ``task.delay(...)`` and answers at once, and a worker process runs it:
``celery -A {{ cookiecutter.project_slug }}.worker:celery_app worker --loglevel INFO``.
Scale out by starting more workers, on more machines, against the same Redis.
"""

from typing import Any

from celery import Celery, Task, shared_task
from flask import Flask


def init_app(app: Flask) -> Celery:
    """The app's Celery instance, in ``app.extensions["celery"]``; tasks run in an app context."""

    class FlaskTask(Task[Any, Any]):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app: Celery = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(
        {
            "broker_url": app.config["REDIS_URL"],
            "result_backend": app.config["REDIS_URL"],
            # Keep retrying a broker that is not up yet when a worker starts (a container race).
            "broker_connection_retry_on_startup": True,
            # A task is acknowledged after it ran, so a worker that dies mid-task loses nothing.
            "task_acks_late": True,
            "worker_prefetch_multiplier": 1,
        }
    )
    celery_app.set_default()
    app.extensions["celery"] = celery_app
    return celery_app


@shared_task(ignore_result=False)
def count_words(text: str) -> int:
    """The example task: replace it with real work (it must take and return JSON values)."""
    return len(text.split())
{%- endif %}

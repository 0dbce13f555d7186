{% if cookiecutter.tasks == "celery" -%}
"""The Celery worker's entry point: ``celery -A {{ cookiecutter.project_slug }}.worker:celery_app worker``."""

from . import create_app, tasks  # noqa: F401  (tasks: registers the tasks with the worker)

celery_app = create_app().extensions["celery"]
{%- endif %}

"""Project configuration: settings, root URLs, middleware and the {% if cookiecutter.async == "yes" %}ASGI and WSGI entry points{% else %}WSGI entry point{% endif %}."""
{%- if cookiecutter.tasks == "celery" %}

# Loaded with Django, so @shared_task functions bind to this app and its settings.
from .celery import app as celery_app

__all__ = ("celery_app",)
{%- endif %}

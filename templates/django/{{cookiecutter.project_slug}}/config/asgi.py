{%- if cookiecutter.async == "yes" -%}
"""ASGI entry point: gunicorn runs it with uvicorn workers (`-k uvicorn_worker.UvicornWorker`).

Async views run on the event loop; sync views and the ORM calls in them run in a thread pool,
so both kinds can live side by side.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_asgi_application()
{%- endif %}

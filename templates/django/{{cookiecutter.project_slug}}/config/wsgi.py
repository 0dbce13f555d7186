"""WSGI entry point: `gunicorn config.wsgi` in production; `manage.py runserver` uses it too."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

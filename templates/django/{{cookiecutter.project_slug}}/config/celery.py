{%- if cookiecutter.tasks == "celery" -%}
"""The Celery app: `celery -A config worker` runs the tasks that the web process queues in Redis.

Settings come from Django's, the ones named CELERY_* (config/settings.py); tasks are found in each
installed app's tasks.py.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("config")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
{%- endif %}

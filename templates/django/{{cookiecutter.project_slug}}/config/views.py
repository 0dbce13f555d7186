"""Project-wide views that belong to no app."""

import logging

{% if cookiecutter.async == "yes" -%}
from asgiref.sync import sync_to_async
{% endif -%}
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _ping_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


@require_safe
{%- if cookiecutter.async == "yes" %}
async def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and orchestrators: 200 when the app and its database answer."""
    try:
        # The database driver is synchronous: run it in a worker thread, not on the event loop.
        await sync_to_async(_ping_database)()
{%- else %}
def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and orchestrators: 200 when the app and its database answer."""
    try:
        _ping_database()
{%- endif %}
    except DatabaseError:
        logger.exception("Health check failed: database unavailable")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})

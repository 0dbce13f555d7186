"""Hello world in Django, for benchmarks/throughput.py: hello_django:application (WSGI) or
hello_django:asgi (ASGI), one file with settings, one view and one URL."""

import django
from django.conf import settings
from django.http import JsonResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="hello-world-benchmark-only",
)
django.setup()


def health(request):
    return JsonResponse({"status": "ok"})


urlpatterns = [path("health", health)]

from django.core.asgi import get_asgi_application  # noqa: E402  (after settings)
from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
asgi = get_asgi_application()

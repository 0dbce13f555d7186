"""The app: py4web imports this package and serves the actions it defines.

Importing the controllers registers their actions; importing ``db`` shows the tables to py4web's
tools (the dashboard's database admin, ``py4web shell``). The request-id hooks (see logs.py) are
the server's own (py4web's ombott app), around every request.
"""

from py4web import request, response
from py4web.core import bottle

from . import controllers, settings
from .logs import REQUEST_ID_HEADER, configure_logging, current_request_id, request_id_from
from .models import db

__all__ = ["controllers", "db"]

# Where a request keeps the token that unsets its id (a WSGI environ key).
REQUEST_ID_TOKEN = "app.request_id_token"


def take_request_id() -> None:
    """Before each request: its id, on every log line written while serving it."""
    request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER, ""))
    request.environ[REQUEST_ID_TOKEN] = current_request_id.set(request_id)


def send_request_id() -> None:
    """After each request: the id goes back in the response, then is unset. (An error raised
    outside the app's actions, such as an unknown path's 404, is answered without it.)"""
    token = request.environ.pop(REQUEST_ID_TOKEN, None)
    if token is not None:
        response.headers[REQUEST_ID_HEADER] = current_request_id.get()
        current_request_id.reset(token)


configure_logging(settings.LOG_LEVEL)
bottle.default_app().add_hook("before_request", take_request_id)
bottle.default_app().add_hook("after_request", send_request_id)

"""WSGI middleware, first in etc/zope.ini's pipeline: the id of every request (see logs.py).

It wraps Zope and the error handling in front of it, so every answer carries ``X-Request-ID``,
errors included, and every log line written while Zope publishes the request carries the id.
"""

from collections.abc import Callable, Iterable
from typing import Any

from .logs import (
    REQUEST_ID_HEADER,
    configure_logging,
    current_request_id,
    log_level_from_env,
    request_id_from,
)

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
# The header as WSGI names it in the environ.
ENVIRON_KEY = "HTTP_" + REQUEST_ID_HEADER.upper().replace("-", "_")


class RequestIdMiddleware:
    def __init__(self, app: WSGIApp) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        request_id = request_id_from(environ.get(ENVIRON_KEY, ""))

        def start_with_request_id(
            status: str, headers: list[tuple[str, str]], *exc_info: Any
        ) -> Any:
            return start_response(status, [*headers, (REQUEST_ID_HEADER, request_id)], *exc_info)

        # Zope publishes the whole request in this call, in this thread.
        token = current_request_id.set(request_id)
        try:
            return self.app(environ, start_with_request_id)
        finally:
            current_request_id.reset(token)


def filter_factory(global_conf: dict[str, str], **local_conf: str) -> Callable[[WSGIApp], WSGIApp]:
    """PasteDeploy's entry point (``use = call:...`` in etc/zope.ini). Zope is loaded first, and
    with it .env (admin.py), so LOG_LEVEL may come from there."""
    configure_logging(log_level_from_env())
    return RequestIdMiddleware

{%- set asgi = cookiecutter.interface == "asgi" -%}
"""Middleware: a request id on every request and response, and one log line per request."""

from __future__ import annotations

import logging
import time
from typing import Any

{% if asgi -%}
from falcon.asgi import Request, Response
{%- else -%}
from falcon import Request, Response
{%- endif %}

from .logs import REQUEST_ID_HEADER, current_request_id, request_id_from

logger = logging.getLogger(__name__)


class RequestLogging:
    """Gives each request an id (reusing a proxy's X-Request-ID), returns it, logs the outcome."""

    {% if asgi %}async {% endif %}def process_request(self, req: Request, resp: Response) -> None:
        req.context.request_id = request_id_from(req.get_header(REQUEST_ID_HEADER, default=""))
        req.context.started = time.perf_counter()
        req.context.request_id_token = current_request_id.set(req.context.request_id)

    {% if asgi %}async {% endif %}def process_response(
        self, req: Request, resp: Response, resource: Any, req_succeeded: bool
    ) -> None:
        # Runs for every response, errors and unknown routes included.
        resp.set_header(REQUEST_ID_HEADER, req.context.request_id)
        elapsed_ms = (time.perf_counter() - req.context.started) * 1000
        logger.info("%s %s %d %.1fms", req.method, req.relative_uri, resp.status_code, elapsed_ms)
        current_request_id.reset(req.context.request_id_token)

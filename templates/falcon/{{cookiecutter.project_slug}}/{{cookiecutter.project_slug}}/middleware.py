{%- set asgi = cookiecutter.interface == "asgi" -%}
"""Middleware: a request id on every request and response, and one log line per request."""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Any

{% if asgi -%}
from falcon.asgi import Request, Response
{%- else -%}
from falcon import Request, Response
{%- endif %}

from . import logs

logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
# An id from a proxy or client is reused only when it is short and plain, since it goes into logs.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class RequestLogging:
    """Gives each request an id (reusing a proxy's X-Request-ID), returns it, logs the outcome."""

    {% if asgi %}async {% endif %}def process_request(self, req: Request, resp: Response) -> None:
        incoming = req.get_header(REQUEST_ID_HEADER, default="")
        valid = VALID_REQUEST_ID.fullmatch(incoming)
        req.context.request_id = incoming if valid else uuid.uuid4().hex
        req.context.started = time.perf_counter()
        logs.request_id.set(req.context.request_id)

    {% if asgi %}async {% endif %}def process_response(
        self, req: Request, resp: Response, resource: Any, req_succeeded: bool
    ) -> None:
        # Runs for every response, errors and unknown routes included.
        resp.set_header(REQUEST_ID_HEADER, req.context.request_id)
        elapsed_ms = (time.perf_counter() - req.context.started) * 1000
        logger.info("%s %s %d %.1fms", req.method, req.relative_uri, resp.status_code, elapsed_ms)

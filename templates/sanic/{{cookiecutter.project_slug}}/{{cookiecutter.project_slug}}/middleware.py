"""A request id on every request and response (X-Request-ID), and one log line per request."""

from __future__ import annotations

import logging
import re
import time
import uuid

from sanic import DefaultSanic, Request
from sanic.response import BaseHTTPResponse

logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
# An id from a proxy or client is reused only when it is short and plain, since it goes into logs.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


async def assign_request_id(request: Request) -> None:
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    request.ctx.request_id = incoming if VALID_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    request.ctx.started = time.perf_counter()


async def finish_response(request: Request, response: BaseHTTPResponse) -> None:
    """The id header and the access line. Sanic runs response middleware for error responses too
    (404, 405, an unhandled 500), so every request gets both.

    The line is written here rather than from a Sanic signal: dispatching one more signal on every
    response cost about a tenth of the server's CPU time per /health request (measured with
    benchmarks/throughput.py's setup). Sanic's own access log (off unless --access-logs) knows no
    request id, so this one replaces it.
    """
    request_id = getattr(request.ctx, "request_id", None)
    if request_id:
        response.headers[REQUEST_ID_HEADER] = request_id
    if logger.isEnabledFor(logging.INFO):  # at LOG_LEVEL=WARNING the line costs nothing
        started = getattr(request.ctx, "started", None)
        elapsed_ms = (time.perf_counter() - started) * 1000 if started else 0.0
        logger.info(
            "%s %s %s %.1fms request_id=%s",
            request.method,
            request.path,
            response.status,
            elapsed_ms,
            request_id or "-",
        )


def setup(app: DefaultSanic) -> None:
    # priority: the id is assigned before any other middleware (and blueprint middleware) runs.
    app.on_request(assign_request_id, priority=100)
    app.on_response(finish_response, priority=100)

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


async def add_request_id_header(request: Request, response: BaseHTTPResponse) -> None:
    request_id = getattr(request.ctx, "request_id", None)
    if request_id:
        response.headers[REQUEST_ID_HEADER] = request_id


async def log_request(request: Request, response: BaseHTTPResponse) -> None:
    """The access log line; Sanic's own (off unless --access-logs) knows no request id."""
    started = getattr(request.ctx, "started", None)
    elapsed_ms = (time.perf_counter() - started) * 1000 if started else 0.0
    logger.info(
        "%s %s %s %.1fms request_id=%s",
        request.method,
        request.path,
        response.status,
        elapsed_ms,
        getattr(request.ctx, "request_id", "-"),
    )


def setup(app: DefaultSanic) -> None:
    # priority: the id is assigned before any other middleware (and blueprint middleware) runs.
    app.on_request(assign_request_id, priority=100)
    app.on_response(add_request_id_header, priority=100)
    # A signal Sanic dispatches once the response is final, error responses included.
    app.add_signal(log_request, "http.lifecycle.response")

"""Middlewares: a request id on every request and response, errors answered as JSON."""

from __future__ import annotations

import logging
import re
import uuid

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler

logger = logging.getLogger(__name__)

REQUEST_ID = web.RequestKey("request_id", str)
REQUEST_ID_HEADER = "X-Request-ID"
# An id from a proxy or client is reused only when it is short and plain, since it goes into logs.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


@web.middleware
async def request_id_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Give the request an id for logs (reusing a proxy's); add_request_id_header returns it."""
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    request[REQUEST_ID] = incoming if VALID_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    return await handler(request)


async def add_request_id_header(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: every response carries the id, errors and WebSocket handshakes too."""
    if REQUEST_ID in request:
        response.headers[REQUEST_ID_HEADER] = request[REQUEST_ID]


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer errors as JSON `{"detail": ...}` (the shape FastAPI uses too), keeping their status and headers (e.g. Allow)."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400 or exc.content_type == "application/json":
            raise  # a redirect, or an error a handler already wrote as JSON
        headers = exc.headers.copy()
        headers.popall(hdrs.CONTENT_TYPE, None)
        headers.popall(hdrs.CONTENT_LENGTH, None)
        return web.json_response({"detail": exc.reason}, status=exc.status, headers=headers)
    except Exception:
        logger.exception(
            "unhandled error in %s %s (request id %s)",
            request.method,
            request.path,
            request.get(REQUEST_ID),
        )
        return web.json_response({"detail": "Internal Server Error"}, status=500)

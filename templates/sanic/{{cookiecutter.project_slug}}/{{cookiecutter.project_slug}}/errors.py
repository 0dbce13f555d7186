"""Every error is answered as JSON `{"error": ...}`: 404, 405, invalid input and crashes alike."""

from __future__ import annotations

import logging

from sanic import Request, json
from sanic.exceptions import SanicException
from sanic.handlers import ErrorHandler
from sanic.response import HTTPResponse
from sanic_ext.exceptions import ValidationError

logger = logging.getLogger(__name__)


class JSONErrorHandler(ErrorHandler):
    def default(self, request: Request, exception: Exception) -> HTTPResponse:
        if isinstance(exception, ValidationError):
            # sanic-ext answers 400; 422 tells "well-formed but invalid" apart from malformed JSON.
            return json({"error": str(exception)}, status=422)
        if isinstance(exception, SanicException):
            # Keeps the exception's headers, e.g. Allow on a 405.
            return json(
                {"error": exception.message},
                status=exception.status_code,
                headers=exception.headers,
            )
        logger.exception(
            "unhandled error in %s %s (request id %s)",
            request.method,
            request.path,
            getattr(request.ctx, "request_id", None),
            exc_info=exception,
        )
        return json({"error": "Internal Server Error"}, status=500)  # no internals leak

"""Base handlers: a request id on every response, JSON errors for the API, one access log line."""

from __future__ import annotations

import json
import logging
import re
import uuid
from http.client import responses
from typing import Any

from tornado.log import access_log
from tornado.web import HTTPError, RequestHandler

from .shutdown import InFlightRequests

REQUEST_ID_HEADER = "X-Request-ID"
# An id from a proxy or client is reused only when it is short and plain, since it goes into logs.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class ApiError(HTTPError):
    """A client error with a message for the JSON body (the status line keeps its standard reason,
    so nothing a client sent ends up in it)."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(status_code)
        self.message = message


class RequestIdMixin(RequestHandler):
    """Give each request an id for the logs (reusing a proxy's) and send it back."""

    request_id: str

    def set_default_headers(self) -> None:
        # Tornado calls this again when an error clears the response, so errors keep the header.
        if not hasattr(self, "request_id"):
            incoming = self.request.headers.get(REQUEST_ID_HEADER, "")
            self.request_id = incoming if VALID_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        self.set_header(REQUEST_ID_HEADER, self.request_id)


class BaseHandler(RequestIdMixin):
    """Every HTTP handler of the app. It counts itself in flight from the moment it exists until
    its response is sent (or the client leaves), so a shutdown can wait for it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_flight: InFlightRequests = self.settings["in_flight"]
        self._in_flight.started()
        self._counted = True

    def _done(self) -> None:
        if self._counted:
            self._counted = False
            self._in_flight.finished()

    def on_finish(self) -> None:
        self._done()

    def on_connection_close(self) -> None:
        self._done()
        super().on_connection_close()


class JsonHandler(BaseHandler):
    """API endpoints: JSON bodies in and out, errors as `{"error": ...}` with the right status."""
{%- if cookiecutter.pages == "yes" %}

    def check_xsrf_cookie(self) -> None:
        # XSRF tokens protect what a browser's cookies authenticate: the HTML forms. The JSON API
        # reads no cookie, so a forged cross-site request gains nothing; API clients send no token.
        return
{%- endif %}

    def write_json(self, data: Any, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=UTF-8")
        self.finish(json.dumps(data))

    def json_body(self) -> Any:
        try:
            return json.loads(self.request.body)
        except ValueError:
            raise ApiError(400, "the body is not valid JSON") from None

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        exc = kwargs.get("exc_info", (None, None, None))[1]
        # Only an ApiError's message is shown; anything else (5xx above all) stays in the log.
        message = exc.message if isinstance(exc, ApiError) else responses.get(status_code, "Error")
        if status_code == 405:
            self.set_header("Allow", ", ".join(self.allowed_methods()))
        self.set_header("Content-Type", "application/json; charset=UTF-8")
        self.finish(json.dumps({"error": message}))

    def allowed_methods(self) -> list[str]:
        """The methods this handler implements (for 405's Allow header)."""
        return [
            method
            for method in self.SUPPORTED_METHODS
            if getattr(type(self), method.lower()) is not getattr(RequestHandler, method.lower())
        ]


class NotFoundHandler(JsonHandler):
    """The application's default handler: unknown paths are a JSON 404."""

    def prepare(self) -> None:
        raise HTTPError(404)


def log_request(handler: RequestHandler) -> None:
    """The access log line (Application's log_function), with the request id."""
    status = handler.get_status()
    if status < 400:
        level = logging.INFO
    elif status < 500:
        level = logging.WARNING
    else:
        level = logging.ERROR
    request = handler.request
    access_log.log(
        level,
        "%d %s %s (%s) %.2fms request_id=%s",
        status,
        request.method,
        request.uri,
        request.remote_ip,
        1000.0 * request.request_time(),
        getattr(handler, "request_id", "-"),
    )

"""The Klein application: its routes, and JSON for every error."""

from __future__ import annotations

import json
from typing import Any

from klein import Klein
from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web.iweb import IRequest
from twisted.web.resource import IResource, Resource
from werkzeug.exceptions import HTTPException

from .logs import REQUEST_ID_HEADER, current_request_id, request_id_from
from .pages import IndexPage
from .settings import Settings

log = Logger()


def json_body(request: IRequest, body: Any, status: int = 200) -> bytes:
    """``body`` as the JSON answer to ``request``, with ``status``."""
    request.setResponseCode(status)
    request.setHeader(b"Content-Type", b"application/json")
    return json.dumps(body).encode("utf-8")


class RequestIdResource(Resource):
    """Wraps the app's resource: each request gets its id (see logs.py), answers with it in
    ``X-Request-ID``, and the log lines written while it is handled carry it."""

    isLeaf = True  # the wrapped (Klein) resource routes the whole path itself

    def __init__(self, wrapped: IResource) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # Resource's __init__ has no hints
        self.wrapped = wrapped

    def render(self, request: IRequest) -> bytes | int:
        request_id = request_id_from(request.getHeader(REQUEST_ID_HEADER) or "")
        request.setHeader(REQUEST_ID_HEADER, request_id)
        # Handlers that await run in a copy of this context (ensureDeferred), so they keep the id.
        token = current_request_id.set(request_id)
        try:
            body: bytes | int = self.wrapped.render(request)  # IResource.render is untyped
            return body
        finally:
            current_request_id.reset(token)


class Application:
    """Routes are methods, so each instance carries its own settings (Klein's non-global state).

    A route may return bytes, text, a twisted.web template element, a Deferred of any of these, or
    be ``async def`` and await Deferreds: Klein waits for the result without blocking the reactor.
    """

    app = Klein()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def resource(self) -> IResource:
        """The twisted.web resource that a Site serves (and treq's StubTreq tests)."""
        return RequestIdResource(self.app.resource())

    @app.route("/health", methods=["GET"])
    def health(self, request: IRequest) -> bytes:
        return json_body(request, {"status": "ok"})

    @app.route("/", methods=["GET"])
    def index(self, request: IRequest) -> IndexPage:
        # twisted.web's default is a bare text/html; the page is UTF-8 and the header says so.
        request.setHeader(b"Content-Type", b"text/html; charset=utf-8")
        # Klein renders the element with twisted.web.template, escaping every value it fills in.
        return IndexPage()

    @app.route("/api/greetings/<string:name>", methods=["GET"])
    def greeting(self, request: IRequest, name: str) -> bytes:
        return json_body(request, {"greeting": f"Hello, {name}!"})

    @app.route("/api/greetings", methods=["POST"])
    def create_greeting(self, request: IRequest) -> bytes:
        content_type = request.getHeader(b"Content-Type") or b""
        if content_type.split(b";")[0].strip().lower() != b"application/json":
            return json_body(request, {"error": "Send JSON (Content-Type: application/json)"}, 415)
        try:
            data = json.load(request.content)
        except ValueError:
            return json_body(request, {"error": "The body is not valid JSON"}, 400)
        name = data.get("name") if isinstance(data, dict) else None
        if not isinstance(name, str) or not name.strip():
            return json_body(request, {"error": "'name' must be a non-empty string"}, 422)
        return json_body(request, {"greeting": f"Hello, {name.strip()}!"}, 201)

    @app.handle_errors(HTTPException)
    def http_error(self, request: IRequest, failure: Failure) -> bytes:
        """Unknown paths, wrong methods and the like (werkzeug's routing errors), as JSON."""
        error = failure.value
        assert isinstance(error, HTTPException)  # the only errors this handler is registered for
        for header, value in error.get_response().headers:
            if header.lower() == "allow":  # a 405 says which methods would work
                request.setHeader(b"Allow", value.encode("ascii"))
        return json_body(request, {"error": error.name}, error.code or 500)

    @app.handle_errors(Exception)
    def unexpected_error(self, request: IRequest, failure: Failure) -> bytes:
        """A bug: logged with its traceback, answered with a 500 that shows it only in debug."""
        log.failure(
            "Unhandled error in {method} {uri}", failure, method=request.method, uri=request.uri
        )
        body = {"error": "Internal Server Error"}
        if self.settings.debug:
            body["traceback"] = failure.getTraceback()
        return json_body(request, body, 500)

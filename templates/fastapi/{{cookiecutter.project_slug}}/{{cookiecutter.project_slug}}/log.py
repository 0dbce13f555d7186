{%- set framework_imports = "from starlette.datastructures import Headers, MutableHeaders\nfrom starlette.types import ASGIApp, Message, Receive, Scope, Send" -%}
"""Logging with a request id: every request gets one (a proxy's X-Request-ID is reused when it is
plain), every response carries it back, and every log line written while serving it shows it, so
a user's report can be matched with the server's log."""

{% include "partials/request_logging" %}


class RequestIdMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware), so it adds no per-request task or body buffering."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(Headers(scope=scope).get(REQUEST_ID_HEADER, ""))
        # Also on request.state, for the error handler that answers outside this middleware.
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_request_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        # The server runs each request in a task of its own: the value set here is this
        # request's alone, and lines logged outside any request show "-".
        token = current_request_id.set(request_id)
        try:
            await self.app(scope, receive, send_with_request_id)
        finally:
            current_request_id.reset(token)

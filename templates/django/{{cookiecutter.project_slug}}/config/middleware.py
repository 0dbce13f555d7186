"""Middleware that runs before the rest of the stack (both work under WSGI and ASGI)."""

import re
import uuid
from collections.abc import Awaitable, Callable
from typing import cast

from asgiref.sync import async_to_sync, iscoroutinefunction, sync_to_async
from django.http import HttpRequest, HttpResponseBase
from django.utils.decorators import sync_and_async_middleware

from .request_id import current_request_id
from .views import health

# A proxy's id is kept when it looks like one (no spaces or control characters to forge log lines).
INCOMING_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

# Django hands each middleware the next handler, synchronous or asynchronous (it asks
# iscoroutinefunction, as these do), and takes one of the same kind back.
SyncHandler = Callable[[HttpRequest], HttpResponseBase]
AsyncHandler = Callable[[HttpRequest], Awaitable[HttpResponseBase]]
Handler = SyncHandler | AsyncHandler


def _same_kind(view: Handler, asynchronous: bool) -> Handler:
    if iscoroutinefunction(view) == asynchronous:
        return view
    return (
        sync_to_async(cast(SyncHandler, view))
        if asynchronous
        else async_to_sync(cast(AsyncHandler, view))
    )


@sync_and_async_middleware
def request_id(get_response: Handler) -> Handler:
    """Gives every request an id (the proxy's X-Request-ID, or a new one) for its log lines and
    returns it in the response's X-Request-ID header, so a user's report finds the logs."""

    def start(request: HttpRequest) -> str:
        incoming = request.headers.get("X-Request-ID", "")
        id_ = incoming if INCOMING_ID.fullmatch(incoming) else uuid.uuid4().hex
        # Django logs 4xx and 5xx responses after this middleware is done: the logging filter
        # finds the id on the request then. HttpRequest takes attributes; its stubs list none.
        request.id = id_  # type: ignore[attr-defined]
        return id_

    if iscoroutinefunction(get_response):

        async def async_middleware(request: HttpRequest) -> HttpResponseBase:
            id_ = start(request)
            token = current_request_id.set(id_)
            try:
                response = await cast(AsyncHandler, get_response)(request)
            finally:
                current_request_id.reset(token)
            response["X-Request-ID"] = id_
            return response

        return async_middleware

    def sync_middleware(request: HttpRequest) -> HttpResponseBase:
        id_ = start(request)
        token = current_request_id.set(id_)
        try:
            response = cast(SyncHandler, get_response)(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = id_
        return response

    return sync_middleware


@sync_and_async_middleware
def health_check(get_response: Handler) -> Handler:
    """Answers /health before host validation (ALLOWED_HOSTS) and the HTTPS redirect.

    Container and load-balancer probes call http://<ip>:8000/health, a host name the site does
    not serve and must not start serving: Django would answer 400 DisallowedHost, or redirect to
    HTTPS. The health view reads nothing from the request but its method, so skipping the host
    check for this one path exposes nothing; every other path still goes through it.
    """
    asynchronous = iscoroutinefunction(get_response)
    view = _same_kind(health, asynchronous)

    if asynchronous:

        async def async_middleware(request: HttpRequest) -> HttpResponseBase:
            if request.path_info == "/health":
                return await cast(AsyncHandler, view)(request)
            return await cast(AsyncHandler, get_response)(request)

        return async_middleware

    def sync_middleware(request: HttpRequest) -> HttpResponseBase:
        if request.path_info == "/health":
            return cast(SyncHandler, view)(request)
        return cast(SyncHandler, get_response)(request)

    return sync_middleware

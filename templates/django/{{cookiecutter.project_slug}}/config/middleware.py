"""Middleware that runs before the rest of the stack (both work under WSGI and ASGI)."""

import re
import uuid
from collections.abc import Callable

from asgiref.sync import async_to_sync, iscoroutinefunction, sync_to_async
from django.http import HttpRequest, HttpResponseBase
from django.utils.decorators import sync_and_async_middleware

from .request_id import current_request_id
from .views import health

# A proxy's id is kept when it looks like one (no spaces or control characters to forge log lines).
INCOMING_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def _same_kind(view: Callable, asynchronous: bool) -> Callable:
    if iscoroutinefunction(view) == asynchronous:
        return view
    return sync_to_async(view) if asynchronous else async_to_sync(view)


@sync_and_async_middleware
def request_id(get_response: Callable) -> Callable:
    """Gives every request an id (the proxy's X-Request-ID, or a new one) for its log lines and
    returns it in the response's X-Request-ID header, so a user's report finds the logs."""

    def start(request: HttpRequest) -> str:
        incoming = request.headers.get("X-Request-ID", "")
        request.id = incoming if INCOMING_ID.fullmatch(incoming) else uuid.uuid4().hex
        return request.id

    if iscoroutinefunction(get_response):

        async def middleware(request: HttpRequest) -> HttpResponseBase:
            token = current_request_id.set(start(request))
            try:
                response = await get_response(request)
            finally:
                current_request_id.reset(token)
            response["X-Request-ID"] = request.id
            return response

    else:

        def middleware(request: HttpRequest) -> HttpResponseBase:
            token = current_request_id.set(start(request))
            try:
                response = get_response(request)
            finally:
                current_request_id.reset(token)
            response["X-Request-ID"] = request.id
            return response

    return middleware


@sync_and_async_middleware
def health_check(get_response: Callable) -> Callable:
    """Answers /health before host validation (ALLOWED_HOSTS) and the HTTPS redirect.

    Container and load-balancer probes call http://<ip>:8000/health, a host name the site does
    not serve and must not start serving: Django would answer 400 DisallowedHost, or redirect to
    HTTPS. The health view reads nothing from the request but its method, so skipping the host
    check for this one path exposes nothing; every other path still goes through it.
    """
    asynchronous = iscoroutinefunction(get_response)
    view = _same_kind(health, asynchronous)

    if asynchronous:

        async def middleware(request: HttpRequest) -> HttpResponseBase:
            if request.path_info == "/health":
                return await view(request)
            return await get_response(request)

    else:

        def middleware(request: HttpRequest) -> HttpResponseBase:
            if request.path_info == "/health":
                return view(request)
            return get_response(request)

    return middleware

"""Logging: every line tagged with the id of the request that logged it.

The .ini files name ``RequestIdFormatter`` as their formatter class; ``request_id_tween`` gives
each request its id: a well-formed ``X-Request-ID`` header (set by a proxy in front) or a new one,
returned in the same response header, so a client's report and the logs can be matched.
``LOG_LEVEL`` in the environment overrides the .ini files' levels.
"""

import logging
import os
import re
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the .ini files' logging (alembic's too) imports this module: no Pyramid import
    from pyramid.config import Configurator
    from pyramid.registry import Registry
    from pyramid.request import Request
    from pyramid.response import Response

    Handler = Callable[[Request], Response]

REQUEST_ID_HEADER = "X-Request-ID"
# Anything else (too long, spaces, newlines) could forge log lines: replaced by a fresh id.
WELL_FORMED_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
current_request_id: ContextVar[str] = ContextVar("current_request_id", default="-")


class RequestIdFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record.request_id = current_request_id.get()
        return super().format(record)


def request_id_tween_factory(handler: "Handler", registry: "Registry") -> "Handler":
    def request_id_tween(request: "Request") -> "Response":
        given = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = given if WELL_FORMED_ID.fullmatch(given) else uuid.uuid4().hex
        token = current_request_id.set(request_id)
        try:
            response = handler(request)
        finally:
            current_request_id.reset(token)
        response.headers[REQUEST_ID_HEADER] = request_id
        return response

    return request_id_tween


def apply_log_level() -> None:
    level = os.environ.get("LOG_LEVEL", "").strip().upper()
    if level:
        logging.getLogger().setLevel(level)
        logging.getLogger(__package__).setLevel(level)


def includeme(config: "Configurator") -> None:
    apply_log_level()
    config.add_tween("{{ cookiecutter.project_slug }}.logs.request_id_tween_factory")

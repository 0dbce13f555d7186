{%- set asgi = cookiecutter.interface == "asgi" -%}
"""Errors: all answered in Falcon's JSON shape, ``{"title": ..., "description": ...}``."""

from __future__ import annotations

import logging
from typing import Any, NoReturn

import falcon
{% if asgi -%}
from falcon.asgi import Request, Response
{%- else -%}
from falcon import Request, Response
{%- endif %}

logger = logging.getLogger(__name__)


def serialize_as_json(req: Request, resp: Response, error: falcon.HTTPError) -> None:
    """Falcon's own error body, always as JSON.

    Falcon's default serializer answers XML to clients that prefer it (browsers do); a JSON API
    answers JSON.
    """
    resp.data = error.to_json()
    resp.content_type = falcon.MEDIA_JSON


{% if asgi %}async {% endif %}def handle_unexpected_error(
    req: Request, resp: Response, error: Exception, params: dict[str, Any]
) -> NoReturn:
    """Log a bug with its traceback (and request id), and answer a plain 500 without details."""
    logger.error("unhandled error in %s %s", req.method, req.path, exc_info=error)
    raise falcon.HTTPInternalServerError()

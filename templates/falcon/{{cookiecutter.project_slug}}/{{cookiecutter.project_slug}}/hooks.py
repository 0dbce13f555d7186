{%- if cookiecutter.database != "none" -%}
{%- set asgi = cookiecutter.interface == "asgi" -%}
"""Falcon hooks: checks that run before a responder, attached with ``@falcon.before(...)``."""

from __future__ import annotations

from collections.abc import {% if asgi %}Awaitable, {% endif %}Callable
from typing import Any

import falcon
{% if asgi -%}
from falcon.asgi import Request, Response
{%- else -%}
from falcon import Request, Response
{%- endif %}

Hook = Callable[[Request, Response, Any, dict[str, Any]], {% if asgi %}Awaitable[None]{% else %}None{% endif %}]


def max_body(limit: int) -> Hook:
    """A before-hook answering 413 when the declared body size is over ``limit`` bytes, so an
    oversized body is refused before it is read and parsed."""

    {% if asgi %}async {% endif %}def hook(req: Request, resp: Response, resource: Any, params: dict[str, Any]) -> None:
        if req.content_length is not None and req.content_length > limit:
            raise falcon.HTTPContentTooLarge(description=f"The limit is {limit} bytes.")

    return hook
{%- endif %}

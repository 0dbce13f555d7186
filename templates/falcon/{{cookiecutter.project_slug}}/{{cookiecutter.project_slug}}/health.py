{%- set asgi = cookiecutter.interface == "asgi" -%}
{%- set db = cookiecutter.database != "none" -%}
"""GET /health: for load balancers and container health checks."""

from __future__ import annotations

{% if db -%}
import falcon
{% endif -%}
{% if asgi -%}
from falcon.asgi import Request, Response
{%- else -%}
from falcon import Request, Response
{%- endif %}
{%- if db %}
{%- if asgi %}
from sqlalchemy.ext.asyncio import AsyncEngine
{%- else %}
from sqlalchemy import Engine
{%- endif %}

from .db import is_reachable
{%- endif %}


class HealthResource:
    """``200 {"status": "ok"}``{% if db %}, or 503 when the database does not answer{% endif %}."""
{%- if db %}

    def __init__(self, engine: {% if asgi %}AsyncEngine{% else %}Engine{% endif %}) -> None:
        self.engine = engine
{%- endif %}

    {% if asgi %}async {% endif %}def on_get(self, req: Request, resp: Response) -> None:
{%- if db %}
        if not {% if asgi %}await {% endif %}is_reachable(self.engine):
            resp.status = falcon.HTTP_503
            resp.media = {"status": "error", "database": "unreachable"}
            return
{%- endif %}
        resp.media = {"status": "ok"}

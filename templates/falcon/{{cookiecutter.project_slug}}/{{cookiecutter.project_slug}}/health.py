{%- set db = cookiecutter.database != "none" -%}
{%- if cookiecutter.interface == "asgi" -%}
"""GET /health: for load balancers and container health checks."""

from __future__ import annotations

{% if db -%}
import falcon
{% endif -%}
from falcon.asgi import Request, Response
{%- if db %}
from sqlalchemy.ext.asyncio import AsyncEngine

from .db import is_reachable
{%- endif %}


class HealthResource:
{%- if db %}
    """``200 {"status": "ok"}``, or 503 when the database does not answer."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def on_get(self, req: Request, resp: Response) -> None:
        if not await is_reachable(self.engine):
            resp.status = falcon.HTTP_503
            resp.media = {"status": "error", "database": "unreachable"}
            return
        resp.media = {"status": "ok"}
{%- else %}
    """``200 {"status": "ok"}`` while the app serves."""

    async def on_get(self, req: Request, resp: Response) -> None:
        resp.media = {"status": "ok"}
{%- endif %}
{%- else -%}
"""GET /health: for load balancers and container health checks."""

from __future__ import annotations

{% if db -%}
import falcon
{% endif -%}
from falcon import Request, Response
{%- if db %}
from sqlalchemy import Engine

from .db import is_reachable
{%- endif %}


class HealthResource:
{%- if db %}
    """``200 {"status": "ok"}``, or 503 when the database does not answer."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def on_get(self, req: Request, resp: Response) -> None:
        if not is_reachable(self.engine):
            resp.status = falcon.HTTP_503
            resp.media = {"status": "error", "database": "unreachable"}
            return
        resp.media = {"status": "ok"}
{%- else %}
    """``200 {"status": "ok"}`` while the app serves."""

    def on_get(self, req: Request, resp: Response) -> None:
        resp.media = {"status": "ok"}
{%- endif %}
{%- endif %}

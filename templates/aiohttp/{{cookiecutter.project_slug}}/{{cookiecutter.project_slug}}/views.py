"""Service endpoints."""

from __future__ import annotations
{%- if cookiecutter.database != "none" %}

import asyncio
import logging
{%- endif %}

from aiohttp import web
{%- if cookiecutter.database != "none" %}
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .db import ENGINE

logger = logging.getLogger(__name__)

# A load balancer probing /health should get an answer, not wait for a hung database.
DATABASE_TIMEOUT = 5
{%- endif %}

routes = web.RouteTableDef()


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
{%- if cookiecutter.database != "none" %}
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT), request.app[ENGINE].connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        logger.exception("health check: the database is unavailable")
        return web.json_response({"status": "error", "database": "unavailable"}, status=503)
{%- endif %}
    return web.json_response({"status": "ok"})

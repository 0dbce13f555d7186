"""GET /health: for load balancers and container health checks."""

from __future__ import annotations
{%- if cookiecutter.database != "none" %}

import asyncio
import logging
{%- endif %}

from sanic import Blueprint, Request, json
from sanic.response import HTTPResponse
{%- if cookiecutter.database != "none" %}
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

logger = logging.getLogger(__name__)

# A load balancer probing /health should get an answer, not wait for a hung database.
DATABASE_TIMEOUT = 5
{%- endif %}

bp = Blueprint("health")


@bp.get("/health")
async def health(request: Request) -> HTTPResponse:
{%- if cookiecutter.database != "none" %}
    try:
        async with (
            asyncio.timeout(DATABASE_TIMEOUT),
            request.app.ctx.engine.connect() as connection,
        ):
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        logger.exception("health check: the database is unavailable")
        return json({"status": "error", "database": "unavailable"}, status=503)
{%- endif %}
    return json({"status": "ok"})

{%- set db = cookiecutter.database != "none" -%}
"""Liveness{% if db %} and database reachability{% endif %}, for load balancers and container health checks."""

{% if db -%}
import asyncio
import logging
{% endif -%}
from typing import Literal

from fastapi import APIRouter{% if db %}, Response, status{% endif %}
from pydantic import BaseModel
{%- if db %}
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from {{ cookiecutter.project_slug }}.dependencies import SessionDep

logger = logging.getLogger(__name__)

# A probe must answer promptly even when the database hangs instead of refusing connections.
DATABASE_TIMEOUT_SECONDS = 5
{%- endif %}

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "error"]
    detail: str | None = None

{% if db %}
@router.get(
    "/health",
    response_model_exclude_none=True,
    responses={status.HTTP_503_SERVICE_UNAVAILABLE: {"model": Health}},
)
async def health(session: SessionDep, response: Response) -> Health:
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT_SECONDS):
            await session.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        logger.warning("health check: database unreachable", exc_info=True)
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return Health(status="error", detail="database unreachable")
    return Health(status="ok")
{%- else %}
@router.get("/health", response_model_exclude_none=True)
async def health() -> Health:
    return Health(status="ok")
{%- endif %}

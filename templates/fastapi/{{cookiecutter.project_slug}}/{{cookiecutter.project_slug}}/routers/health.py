{%- set db = cookiecutter.database != "none" -%}
"""Liveness{% if db %} and database reachability{% endif %}, for load balancers and container health checks."""

{% if db -%}
import asyncio
import logging
{% endif -%}
from typing import Literal

from fastapi import APIRouter{% if db %}, status{% endif %}
from fastapi.responses import JSONResponse
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

# Probes call /health several times a second: it answers with a JSONResponse, which FastAPI sends as
# it is, instead of validating and serializing the Health model on every call. The model still
# describes the answer in the OpenAPI docs (response_model).
OK = {"status": "ok"}


class Health(BaseModel):
    status: Literal["ok", "error"]
    detail: str | None = None

{% if db %}
@router.get(
    "/health",
    response_model=Health,
    response_model_exclude_none=True,
    responses={status.HTTP_503_SERVICE_UNAVAILABLE: {"model": Health}},
)
async def health(session: SessionDep) -> JSONResponse:
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT_SECONDS):
            await session.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        logger.warning("health check: database unreachable", exc_info=True)
        return JSONResponse(
            {"status": "error", "detail": "database unreachable"},
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
        )
    return JSONResponse(OK)
{%- else %}
@router.get("/health", response_model=Health, response_model_exclude_none=True)
async def health() -> JSONResponse:
    return JSONResponse(OK)
{%- endif %}

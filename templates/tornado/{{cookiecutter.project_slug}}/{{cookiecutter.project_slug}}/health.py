"""GET /health: for load balancers and orchestrators."""

from __future__ import annotations
{%- if cookiecutter.database != "none" %}

import logging

from sqlalchemy.exc import SQLAlchemyError
{%- endif %}

from .base import JsonHandler
{%- if cookiecutter.database != "none" %}
from .db import Database

logger = logging.getLogger(__name__)

# A load balancer probing /health should get an answer, not wait for a hung database.
DATABASE_TIMEOUT = 5
{%- endif %}


class HealthHandler(JsonHandler):
{%- if cookiecutter.database != "none" %}
    def initialize(self, database: Database) -> None:
        self.database = database

    async def get(self) -> None:
        try:
            await self.database.ping(DATABASE_TIMEOUT)
        except (SQLAlchemyError, OSError, TimeoutError):
            logger.exception("health check: the database is unavailable")
            self.write_json({"status": "error", "database": "unavailable"}, status=503)
            return
        self.write_json({"status": "ok"})
{%- else %}
    def get(self) -> None:
        self.write_json({"status": "ok"})
{%- endif %}

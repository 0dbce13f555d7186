{%- set db = cookiecutter.database != "none" -%}
"""The site's own pages and the health check."""

{% if cookiecutter.server == "gevent" -%}
import time
{% endif -%}
from typing import Any

from flask import Blueprint, current_app, render_template
{%- if db %}
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .extensions import db
{%- endif %}

bp = Blueprint("main", __name__)


@bp.get("/")
def index() -> str:
    return render_template("index.html", project_name=current_app.config["PROJECT_NAME"])


@bp.get("/health")
def health() -> tuple[dict[str, Any], int]:
    """Liveness and readiness for load balancers and container health checks."""
{%- if db %}
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        current_app.logger.exception("health check: database unreachable")
        return {"status": "error", "detail": "database unreachable"}, 503
{%- endif %}
    return {"status": "ok"}, 200
{%- if cookiecutter.server == "gevent" %}


def slow_test_endpoint() -> dict[str, str]:
    """Registered only with SLOW_TEST_ENDPOINT=true (see create_app), for the concurrency test."""
    # Under gunicorn's gevent worker time.sleep is cooperative: other requests run meanwhile.
    time.sleep(0.5)
    return {"status": "ok"}
{%- endif %}

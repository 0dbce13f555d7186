{%- if cookiecutter.layout == "package" -%}
{%- set db = cookiecutter.database != "none" -%}
{%- set gevent = cookiecutter.server == "gevent" -%}
"""The home page and the health check."""

{% if gevent -%}
import time
{% endif -%}
from pathlib import Path

from bottle import Bottle, SimpleTemplate, request{% if db %}, response{% endif %}
{%- if db %}
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .db import engine
{%- endif %}
{%- if gevent %}
{%- if not db %}
{% endif %}
from .settings import Settings
{%- endif %}

# The page template is found inside the package, whatever the working directory.
INDEX_PAGE = SimpleTemplate(name="index", lookup=[str(Path(__file__).parent / "views")])


def index() -> str:
    page: str = INDEX_PAGE.render(project_name=request.app.config["app.project_name"])
    return page


def health() -> dict[str, str]:
    """Liveness and readiness for load balancers and container health checks."""
{%- if db %}
    try:
        with engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        response.status = 503
        return {"status": "error", "detail": "database unreachable"}
{%- endif %}
    return {"status": "ok"}
{%- if gevent %}


def slow_test_endpoint() -> dict[str, str]:
    # Under gunicorn's gevent worker time.sleep is cooperative: other requests run meanwhile.
    time.sleep(0.5)
    return {"status": "ok"}
{%- endif %}


def install(app: Bottle{% if gevent %}, settings: Settings{% endif %}) -> None:
    app.get("/", callback=index)
    app.get("/health", callback=health)
{%- if gevent %}
    if settings.slow_test_endpoint:
        app.get("/_test/slow", callback=slow_test_endpoint)
{%- endif %}
{%- endif %}

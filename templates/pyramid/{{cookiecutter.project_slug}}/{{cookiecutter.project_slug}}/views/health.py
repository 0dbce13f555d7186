{%- set db = cookiecutter.database != "none" -%}
"""GET /health for load balancers and container health checks."""

from pyramid.request import Request
from pyramid.view import view_config
{%- if db %}
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
{%- endif %}


@view_config(route_name="health", request_method="GET", renderer="json")
def health(request: Request) -> dict[str, str]:
{%- if db %}
    # The engine directly, not request.dbsession: a failing probe must not touch the request's
    # transaction.
    try:
        with request.registry["dbengine"].connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        request.response.status_int = 503
        return {"status": "error", "database": "unreachable"}
{%- endif %}
    return {"status": "ok"}

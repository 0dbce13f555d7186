{%- set db = cookiecutter.database != "none" -%}
"""Error responses{% if db %}: JSON under /api/, HTML pages everywhere else, for routing errors too{% else %}: HTML pages in the site's layout{% endif %}."""

{% if db -%}
import json

{% endif -%}
from flask import Flask, render_template{% if db %}, request{% endif %}
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response
{%- if db %}

API_PREFIX = "/api/"
{%- endif %}


def register(app: Flask) -> None:
{%- if db %}
    # Blueprint error handlers never see a 404 or 405 raised while routing (no blueprint is
    # chosen yet), so this one is app-wide and picks the format from the path.
{%- endif %}
    app.register_error_handler(HTTPException, http_error)
{%- if db %}


def error_body(error: HTTPException) -> dict[str, str]:
    """The one error shape of the JSON API."""
    return {"error": error.name, "detail": error.description or ""}
{%- endif %}


def http_error(error: HTTPException) -> Response:
    """Every HTTP error; an unhandled exception arrives as a 500 (logged by Flask first)."""
    response = error.get_response()  # keeps the status and headers such as a 405's Allow
{%- if db %}
    if request.path.startswith(API_PREFIX):
        response.set_data(json.dumps(error_body(error)))
        response.content_type = "application/json"
        return response
{%- endif %}
    response.set_data(render_template("error.html", error=error))
    response.content_type = "text/html; charset=utf-8"
    return response

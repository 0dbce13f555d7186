"""The application factory."""

from __future__ import annotations

from aiohttp import web

from . import {% if cookiecutter.database != "none" %}items, {% endif %}{% if cookiecutter.tasks == "arq" %}jobs, {% endif %}openapi, {% if cookiecutter.jinja2 == "yes" %}pages, {% endif %}views{% if cookiecutter.websocket == "yes" %}, websocket{% endif %}
{%- if cookiecutter.database != "none" %}
from .db import database
{%- endif %}
from .middlewares import add_request_id_header, error_middleware, request_id_middleware
from .settings import SETTINGS, Settings


def create_app(settings: Settings | None = None) -> web.Application:
    """Build the application; tests pass their own settings, servers read the environment's."""
    app = web.Application(middlewares=[request_id_middleware, error_middleware])
    app.on_response_prepare.append(add_request_id_header)
    app[SETTINGS] = settings or Settings.from_env()
{%- if cookiecutter.database != "none" %}
    # Resources live as long as the app: created on startup, released on cleanup.
    app.cleanup_ctx.append(database)
{%- endif %}
    app.add_routes(views.routes)
{%- if cookiecutter.tasks == "arq" %}
    app.cleanup_ctx.append(jobs.queue)
    app.add_routes(jobs.routes)
{%- endif %}
    app.add_routes(openapi.routes)
{%- if cookiecutter.database != "none" %}
    app.add_routes(items.routes)
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
    websocket.setup(app)
{%- endif %}
{%- if cookiecutter.jinja2 == "yes" %}
    pages.setup(app)
{%- endif %}
    return app

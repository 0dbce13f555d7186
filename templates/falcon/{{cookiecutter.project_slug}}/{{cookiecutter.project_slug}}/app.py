{%- set asgi = cookiecutter.interface == "asgi" -%}
{%- set db = cookiecutter.database != "none" -%}
"""The application factory: the server calls ``create_app()`` once per worker."""

from __future__ import annotations

import falcon
{%- if asgi %}
import falcon.asgi
{%- elif db %}
from sqlalchemy import Engine
{%- endif %}

from . import errors, logs
{%- if db and asgi %}
from .db import EngineLifespan, create_engine, create_session_factory
{%- elif db %}
from .db import create_engine, create_session_factory
{%- endif %}
from .health import HealthResource
{%- if db %}
from .items import ItemCollection, ItemResource
{%- endif %}
from .middleware import RequestLogging
from .openapi import OpenApiResource
from .settings import Settings


{% if db and not asgi -%}
def create_app(settings: Settings | None = None, engine: Engine | None = None) -> falcon.App:
    """Build the app; tests pass their own settings, servers read the environment's.

    WSGI has no shutdown event, so a caller that must close the database connections (a test)
    passes an engine it disposes of itself.
    """
    settings = settings or Settings.from_env()
    logs.configure(debug=settings.debug)
    engine = engine or create_engine(settings.database_url)
{%- else -%}
def create_app(settings: Settings | None = None) -> {% if asgi %}falcon.asgi.App{% else %}falcon.App{% endif %}:
    """Build the app; tests pass their own settings, servers read the environment's."""
    settings = settings or Settings.from_env()
    logs.configure(debug=settings.debug)
{%- endif %}
{%- if db %}
{%- if asgi %}
    engine = create_engine(settings.database_url)
{%- endif %}
    sessions = create_session_factory(engine)
{%- endif %}

{%- if asgi and db %}
    # EngineLifespan closes the database connections when the server shuts down.
    middleware = [RequestLogging(), EngineLifespan(engine)]
{%- else %}
    middleware = [RequestLogging()]
{%- endif %}
    app = {% if asgi %}falcon.asgi.App{% else %}falcon.App{% endif %}(middleware=middleware)
    # The API reads JSON bodies only: other media types (forms too) get 415 Unsupported Media Type.
    app.req_options.media_handlers = falcon.media.Handlers(
        {falcon.MEDIA_JSON: falcon.media.JSONHandler()}
    )
    app.set_error_serializer(errors.serialize_as_json)
    app.add_error_handler(Exception, errors.handle_unexpected_error)

    app.add_route("/health", HealthResource({% if db %}engine{% endif %}))
    app.add_route("/openapi.json", OpenApiResource())
{%- if db %}
    app.add_route("/items", ItemCollection(sessions))
    # Ids beyond the 32-bit id column cannot exist: such URLs are 404 without a query.
    app.add_route("/items/{item_id:int(min=1, max=2147483647)}", ItemResource(sessions))
{%- endif %}
    return app

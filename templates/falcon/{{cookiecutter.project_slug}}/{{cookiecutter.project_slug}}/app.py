{%- set db = cookiecutter.database != "none" -%}
{%- if cookiecutter.interface == "asgi" -%}
"""The application factory: uvicorn calls ``create_app()`` once per worker process."""

from __future__ import annotations

import falcon
import falcon.asgi

from . import errors, logs
{%- if db %}
from .db import EngineLifespan, make_engine, make_session_factory
{%- endif %}
from .health import HealthResource
{%- if db %}
from .items import ItemCollection, ItemResource
{%- endif %}
from .middleware import RequestLogging
from .openapi import OpenApiResource
from .settings import Settings


def create_app(settings: Settings | None = None) -> falcon.asgi.App:
    """Build the app; tests pass their own settings, servers read the environment's."""
    settings = settings or Settings.from_env()
    logs.configure_logging("DEBUG" if settings.debug else settings.log_level)
{%- if db %}
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)

    # EngineLifespan closes the database connections when the server shuts down.
    app = falcon.asgi.App(middleware=[RequestLogging(), EngineLifespan(engine)])
{%- else %}

    app = falcon.asgi.App(middleware=[RequestLogging()])
{%- endif %}
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
{%- else -%}
"""The application factory: gunicorn calls ``create_app()`` once per worker process."""

from __future__ import annotations

import falcon
{%- if db %}
from sqlalchemy import Engine
{%- endif %}

from . import errors, logs
{%- if db %}
from .db import make_engine, make_session_factory
{%- endif %}
from .health import HealthResource
{%- if db %}
from .items import ItemCollection, ItemResource
{%- endif %}
from .middleware import RequestLogging
from .openapi import OpenApiResource
from .settings import Settings


{% if db -%}
def create_app(settings: Settings | None = None, engine: Engine | None = None) -> falcon.App:
    """Build the app; tests pass their own settings, servers read the environment's.

    WSGI has no shutdown event, so a caller that must close the database connections (a test)
    passes an engine it disposes of itself.
    """
    settings = settings or Settings.from_env()
    logs.configure_logging("DEBUG" if settings.debug else settings.log_level)
    engine = engine or make_engine(settings.database_url)
    sessions = make_session_factory(engine)
{%- else -%}
def create_app(settings: Settings | None = None) -> falcon.App:
    """Build the app; tests pass their own settings, servers read the environment's."""
    settings = settings or Settings.from_env()
    logs.configure_logging("DEBUG" if settings.debug else settings.log_level)
{%- endif %}

    app = falcon.App(middleware=[RequestLogging()])
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
{%- endif %}

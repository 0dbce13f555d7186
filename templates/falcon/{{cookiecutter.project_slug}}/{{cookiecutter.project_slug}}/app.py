{%- set db = cookiecutter.database != "none" -%}
{%- if cookiecutter.interface == "asgi" -%}
"""The application factory: uvicorn calls ``create_app()`` once per worker process."""

from __future__ import annotations

from typing import TypeAlias

import falcon
import falcon.asgi
from falcon.asgi import Request, Response

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

# The app with Falcon's own request and response classes. Falcon's type parameters only have
# defaults from Python 3.13 on, so mypy needs them spelled out.
App: TypeAlias = falcon.asgi.App[Request, Response]


def create_app(settings: Settings | None = None) -> App:
    """Build the app; tests pass their own settings, servers read the environment's."""
    settings = settings or Settings.from_env()
    logs.configure_logging("DEBUG" if settings.debug else settings.log_level)
{%- if db %}
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)

    # EngineLifespan closes the database connections when the server shuts down.
    app: App = falcon.asgi.App(middleware=[RequestLogging(), EngineLifespan(engine)])
{%- else %}

    app: App = falcon.asgi.App(middleware=[RequestLogging()])
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

from typing import TypeAlias

import falcon
from falcon import Request, Response
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

# The app with Falcon's own request and response classes. Falcon's type parameters only have
# defaults from Python 3.13 on, so mypy needs them spelled out.
App: TypeAlias = falcon.App[Request, Response]


{% if db -%}
def create_app(settings: Settings | None = None, engine: Engine | None = None) -> App:
    """Build the app; tests pass their own settings, servers read the environment's.

    WSGI has no shutdown event, so a caller that must close the database connections (a test)
    passes an engine it disposes of itself.
    """
    settings = settings or Settings.from_env()
    logs.configure_logging("DEBUG" if settings.debug else settings.log_level)
    engine = engine or make_engine(settings.database_url)
    sessions = make_session_factory(engine)
{%- else -%}
def create_app(settings: Settings | None = None) -> App:
    """Build the app; tests pass their own settings, servers read the environment's."""
    settings = settings or Settings.from_env()
    logs.configure_logging("DEBUG" if settings.debug else settings.log_level)
{%- endif %}

    app: App = falcon.App(middleware=[RequestLogging()])
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

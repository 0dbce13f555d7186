"""The application factory: routes, handlers' resources and Tornado's settings in one place."""

from __future__ import annotations
{%- if cookiecutter.pages == "yes" %}

from pathlib import Path
{%- endif %}

from tornado.web import Application, url

from .base import NotFoundHandler, log_request
{%- if cookiecutter.database != "none" %}
from .db import Database
{%- endif %}
from .health import HealthHandler
{%- if cookiecutter.database != "none" %}
from .items import ItemHandler, ItemsHandler
{%- endif %}
{%- if cookiecutter.pages == "yes" %}
from .pages import HomeHandler
{%- endif %}
from .settings import Settings
from .shutdown import InFlightRequests
{%- if cookiecutter.websocket == "yes" %}
from .websocket import WEBSOCKET_MAX_MESSAGE_SIZE, BroadcastHandler
{%- endif %}


def make_app(settings: Settings) -> Application:
    """Build the application; tests pass their own settings, the server reads the environment's.

    Resources the server releases on shutdown (see server.py) are also kept in the application's
    settings, under the keys this function sets.
    """
{%- if cookiecutter.database != "none" %}
    database = Database(settings.database_url)
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
    websocket_clients: set[BroadcastHandler] = set()
{%- endif %}
    routes = [
{%- if cookiecutter.database != "none" %}
        url(r"/health", HealthHandler, {"database": database}),
        url(r"/items", ItemsHandler, {"database": database}),
        url(r"/items/([0-9]+)", ItemHandler, {"database": database}, name="item"),
{%- else %}
        url(r"/health", HealthHandler),
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
        url(
            r"/ws",
            BroadcastHandler,
            {"clients": websocket_clients, "allowed_origins": settings.allowed_origins},
        ),
{%- endif %}
{%- if cookiecutter.pages == "yes" %}
        url(r"/", HomeHandler),
{%- endif %}
    ]
    return Application(
        routes,
        default_handler_class=NotFoundHandler,
        log_function=log_request,
        # debug: autoreload, uncached templates, tracebacks in error pages. Never in production.
        debug=settings.debug,
        cookie_secret=settings.secret_key,
{%- if cookiecutter.pages == "yes" %}
        xsrf_cookies=True,
        # SameSite=Lax on top of the token; Secure is for HTTPS deployments (see the README).
        xsrf_cookie_kwargs={"httponly": True, "samesite": "Lax"},
        template_path=str(Path(__file__).parent / "templates"),
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
        # Pings find connections that dropped without a close frame.
        websocket_ping_interval=30,
        # Each message is copied to every client: keep one message small (Tornado allows 10 MiB).
        websocket_max_message_size=WEBSOCKET_MAX_MESSAGE_SIZE,
{%- endif %}
        in_flight=InFlightRequests(),
{%- if cookiecutter.database != "none" %}
        database=database,
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
        websocket_clients=websocket_clients,
{%- endif %}
    )

"""The application factory: `sanic <package>.app:create_app --factory` calls it in every worker."""

from __future__ import annotations

from typing import Any

from dotenv import load_dotenv
from sanic import DefaultSanic, Sanic
from sanic.log import LOGGING_CONFIG_DEFAULTS

from . import {% if cookiecutter.database != "none" %}db, {% endif %}health, {% if cookiecutter.database != "none" %}items, {% endif %}middleware{% if cookiecutter.websocket == "yes" %}, websocket{% endif %}
from .errors import JSONErrorHandler
from .settings import PROJECT_NAME, Settings


def log_config(settings: Settings) -> dict[str, Any]:
    """Sanic's own logging, plus this package's loggers on the same console."""
    own = {"level": settings.log_level, "handlers": ["console"]}
    return {
        **LOGGING_CONFIG_DEFAULTS,
        "loggers": {**LOGGING_CONFIG_DEFAULTS["loggers"], __package__: own},
    }


def create_app(*, settings: Settings | None = None) -> DefaultSanic:
    """Build the application; tests pass their own settings, servers read the environment's.

    settings is keyword-only because `sanic --factory` first tries calling the factory with its
    command-line arguments as the one positional argument.
    """
    if settings is None:
        load_dotenv(".env")  # variables already set in the environment win over the file
        settings = Settings.from_env()
    app = Sanic(
        "{{ cookiecutter.project_slug }}",
        error_handler=JSONErrorHandler(),
        log_config=log_config(settings),
    )
    app.ctx.settings = settings
    # Sanic Extensions (loaded because sanic-ext is installed) reads these for the /docs pages.
    app.config.update(
        {
            "OAS": settings.api_docs,
            "API_TITLE": PROJECT_NAME,
            "API_VERSION": "0.1.0",
        }
    )
    middleware.setup(app)
{%- if cookiecutter.database != "none" %}
    db.setup(app)
{%- endif %}
    app.blueprint(health.bp)
{%- if cookiecutter.database != "none" %}
    app.blueprint(items.bp)
{%- endif %}
{%- if cookiecutter.websocket == "yes" %}
    websocket.setup(app)
{%- endif %}
    return app

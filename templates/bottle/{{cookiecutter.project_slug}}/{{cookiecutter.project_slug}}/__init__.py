{%- if cookiecutter.layout == "package" -%}
{%- set db = cookiecutter.database != "none" -%}
"""{{ cookiecutter.project_slug }}: the Bottle application factory."""

from bottle import Bottle

from . import {% if db %}db, notes, {% endif %}pages
from .errors import json_error
from .logs import configure_logging, send_request_id, take_request_id
from .settings import PROJECT_NAME, Settings


def create_app(settings: Settings | None = None) -> Bottle:
    """Build the app: gunicorn calls ``create_app()``, the tests pass their own settings."""
    settings = settings or Settings.from_environment()
    app = Bottle()
    app.config.update(
        {
            "app.project_name": PROJECT_NAME,
            # Signs cookies: request.get_cookie(name, secret=...) and response.set_cookie(...).
            "app.secret_key": settings.secret_key,
        }
    )
    # Bottle answers an error without a handler of its own through this method: replace it.
    app.default_error_handler = json_error
    configure_logging(settings.log_level)
    app.add_hook("before_request", take_request_id)
    app.add_hook("after_request", send_request_id)
{%- if db %}
    db.install(app, settings.database_url)
{%- endif %}

    pages.install(app{% if cookiecutter.server == "gevent" %}, settings{% endif %})
{%- if db %}
    notes.install(app)
{%- endif %}
    return app

{%- endif %}

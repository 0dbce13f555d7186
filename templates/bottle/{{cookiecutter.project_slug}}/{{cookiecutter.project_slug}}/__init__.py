{%- if cookiecutter.layout == "package" -%}
{%- set db = cookiecutter.database != "none" -%}
"""{{ cookiecutter.project_slug }}: the Bottle application factory."""

from bottle import Bottle, request, response

from . import {% if db %}db, notes, {% endif %}pages
from .errors import json_error
from .logs import REQUEST_ID_HEADER, configure_logging, current_request_id, request_id_from
from .settings import PROJECT_NAME, Settings

# Where a request keeps the token that unsets its id (a WSGI environ key).
REQUEST_ID_TOKEN = "app.request_id_token"


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


def take_request_id() -> None:
    """Before each request: its id, on every log line written while serving it (see logs.py)."""
    request_id = request_id_from(request.get_header(REQUEST_ID_HEADER, ""))
    request.environ[REQUEST_ID_TOKEN] = current_request_id.set(request_id)


def send_request_id() -> None:
    """After each request, errors included: the id goes back in the response, then is unset."""
    token = request.environ.pop(REQUEST_ID_TOKEN, None)
    if token is not None:
        response.set_header(REQUEST_ID_HEADER, current_request_id.get())
        current_request_id.reset(token)
{%- endif %}

{%- set db = cookiecutter.database != "none" -%}
"""{{ cookiecutter.project_slug }}: the Flask application factory."""

from collections.abc import Mapping
from typing import Any

from flask import Flask

from . import {% if cookiecutter.auth == "accounts" %}accounts, {% endif %}{% if db %}api, {% endif %}config, errors, logs, main{% if cookiecutter.tasks == "celery" %}, tasks{% endif %}
from .extensions import csrf{% if db %}, db, migrate{% endif %}


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app; ``flask --app {{ cookiecutter.project_slug }}`` and gunicorn call this.

    The configuration comes from the environment, or from ``test_config`` in tests.
    """
    app = Flask(__name__)
    app.config.from_mapping(config.DEFAULTS)
    app.config.from_mapping(config.from_environment() if test_config is None else test_config)

    if app.debug:  # `flask run --debug` only: the toolbar is a development dependency
        from flask_debugtoolbar import DebugToolbarExtension

        DebugToolbarExtension(app)
    logs.configure(app)
    csrf.init_app(app)
{%- if cookiecutter.tasks == "celery" %}
    tasks.init_app(app)
{%- endif %}
{%- if db %}
    db.init_app(app)
    migrate.init_app(app, db)
{%- endif %}

    errors.register(app)
    app.register_blueprint(main.bp)
{%- if cookiecutter.auth == "accounts" %}
    accounts.init_app(app)
{%- endif %}
{%- if cookiecutter.server == "gevent" %}
    if app.config.get("SLOW_TEST_ENDPOINT"):
        app.add_url_rule("/_test/slow", view_func=main.slow_test_endpoint)
{%- endif %}
{%- if db %}
    app.register_blueprint(api.bp, url_prefix="/api")
    # The API takes only application/json bodies, which a cross-site page can send only after a
    # CORS preflight this app never grants, and it logs nobody in with a cookie: no token needed.
    csrf.exempt(api.bp)
{%- endif %}
    return app

{%- set db = cookiecutter.database != "none" -%}
"""The Pyramid application: ``main`` builds the WSGI app that pserve (and the tests) run."""

from pathlib import Path
from typing import TYPE_CHECKING

from .settings import from_environment, load_env_file

# Rendered by the page templates, which escape it; kept here so it is data, not markup.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip

if TYPE_CHECKING:  # only for the annotation: see main() for why Pyramid is imported late
    from pyramid.router import Router


def main(global_config: dict[str, str], **settings: str) -> "Router":
    """Return the WSGI application (pserve finds it through the paste.app_factory entry point)."""
    # Imported here, not at the top: `python -m {{ cookiecutter.project_slug }}` (__main__.py) must run before
    # Pyramid is first imported.
    from pyramid.config import Configurator

    # pserve passes the folder of the .ini file as ``here``: the project's .env lives beside it.
    if "here" in global_config:
        load_env_file(Path(global_config["here"]))
    with Configurator(settings=from_environment(settings)) as config:
{%- if cookiecutter.template_language == "jinja2" %}
        config.include("pyramid_jinja2")
{%- elif cookiecutter.template_language == "chameleon" %}
        config.include("pyramid_chameleon")
{%- else %}
        config.include("pyramid_mako")
{%- endif %}
        config.include(".logs")
        config.include(".security")
{%- if db %}
        config.include(".models")
{%- endif %}
        config.include(".routes")
        # Only the views: scanning imports every module it visits{% if db %} (alembic/env.py must not be){% endif %}.
        config.scan(".views")
    return config.make_wsgi_app()

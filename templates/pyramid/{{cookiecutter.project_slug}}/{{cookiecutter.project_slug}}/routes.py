{%- set db = cookiecutter.database != "none" -%}
"""Every URL of the application, in one place; views attach to these names with @view_config."""

from pyramid.config import Configurator


def includeme(config: Configurator) -> None:
    # Files in static/ at /static/..., cached by browsers for an hour; in production a proxy or a
    # CDN can serve that folder instead.
    config.add_static_view("static", "{{ cookiecutter.project_slug }}:static", cache_max_age=3600)
    config.add_route("home", "/")
    config.add_route("health", "/health")
{%- if db %}
    config.add_route("openapi", "/api/openapi.json")
    config.add_route("notes", "/api/notes")
    config.add_route("note", r"/api/notes/{id:\d+}")
{%- endif %}

{%- set db = cookiecutter.database != "none" -%}
"""Every URL of the application, in one place; views attach to these names with @view_config."""


def includeme(config):
    config.add_route("home", "/")
    config.add_route("health", "/health")
{%- if db %}
    config.add_route("notes", "/api/notes")
    config.add_route("note", r"/api/notes/{id:\d+}")
{%- endif %}

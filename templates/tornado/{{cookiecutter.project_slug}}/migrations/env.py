{%- if cookiecutter.database != "none" -%}
{%- set settings_import = "database_url_from_env" %}
{%- set settings_url = "database_url_from_env()" %}
{%- include "partials/alembic_env_async" %}
{%- endif %}

{%- if cookiecutter.database != "none" -%}
{%- set settings_import = "Settings" %}
{%- set settings_url = "Settings.from_env().database_url" %}
{%- set alembic_logging = true %}
{%- include "partials/alembic_env_async" %}
{%- endif %}

{%- if cookiecutter.database != "none" -%}
{%- set test_database_sqlite = "sqlite+aiosqlite:///" -%}
{%- set test_database_conftest = "conftest" -%}
{% include "partials/test_database_tests" %}
{%- endif -%}
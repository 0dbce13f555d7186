{%- if cookiecutter.layout == "single-file" -%}
{%- set logger_name = "app" -%}
{% include "bottle/logs.py" %}
{%- endif %}
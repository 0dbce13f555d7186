{%- if cookiecutter.layout == "package" -%}
{% include "bottle/logs.py" %}
{%- endif %}
{%- if cookiecutter.tasks == "arq" -%}
{% include "partials/arq_tasks" %}
{% endif -%}

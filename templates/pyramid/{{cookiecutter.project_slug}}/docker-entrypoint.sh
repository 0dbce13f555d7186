{%- if cookiecutter.docker == "yes" %}
{%- include "partials/docker-entrypoint.sh" %}
{%- endif %}

{%- if cookiecutter.auth == "jwt" -%}
{% include "partials/smtp_server" %}
{%- endif %}

{%- if cookiecutter.auth == "accounts" -%}
{% include "partials/smtp_server" %}
{%- endif %}

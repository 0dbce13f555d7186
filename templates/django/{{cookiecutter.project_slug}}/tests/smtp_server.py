{% include "partials/smtp_server" %}

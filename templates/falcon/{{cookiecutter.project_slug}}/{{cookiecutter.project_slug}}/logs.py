{%- set asgi = cookiecutter.interface == "asgi" -%}
"""Logging: the app's records go to stderr at LOG_LEVEL, each tagged with the id of the request it
belongs to.

The RequestLogging middleware (middleware.py) sets ``current_request_id`` for the request being
handled; a context variable follows the request through its {% if asgi %}task{% else %}thread{% endif %}, into every logger call it makes.
"""

{% include "partials/request_logging" %}

{%- set logger_name = "app" -%}
{%- set wsgi_middleware = true -%}
"""Logging: the app's records, one line each on stderr at LOG_LEVEL, tagged with the id of their
request.

``RequestIdMiddleware`` wraps Masonite's WSGI response handler (app/Kernel.py): each request takes
its id from a well-formed ``X-Request-ID`` header (set by a proxy in front) or gets a new one, and
answers with it, so a client's report, the proxy's log and this app's log can be matched.
"""

{% include "partials/request_logging" %}

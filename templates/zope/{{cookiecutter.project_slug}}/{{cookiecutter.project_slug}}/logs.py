"""Logging: the app's records, one line each on stderr at LOG_LEVEL, tagged with the id of their
request.

``RequestIdMiddleware`` (first in etc/zope.ini's pipeline, see middleware.py) gives each request its id: a well-formed
``X-Request-ID`` header (set by a proxy in front) or a new one, returned in the same response
header, so a client's report, the proxy's log and this app's log can be matched.
"""

{% set wsgi_middleware = true -%}
{% include "partials/request_logging" %}

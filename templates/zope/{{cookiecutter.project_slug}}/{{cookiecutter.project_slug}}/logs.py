"""Logging: the app's records, one line each on stderr at LOG_LEVEL, tagged with the id of their
request.

middleware.py (first in etc/zope.ini's pipeline) gives each request its id: a well-formed
``X-Request-ID`` header (set by a proxy in front) or a new one, returned in the same response
header, so a client's report, the proxy's log and this app's log can be matched.
"""

{% include "partials/request_logging" %}

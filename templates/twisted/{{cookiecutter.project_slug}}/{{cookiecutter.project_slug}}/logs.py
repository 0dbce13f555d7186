"""Logging: the app's stdlib log records, one line each on stderr at LOG_LEVEL, tagged with the id of
their request.

``RequestIdResource`` (app.py) wraps the Klein resource: each request takes its id from a
well-formed ``X-Request-ID`` header (set by a proxy in front) or gets a new one, and answers with
it, so a client's report, the proxy's log and this app's log can be matched. Twisted's own events
(twisted.logger) are written to stdout by ``python -m {{ cookiecutter.project_slug }}``.
"""

{% include "partials/request_logging" %}

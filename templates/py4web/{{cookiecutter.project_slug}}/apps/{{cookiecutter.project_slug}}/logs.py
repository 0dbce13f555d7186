{%- set logger_name = "apps." ~ cookiecutter.project_slug -%}
"""Logging: the app's records, one line each on stderr at LOG_LEVEL, tagged with the id of their
request.

``__init__.py`` hooks every request: its id comes from a well-formed ``X-Request-ID`` header (set by
a proxy in front) or is new, and the answer carries it back in the same header, so a client's
report, the proxy's log and this app's log can be matched.
"""

{% include "partials/request_logging" %}

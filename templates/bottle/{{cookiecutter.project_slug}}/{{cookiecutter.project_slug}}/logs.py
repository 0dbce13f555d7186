{%- if cookiecutter.layout == "package" -%}
"""Logging: one line per record on stderr at LOG_LEVEL, tagged with the id of its request.

``create_app`` installs the per-request hooks: each request takes its id from a well-formed
``X-Request-ID`` header (set by a proxy in front) or gets a new one, and answers with it, so a
client's report, the proxy's log and this app's log can be matched.
"""

{% include "partials/request_logging" %}
{%- endif %}

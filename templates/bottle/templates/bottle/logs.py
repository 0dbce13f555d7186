{#- The logging module of both layouts (logs.py beside app.py, or in the package). -#}
{%- set framework_imports = "from bottle import request, response" -%}
"""Logging: one line per record on stderr at LOG_LEVEL, tagged with the id of its request.

``create_app`` installs the per-request hooks below: each request takes its id from a well-formed
``X-Request-ID`` header (set by a proxy in front) or gets a new one, and answers with it, so a
client's report, the proxy's log and this app's log can be matched.
"""

{% include "partials/request_logging" %}


# Where a request keeps the token that unsets its id (a WSGI environ key).
REQUEST_ID_TOKEN = "app.request_id_token"


def take_request_id() -> None:
    """Before each request: its id, on every log line written while serving it."""
    request_id = request_id_from(request.get_header(REQUEST_ID_HEADER, ""))
    request.environ[REQUEST_ID_TOKEN] = current_request_id.set(request_id)


def send_request_id() -> None:
    """After each request, errors included: the id goes back in the response, then is unset."""
    token = request.environ.pop(REQUEST_ID_TOKEN, None)
    if token is not None:
        response.set_header(REQUEST_ID_HEADER, current_request_id.get())
        current_request_id.reset(token)

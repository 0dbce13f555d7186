{%- if cookiecutter.layout == "package" -%}
"""JSON errors: Bottle's own error pages are HTML."""

import json

from bottle import HTTPError, response


def json_error(error: HTTPError) -> str:
    """Every error answers JSON ``{"error": reason, "detail": ...}``."""
    response.content_type = "application/json"
    reason = error.status_line.partition(" ")[2]  # "404 Not Found" -> "Not Found"
    body = {"error": reason}
    if error.status_code < 500 and error.body:
        body["detail"] = str(error.body)  # server errors keep their details in the log
    return json.dumps(body)
{%- endif %}

"""Logging: one line per record, tagged with the id of the request that logged it.

The level is ``LOG_LEVEL`` (default INFO). Each request takes its id from a well-formed
``X-Request-ID`` header (set by a proxy in front) or gets a new one, and answers with it, so a
client's report, the proxy's log and this app's log can be matched.
"""

import logging
import re
import uuid

from flask import Flask, Response, g, has_request_context, request

REQUEST_ID_HEADER = "X-Request-ID"
# Anything else (too long, spaces, newlines) could forge log lines: replaced by a fresh id.
WELL_FORMED_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
FORMAT = "%(asctime)s %(levelname)s [%(name)s] [%(request_id)s] %(message)s"


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


def configure(app: Flask) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(logging.Formatter(FORMAT))
    # app.logger is the package's logger ("{{ cookiecutter.project_slug }}"): every module's
    # logging.getLogger(__name__) ends up here. Replacing the handlers keeps one per app.
    app.logger.handlers[:] = [handler]
    app.logger.setLevel(app.config["LOG_LEVEL"].upper())

    @app.before_request
    def assign_request_id() -> None:
        given = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = given if WELL_FORMED_ID.fullmatch(given) else uuid.uuid4().hex

    @app.after_request
    def send_request_id(response: Response) -> Response:
        if "request_id" in g:
            response.headers[REQUEST_ID_HEADER] = g.request_id
        return response

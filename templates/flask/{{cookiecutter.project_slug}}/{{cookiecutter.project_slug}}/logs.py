{%- set framework_imports = "from flask import Flask, Response, g, request\nfrom flask.logging import default_handler" -%}
"""Logging: one line per record on stderr at LOG_LEVEL, tagged with the id of the request that
logged it.

Each request takes its id from a well-formed ``X-Request-ID`` header (set by a proxy in front) or
gets a new one, and answers with it, so a client's report, the proxy's log and this app's log can
be matched.
"""

{% include "partials/request_logging" %}


def configure(app: Flask) -> None:
    # app.logger is the package's logger ("{{ cookiecutter.project_slug }}"), APP_LOGGER: every
    # module's logging.getLogger(__name__) ends up there, on this module's handler alone.
    app.logger.removeHandler(default_handler)
    configure_logging(app.config["LOG_LEVEL"])

    @app.before_request
    def take_request_id() -> None:
        request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER, ""))
        g.request_id_token = current_request_id.set(request_id)

    @app.after_request
    def send_request_id(response: Response) -> Response:
        response.headers[REQUEST_ID_HEADER] = current_request_id.get()
        return response

    @app.teardown_request
    def forget_request_id(error: BaseException | None) -> None:
        token = g.pop("request_id_token", None)
        if token is not None:
            current_request_id.reset(token)

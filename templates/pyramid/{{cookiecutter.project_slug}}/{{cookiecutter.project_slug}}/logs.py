{%- set abc_imports = ["Callable"] -%}
{% set typing_imports = ["TYPE_CHECKING"] -%}
{% set framework_imports -%}
if TYPE_CHECKING:  # the .ini files' logging (alembic's too) imports this module: no Pyramid import
    from pyramid.config import Configurator
    from pyramid.registry import Registry
    from pyramid.request import Request
    from pyramid.response import Response

    Handler = Callable[[Request], Response]
{%- endset -%}
"""Logging: every line tagged with the id of the request that logged it.

The .ini files name ``RequestIdFormatter`` as their formatter class; ``request_id_tween`` gives
each request its id: a well-formed ``X-Request-ID`` header (set by a proxy in front) or a new one,
returned in the same response header, so a client's report and the logs can be matched.
``LOG_LEVEL`` in the environment overrides the .ini files' levels.
"""

{% include "partials/request_logging" %}


class RequestIdFormatter(logging.Formatter):
    """The .ini files' formatter: their logging format cannot attach RequestIdFilter to a
    handler, so the formatter puts the id on the record itself."""

    def format(self, record: logging.LogRecord) -> str:
        record.request_id = current_request_id.get()
        return super().format(record)


def request_id_tween_factory(handler: "Handler", registry: "Registry") -> "Handler":
    def request_id_tween(request: "Request") -> "Response":
        request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER, ""))
        token = current_request_id.set(request_id)
        try:
            response = handler(request)
        finally:
            current_request_id.reset(token)
        response.headers[REQUEST_ID_HEADER] = request_id
        return response

    return request_id_tween


def apply_log_level() -> None:
    # Only when set: otherwise the .ini file's levels (DEBUG for the app in development) hold.
    if os.environ.get("LOG_LEVEL", "").strip():
        level = log_level_from_env()
        logging.getLogger().setLevel(level)
        logging.getLogger(APP_LOGGER).setLevel(level)


def includeme(config: "Configurator") -> None:
    apply_log_level()
    config.add_tween("{{ cookiecutter.project_slug }}.logs.request_id_tween_factory")

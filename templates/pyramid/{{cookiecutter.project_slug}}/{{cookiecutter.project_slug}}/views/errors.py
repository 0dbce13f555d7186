{%- set db = cookiecutter.database != "none" -%}
{%- set ext = {"jinja2": "jinja2", "chameleon": "pt", "mako": "mako"}[cookiecutter.template_language] -%}
"""Error responses: {% if db %}JSON under /api/ (routing errors and CSRF failures included), {% endif %}HTML pages for people."""

import logging
from typing import Any{% if db %}, NoReturn{% endif %}

{% if db -%}
from pyramid.exceptions import BadCSRFOrigin, BadCSRFToken, PredicateMismatch
{% endif -%}
from pyramid.httpexceptions import (
    HTTPException,
    HTTPInternalServerError,
{%- if db %}
    HTTPMethodNotAllowed,
{%- endif %}
    HTTPNotFound,
)
{%- if db %}
from pyramid.registry import Introspector
{%- endif %}
from pyramid.request import Request
{%- if db %}
from pyramid.response import Response
{%- endif %}
from pyramid.view import exception_view_config, notfound_view_config{% if db %}, view_config{% endif %}

from .. import PROJECT_NAME

log = logging.getLogger(__name__)
ERROR_PAGE = "{{ cookiecutter.project_slug }}:templates/error.{{ ext }}"
{%- if db %}
API_PATHS = r"^/api/"
{%- endif %}


def error_page(request: Request, error: HTTPException) -> dict[str, Any]:
    """The site's HTML page for ``error``, with its status."""
    request.response.status = error.status
    return {"project_name": PROJECT_NAME, "title": error.status, "message": error.explanation}


@notfound_view_config(renderer=ERROR_PAGE)
def not_found(request: Request) -> dict[str, Any]:
    return error_page(request, HTTPNotFound())


@exception_view_config(Exception, renderer=ERROR_PAGE)
def server_error(exc: Exception, request: Request) -> dict[str, Any]:
    # The traceback goes to the log; the visitor learns nothing about the code.
    log.exception("unhandled error on %s %s", request.method, request.path_qs, exc_info=exc)
    return error_page(request, HTTPInternalServerError())
{%- if db %}


def api_error(error: HTTPException, detail: object = None) -> Response:
    """The one error shape of the JSON API: ``{"error": ..., "detail": ...}``."""
    body = {"error": error.title, "detail": detail if detail is not None else error.explanation}
    response = Response(json_body=body, status=error.status)
    for header in ("Allow", "Location", "WWW-Authenticate"):
        if header in error.headers:
            response.headers[header] = error.headers[header]
    return response


@exception_view_config(HTTPException, path_info=API_PATHS)
def api_http_error(exc: HTTPException, request: Request) -> Response:
    # Views raise HTTP errors with a ``detail`` for the client; a CSRF failure's detail names
    # Pyramid's internals, its explanation says what went wrong.
    csrf_failure = isinstance(exc, BadCSRFToken | BadCSRFOrigin)
    return api_error(exc, None if csrf_failure else exc.detail)


@notfound_view_config(path_info=API_PATHS)
def api_not_found(exc: HTTPException, request: Request) -> Response:
    # A view's own 404 says what is missing; a URL that matched nothing gets the standard text.
    from_a_view = request.matched_route is not None and not isinstance(exc, PredicateMismatch)
    return api_error(exc, exc.detail if from_a_view else None)


@exception_view_config(Exception, path_info=API_PATHS)
def api_server_error(exc: Exception, request: Request) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.path_qs, exc_info=exc)
    return api_error(HTTPInternalServerError())


# Pyramid answers a method no view takes with a 404; for the API's routes this fallback (the view
# with the fewest predicates) makes it the 405 it is, listing the methods that are there.
@view_config(route_name="openapi", require_csrf=False)
@view_config(route_name="notes", require_csrf=False)
@view_config(route_name="note", require_csrf=False)
def method_not_allowed(request: Request) -> NoReturn:
    methods = allowed_methods(request.registry.introspector, request.matched_route.name)
    raise HTTPMethodNotAllowed(headers={"Allow": ", ".join(sorted(methods))})


def allowed_methods(introspector: Introspector, route_name: str) -> set[str]:
    """The methods the views of a route accept, from Pyramid's own registry."""
    route = introspector.get("routes", route_name)
    methods: set[str] = set()
    for related in introspector.related(route):
        if related.category_name == "views" and related["request_methods"]:
            declared = related["request_methods"]
            methods.update([declared] if isinstance(declared, str) else declared)
    if "GET" in methods:
        methods.add("HEAD")  # Pyramid answers HEAD with the GET view
    return methods
{%- endif %}

{%- set ext = {"jinja2": "jinja2", "chameleon": "pt", "mako": "mako"}[cookiecutter.template_language] -%}
"""The home page: a small form that shows sessions, CSRF protection and post/redirect/get."""

from typing import Any

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.request import Request
from pyramid.view import view_config

from .. import PROJECT_NAME

MAX_NAME_LENGTH = 100


@view_config(
    route_name="home",
    request_method="GET",
    renderer="{{ cookiecutter.project_slug }}:templates/home.{{ ext }}",
)
def home(request: Request) -> dict[str, Any]:
    return {"project_name": PROJECT_NAME, "messages": request.session.pop_flash()}


# No explicit CSRF check here: require_csrf (see security.py) rejects a POST without the token.
@view_config(route_name="home", request_method="POST")
def greet(request: Request) -> HTTPSeeOther:
    name = request.POST.get("name", "").strip()[:MAX_NAME_LENGTH] or "stranger"
    request.session.flash(f"Hello, {name}!")
    return HTTPSeeOther(location=request.route_url("home"))

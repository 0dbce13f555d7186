{%- if cookiecutter.jinja2 == "yes" -%}
"""HTML pages, rendered by Jinja2 (aiohttp-jinja2) from the templates/ folder of this package."""

from __future__ import annotations

from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web

from .settings import PROJECT_NAME

routes = web.RouteTableDef()


@routes.get("/", name="index")
@aiohttp_jinja2.template("index.html")
async def index(request: web.Request) -> dict[str, Any]:
    return {"project_name": PROJECT_NAME}


def setup(app: web.Application) -> None:
    # autoescape is on (aiohttp-jinja2's default); StrictUndefined turns typos into errors.
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader(__package__, "templates"),
        undefined=jinja2.StrictUndefined,
    )
    app.add_routes(routes)
{%- endif %}

{%- if cookiecutter.jinja2 == "yes" -%}
from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestClient
from markupsafe import escape

from {{ cookiecutter.project_slug }}.settings import PROJECT_NAME


async def test_index_page(client: TestClient[web.Request, web.Application]) -> None:
    response = await client.get("/")
    assert response.status == 200
    assert response.content_type == "text/html"
    # The name is escaped: whatever it holds, it is shown as text, never run as HTML.
    assert f"<h1>{escape(PROJECT_NAME)}</h1>" in await response.text()
{%- endif %}

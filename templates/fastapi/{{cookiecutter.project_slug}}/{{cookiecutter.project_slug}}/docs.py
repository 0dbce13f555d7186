"""The interactive API docs, /docs (Swagger UI) and /redoc, with the project name escaped.

FastAPI's built-in docs pages paste the app title into their HTML as it is, so a project name with
markup in it would be live on those pages; these are the same pages with the title HTML-escaped.
"""

from html import escape

from fastapi import FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse

OPENAPI_URL = "/openapi.json"
OAUTH2_REDIRECT_PATH = "/docs/oauth2-redirect"


def add_docs(app: FastAPI) -> None:
    """Serve /docs, its OAuth2 redirect page and /redoc for the schema at OPENAPI_URL."""
    title = escape(app.title)

    def prefixed(request: Request, path: str) -> str:
        # Behind a proxy that mounts the app under a path, the pages must fetch from there.
        root_path: str = request.scope.get("root_path", "")
        return root_path.rstrip("/") + path

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=prefixed(request, OPENAPI_URL),
            title=f"{title} - Swagger UI",
            oauth2_redirect_url=prefixed(request, OAUTH2_REDIRECT_PATH),
        )

    @app.get(OAUTH2_REDIRECT_PATH, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        return get_redoc_html(openapi_url=prefixed(request, OPENAPI_URL), title=f"{title} - ReDoc")

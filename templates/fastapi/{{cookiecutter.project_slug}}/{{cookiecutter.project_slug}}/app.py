{%- set slug = cookiecutter.project_slug -%}
{%- set db = cookiecutter.database != "none" -%}
{%- set jwt = cookiecutter.auth == "jwt" -%}
{%- set tasks = cookiecutter.tasks == "arq" -%}
"""The application factory. Tests build their own app with `create_app(Settings(...))`."""

import logging
{%- if db or tasks %}
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
{%- endif %}

{% if tasks -%}
from arq.connections import ArqRedis
{% endif -%}
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
{%- if tasks %}
from redis.asyncio import ConnectionPool
{%- endif %}

from {{ slug }}.config import Settings
{%- if db %}
from {{ slug }}.db import create_engine, create_sessionmaker
{%- endif %}
from {{ slug }}.docs import OPENAPI_URL, add_docs
from {{ slug }}.log import REQUEST_ID_HEADER, RequestIdMiddleware
from {{ slug }}.routers import {% if jwt %}auth, {% endif %}health{% if db %}, items{% endif %}{% if tasks %}, jobs{% endif %}{% if jwt %}, users{% endif %}

logger = logging.getLogger(__name__)
{%- if db or tasks %}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Per process, opened at startup and closed cleanly at shutdown: {% if db %}one database connection
    pool{% endif %}{% if db and tasks %} and {% endif %}{% if tasks %}the task queue's Redis client (it connects on first use){% endif %}."""
    settings: Settings = app.state.settings
{%- if db %}
    engine = create_engine(settings.database_url)
    app.state.engine = engine
    app.state.sessionmaker = create_sessionmaker(engine)
{%- endif %}
{%- if tasks %}
    queue = ArqRedis(
        ConnectionPool.from_url(settings.redis_url), default_queue_name=settings.task_queue
    )
    app.state.queue = queue
{%- endif %}
    try:
        yield
    finally:
{%- if tasks %}
        await queue.aclose(close_connection_pool=True)
{%- endif %}
{%- if db %}
        await engine.dispose()
{%- endif %}
{%- endif %}


async def unhandled_error(request: Request, exc: Exception) -> JSONResponse:
    """A bug answers in the API's one error shape, `{"detail": ...}`, without internals; the
    server then logs the traceback, and this line ties it to the request id the client got."""
    request_id = getattr(request.state, "request_id", "-")
    logger.error(
        "unhandled %r in %s %s (request id %s)", exc, request.method, request.url.path, request_id
    )
    return JSONResponse(
        {"detail": "Internal Server Error"},
        status_code=500,
        headers={REQUEST_ID_HEADER: request_id},
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(
        title=settings.project_name,
        debug=settings.debug,
{%- if db or tasks %}
        lifespan=lifespan,
{%- endif %}
        # The docs pages are our own (docs.py): FastAPI's would not escape the project name.
        docs_url=None,
        redoc_url=None,
        openapi_url=OPENAPI_URL if settings.docs_enabled else None,
    )
    app.state.settings = settings
    # Exception (not a subclass) is handled by the outermost middleware, outside everything else.
    app.add_exception_handler(Exception, unhandled_error)
    if settings.docs_enabled:
        add_docs(app)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            # Credentials with a wildcard origin would let any site act as the user; browsers
            # refuse the combination anyway, so "*" means a public API without credentials.
            allow_credentials="*" not in settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            # Browser code may read the id, e.g. to show it with an error message.
            expose_headers=[REQUEST_ID_HEADER],
        )
    # Added last, so it runs first: CORS preflight answers carry a request id too.
    app.add_middleware(RequestIdMiddleware)

    app.include_router(health.router)
{%- if db %}
    app.include_router(items.router)
{%- endif %}
{%- if tasks %}
    app.include_router(jobs.router)
{%- endif %}
{%- if jwt %}
    app.include_router(auth.router)
    app.include_router(users.router)
{%- endif %}
    return app

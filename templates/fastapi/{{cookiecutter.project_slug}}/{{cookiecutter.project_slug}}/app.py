{%- set slug = cookiecutter.project_slug -%}
{%- set db = cookiecutter.database != "none" -%}
{%- set jwt = cookiecutter.auth == "jwt" -%}
"""The application factory. Tests build their own app with `create_app(Settings(...))`."""

{% if db -%}
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

{% endif -%}
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from {{ slug }}.config import Settings
{%- if db %}
from {{ slug }}.db import create_engine, create_sessionmaker
{%- endif %}
from {{ slug }}.docs import OPENAPI_URL, add_docs
from {{ slug }}.routers import {% if jwt %}auth, {% endif %}health{% if db %}, items{% endif %}{% if jwt %}, users{% endif %}
{%- if db %}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """One connection pool per process: opened at startup, closed cleanly at shutdown."""
    settings: Settings = app.state.settings
    engine = create_engine(settings.database_url)
    app.state.engine = engine
    app.state.sessionmaker = create_sessionmaker(engine)
    try:
        yield
    finally:
        await engine.dispose()
{%- endif %}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(
        title=settings.project_name,
        debug=settings.debug,
{%- if db %}
        lifespan=lifespan,
{%- endif %}
        # The docs pages are our own (docs.py): FastAPI's would not escape the project name.
        docs_url=None,
        redoc_url=None,
        openapi_url=OPENAPI_URL if settings.docs_enabled else None,
    )
    app.state.settings = settings
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
        )

    app.include_router(health.router)
{%- if db %}
    app.include_router(items.router)
{%- endif %}
{%- if jwt %}
    app.include_router(auth.router)
    app.include_router(users.router)
{%- endif %}
    return app

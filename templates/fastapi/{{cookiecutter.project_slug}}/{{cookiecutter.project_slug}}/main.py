"""The ASGI entry point: `uvicorn {{ cookiecutter.project_slug }}.main:app`."""

from {{ cookiecutter.project_slug }}.app import create_app

app = create_app()

"""The ASGI entry point: `uvicorn {{ cookiecutter.project_slug }}.main:app`."""

from {{ cookiecutter.project_slug }}.app import create_app
from {{ cookiecutter.project_slug }}.config import Settings
from {{ cookiecutter.project_slug }}.log import configure_logging

settings = Settings()
configure_logging(settings.log_level)
app = create_app(settings)

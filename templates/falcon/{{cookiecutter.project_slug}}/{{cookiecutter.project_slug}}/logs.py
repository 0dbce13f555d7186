"""Logging: the app's records go to stderr, each tagged with the id of the request it belongs to."""

from __future__ import annotations

import logging
from contextvars import ContextVar
from typing import TextIO

# Set by the RequestLogging middleware for the request being handled ("-" outside requests).
# A context variable follows the request through its {% if cookiecutter.interface == "asgi" %}task{% else %}thread{% endif %}, into every logger call it makes.
request_id: ContextVar[str] = ContextVar("request_id", default="-")

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record the handler writes."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


def configure(*, debug: bool) -> None:
    """Log this package's records to stderr; DEBUG level in debug mode, INFO otherwise."""
    logger = logging.getLogger(__package__)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    if not any(isinstance(h, _Handler) for h in logger.handlers):  # create_app may run again
        logger.addHandler(_Handler())


class _Handler(logging.StreamHandler[TextIO]):
    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter(FORMAT))
        self.addFilter(RequestIdFilter())

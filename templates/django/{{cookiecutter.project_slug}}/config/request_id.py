"""The current request's id, for log lines: set by config.middleware.request_id, read by the
logging filter below (LOGGING in settings). A context variable follows the request into the
threads and tasks that serve it, and is unset outside requests."""

import logging
from contextvars import ContextVar

current_request_id: ContextVar[str] = ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # Django logs 4xx and 5xx responses after the middleware has finished, with the request
        # attached to the record: its id is there.
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "id", None) or current_request_id.get()
        return True

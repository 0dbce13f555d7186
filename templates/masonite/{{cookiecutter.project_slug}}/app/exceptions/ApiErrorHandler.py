"""HTTP errors under /api answer JSON like the API's own errors; pages keep templates/errors/."""

from http import HTTPStatus
from typing import Protocol

from masonite.foundation import Application
from masonite.response import Response


class HttpException(Protocol):
    """What Masonite's HTTP exceptions (and MalformedJsonBody) offer a handler."""

    def get_status(self) -> int: ...

    def get_response(self) -> str: ...


class ApiErrorHandler:
    def __init__(self, application: Application) -> None:
        self.application = application

    def handle(self, exception: HttpException) -> Response:
        request = self.application.make("request")
        if not request.get_path().startswith("/api/"):
            return self.application.make("HttpExceptionHandler").handle(exception)
        status = exception.get_status()
        response = self.application.make("response")
        payload = {"error": HTTPStatus(status).phrase, "detail": exception.get_response()}
        response.json(payload, status)
        return response

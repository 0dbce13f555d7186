"""HTTP errors under /api answer JSON like the API's own errors; pages keep templates/errors/."""

from http import HTTPStatus


class ApiErrorHandler:
    def __init__(self, application):
        self.application = application

    def handle(self, exception):
        request = self.application.make("request")
        if not request.get_path().startswith("/api/"):
            return self.application.make("HttpExceptionHandler").handle(exception)
        status = exception.get_status()
        response = self.application.make("response")
        payload = {"error": HTTPStatus(status).phrase, "detail": exception.get_response()}
        response.json(payload, status)
        return response

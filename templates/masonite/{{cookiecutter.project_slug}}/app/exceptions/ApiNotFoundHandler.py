"""Unknown URLs under /api answer JSON like the API's own errors; pages keep templates/errors/."""

from masonite.exceptions import RouteNotFoundException


class ApiNotFoundHandler:
    def __init__(self, application):
        self.application = application

    def handle(self, exception: RouteNotFoundException):
        request = self.application.make("request")
        if request.get_path().startswith("/api/"):
            response = self.application.make("response")
            response.json({"error": "Not Found", "detail": exception.get_response()}, 404)
            return response
        return self.application.make("HttpExceptionHandler").handle(exception)

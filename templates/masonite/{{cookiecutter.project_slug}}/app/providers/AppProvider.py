"""This application's own services: register bindings here, the way Masonite packages do."""

from masonite.foundation import Application
from masonite.providers import Provider

from app.exceptions.ApiErrorHandler import ApiErrorHandler


class AppProvider(Provider):
    def __init__(self, application: Application) -> None:
        self.application = application

    def register(self) -> None:
        # Masonite looks up "<ExceptionClass>Handler" in the container before its own handling.
        handler = ApiErrorHandler(self.application)
        self.application.bind("RouteNotFoundExceptionHandler", handler)
        self.application.bind("MalformedJsonBodyHandler", handler)

    def boot(self) -> None:
        pass

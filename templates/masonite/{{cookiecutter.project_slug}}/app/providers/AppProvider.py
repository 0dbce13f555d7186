"""This application's own services: register bindings here, the way Masonite packages do."""

from masonite.providers import Provider

from app.exceptions.ApiNotFoundHandler import ApiNotFoundHandler


class AppProvider(Provider):
    def __init__(self, application):
        self.application = application

    def register(self):
        # Masonite looks up "<ExceptionClass>Handler" in the container before its own handling.
        self.application.bind("RouteNotFoundExceptionHandler", ApiNotFoundHandler(self.application))

    def boot(self):
        pass

"""The home page."""

from masonite.configuration import config
from masonite.controllers import Controller
from masonite.views import View


class WelcomeController(Controller):
    def show(self, view: View) -> View:
        # The name is data: the template engine escapes it.
        return view.render("welcome", {"project_name": config("application.name")})

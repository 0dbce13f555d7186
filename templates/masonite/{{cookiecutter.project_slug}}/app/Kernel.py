"""The application kernel: environment, configuration, middleware, routes, database and views."""

from typing import ClassVar

from masonite.auth import Sign
from masonite.configuration import Configuration, config
from masonite.environment import LoadEnvironment, env
from masonite.foundation import Application, response_handler
from masonite.middleware import (
    EncryptCookies,
    MaintenanceModeMiddleware,
    SessionMiddleware,
)
from masonite.routes import Route
from masonite.storage import StorageCapsule
from masonite.utils.location import base_path
from masonite.utils.structures import load

from app.logs import RequestIdMiddleware, configure_logging
from app.middlewares.VerifyCsrfToken import VerifyCsrfToken


class Kernel:
    http_middleware: ClassVar[list[type]] = [EncryptCookies, MaintenanceModeMiddleware]

    route_middleware: ClassVar[dict[str, list[type]]] = {
        "web": [SessionMiddleware, VerifyCsrfToken],
        # JSON only (see NotesController): no session, and a cross-site form cannot post JSON, so
        # no CSRF token either.
        "api": [],
    }

    def __init__(self, app: Application) -> None:
        self.application = app

    def register(self) -> None:
        self.load_environment()
        self.register_configurations()
        self.register_middleware()
        self.register_routes()
        self.register_database()
        self.register_templates()
        self.register_storage()

    def load_environment(self) -> None:
        # Real environment variables win over .env, as in wsgi.FrameworkKernel.
        LoadEnvironment(override=False)
        configure_logging(env("LOG_LEVEL", "INFO", cast=False) or "INFO")

    def register_configurations(self) -> None:
        self.application.bind("config.location", "config")
        configuration = Configuration(self.application)
        configuration.load()
        self.application.bind("config", configuration)
        key = config("application.key")
        self.application.bind("key", key)
        self.application.bind("sign", Sign(key))

        # Where `craft make:*` puts new classes, and where Masonite looks for them.
        locations = {
            "controllers": "app/controllers",
            "jobs": "app/jobs",
            "mailables": "app/mailables",
            "providers": "app/providers",
            "listeners": "app/listeners",
            "validation": "app/validation",
            "tasks": "app/tasks",
            "events": "app/events",
            "policies": "app/policies",
            "notifications": "app/notifications",
            "resources": "resources",
            "models": "app/models",
            "observers": "app/observers",
            "commands": "app/commands",
            "middlewares": "app/middlewares",
        }
        for name, location in locations.items():
            self.application.bind(f"{name}.location", location)

    def register_middleware(self) -> None:
        self.application.make("middleware").add(self.route_middleware).add(self.http_middleware)

    def register_routes(self) -> None:
        Route.set_controller_locations(self.application.make("controllers.location"))
        self.application.bind("routes.location", "routes/web")
        self.application.bind("routes.api.location", "routes/api")
        router = self.application.make("router")
        router.add(Route.group(load("routes/web", "ROUTES", []), middleware=["web"]))
        router.add(Route.group(load("routes/api", "ROUTES", []), prefix="/api", middleware=["api"]))

    def register_database(self) -> None:
        from masoniteorm.query import QueryBuilder

        self.application.bind(
            "builder", QueryBuilder(connection_details=config("database.databases"))
        )
        self.application.bind("migrations.location", "databases/migrations")
        self.application.bind("seeds.location", "databases/seeds")
        self.application.bind("resolver", config("database.db"))

    def register_templates(self) -> None:
        self.application.bind("views.location", "templates")

    def register_storage(self) -> None:
        storage = StorageCapsule()
        storage.add_storage_assets({"storage/public": "/"})
        self.application.bind("storage_capsule", storage)
        # Every request, routing errors included, gets its id and answers with it (app/logs.py).
        self.application.set_response_handler(RequestIdMiddleware(response_handler))
        self.application.use_storage_path(base_path("storage"))

"""The WSGI application: gunicorn serves `wsgi:application`, and `craft` boots the same one."""

from masonite.environment import LoadEnvironment
from masonite.foundation import Application, Kernel
from masonite.utils.location import base_path

from app.Kernel import Kernel as ApplicationKernel
from config.providers import PROVIDERS


class FrameworkKernel(Kernel):
    """Masonite's own kernel, except that real environment variables win over .env (Masonite's
    default is the other way round), so a container, CI or the tests can set DATABASE_URL."""

    def load_environment(self) -> None:
        LoadEnvironment(override=False)


application = Application(base_path())

# The framework and application kernels first: they load the environment, configuration, routes
# and database connections that every other provider relies on.
application.register_providers(FrameworkKernel, ApplicationKernel)
application.add_providers(*PROVIDERS)

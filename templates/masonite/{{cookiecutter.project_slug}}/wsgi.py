"""The WSGI application: gunicorn serves `wsgi:application`, and `craft` boots the same one."""

from masonite.foundation import Application, Kernel
from masonite.utils.location import base_path

from app.Kernel import Kernel as ApplicationKernel
from config.providers import PROVIDERS

application = Application(base_path())

# The framework and application kernels first: they load the environment, configuration, routes
# and database connections that every other provider relies on.
application.register_providers(Kernel, ApplicationKernel)
application.add_providers(*PROVIDERS)

"""The service providers this application boots, in order.

Masonite's full skeleton also registers mail, queues, caching, scheduling, notifications,
broadcasting and more; add a provider (and its config module) here when you need one.
"""

from masonite.providers import (
    AuthenticationProvider,
    AuthorizationProvider,
    EventProvider,
    ExceptionProvider,
    HelpersProvider,
    ORMProvider,
    RouteProvider,
    SessionProvider,
    ViewProvider,
    WhitenoiseProvider,
)

from app.providers.AppProvider import AppProvider
from app.providers.FrameworkProvider import FrameworkProvider

PROVIDERS = [
    FrameworkProvider,
    HelpersProvider,
    RouteProvider,
    ViewProvider,
    WhitenoiseProvider,
    ExceptionProvider,
    SessionProvider,
    EventProvider,
    AuthenticationProvider,
    AuthorizationProvider,
    ORMProvider,
    AppProvider,
]

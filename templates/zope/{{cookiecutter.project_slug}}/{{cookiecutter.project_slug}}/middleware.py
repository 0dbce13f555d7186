"""WSGI middleware, first in etc/zope.ini's pipeline: the id of every request (see logs.py).

It wraps Zope and the error handling in front of it, so every answer carries ``X-Request-ID``,
errors included, and every log line written while Zope publishes the request carries the id.
"""

from collections.abc import Callable

from .logs import RequestIdMiddleware, WSGIApp, configure_logging, log_level_from_env


def filter_factory(global_conf: dict[str, str], **local_conf: str) -> Callable[[WSGIApp], WSGIApp]:
    """PasteDeploy's entry point (``use = call:...`` in etc/zope.ini). Zope is loaded first, and
    with it .env (admin.py), so LOG_LEVEL may come from there."""
    configure_logging(log_level_from_env())
    return RequestIdMiddleware

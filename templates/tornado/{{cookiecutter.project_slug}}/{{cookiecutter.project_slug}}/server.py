"""Serve the application until asked to stop, then shut down gracefully."""

from __future__ import annotations

import asyncio
import logging

from tornado.httpserver import HTTPServer
from tornado.web import Application
{%- if cookiecutter.websocket == "yes" %}

from .websocket import close_all
{%- endif %}

logger = logging.getLogger(__name__)

# Requests still running this long after SIGTERM are cut off. Below the 10 s a container runtime
# (docker stop) gives before it kills the process.
SHUTDOWN_GRACE_SECONDS = 8


async def serve(
    app: Application,
    server: HTTPServer,
    stop: asyncio.Event,
    grace: float = SHUTDOWN_GRACE_SECONDS,
) -> None:
    """Serve on the sockets the server already listens on until `stop` is set, then: stop
    accepting connections, let requests in flight finish (up to `grace` seconds), close the
    remaining connections and release the app's resources."""
    await stop.wait()
    logger.info("shutting down: no new connections, finishing requests in flight")
    server.stop()
{%- if cookiecutter.websocket == "yes" %}
    close_all(app.settings["websocket_clients"])
{%- endif %}
    try:
        await asyncio.wait_for(app.settings["in_flight"].wait_until_idle(), grace)
    except TimeoutError:
        still_running = app.settings["in_flight"].count
        logger.warning("%d requests still running after %s s: closing them", still_running, grace)
    # Idle keep-alive connections, and whatever outlived the grace period.
    await server.close_all_connections()
{%- if cookiecutter.database != "none" %}
    await app.settings["database"].dispose()
{%- endif %}
    logger.info("stopped")

"""The production server: `python -m {{ cookiecutter.project_slug }} [--address=ADDRESS] [--port=PORT]`.

One process on Tornado's HTTPServer; run several behind a reverse proxy to use more cores (see the
README). SIGTERM or SIGINT (Ctrl-C) shut it down gracefully (server.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from dotenv import load_dotenv
from tornado.httpserver import HTTPServer
from tornado.options import define, options, parse_command_line

from .app import make_app
from .server import serve
from .settings import Settings, log_level_from_env

logger = logging.getLogger(__package__)

define("address", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)")
define("port", default=8000, type=int, help="port to listen on")
define("xheaders", default=False, type=bool, help="trust X-Real-IP/X-Forwarded-For from a proxy")


async def main() -> None:
    settings = Settings.from_env()
    app = make_app(settings)
    server = HTTPServer(app, xheaders=options.xheaders)
    server.listen(options.port, options.address)
    logger.info("listening on http://%s:%d", options.address, options.port)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        # Windows has no loop signal handlers; Ctrl-C still stops the server there, abruptly.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    await serve(app, server, stop)


if __name__ == "__main__":
    load_dotenv(".env")  # variables already set in the environment win over the file
    options.logging = log_level_from_env()
    # Tornado's command line: --port, --address, --xheaders, and --logging=debug etc.
    parse_command_line()
    asyncio.run(main())

"""The production server: `python -m {{ cookiecutter.project_slug }} [--host HOST] [--port PORT]`.

aiohttp's own runner serves the app in one process; run one per core behind a reverse proxy (or a
container orchestrator) to use more cores. It stops gracefully on SIGINT and SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import logging

from aiohttp import web
from dotenv import load_dotenv

from .access_log import AccessLogger
from .app import create_app
from .settings import Settings


def new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop's faster event loop when it is installed (`--extra uvloop`), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m {{ cookiecutter.project_slug }}")
    parser.add_argument("--host", default="127.0.0.1", help="default: %(default)s")
    parser.add_argument("--port", type=int, default=8000, help="default: %(default)s")
    args = parser.parse_args(argv)

    load_dotenv(".env")  # variables already set in the environment win over the file
    settings = Settings.from_env()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if settings.debug:
        # This app's own debug messages; asyncio's debug mode reports slow callbacks as warnings.
        logging.getLogger(__package__).setLevel(logging.DEBUG)
    loop = new_event_loop()
    loop.set_debug(settings.debug)
    web.run_app(
        create_app(settings),
        host=args.host,
        port=args.port,
        loop=loop,
        access_log_class=AccessLogger,  # with the request id, see access_log.py
    )


if __name__ == "__main__":
    main()

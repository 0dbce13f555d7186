"""The production server: one Twisted process, one reactor.

    python -m {{ cookiecutter.project_slug }} [--listen ENDPOINT]{% if cookiecutter.echo == "yes" %} [--echo-listen ENDPOINT]{% endif %}

It serves the Klein app over HTTP{% if cookiecutter.echo == "yes" %}, and the line echo service over TCP on a port of its own{% endif %}.
Addresses are Twisted endpoint strings (TCP, TLS, UNIX sockets; see
https://docs.twisted.org/en/stable/core/howto/endpoints.html). SIGTERM or SIGINT stops it
gracefully (server.py). One process uses one core: run one per core behind a reverse proxy.
"""

from __future__ import annotations

import argparse
import sys

from dotenv import load_dotenv
from twisted.internet.defer import setDebugging
from twisted.internet.task import react
from twisted.logger import (
    FilteringLogObserver,
    LogLevel,
    LogLevelFilterPredicate,
    globalLogBeginner,
    textFileLogObserver,
)

from .logs import configure_logging
from .server import serve
from .settings import Settings

DEFAULT_LISTEN = "tcp:port=8000:interface=127.0.0.1"
{%- if cookiecutter.echo == "yes" %}
DEFAULT_ECHO_LISTEN = "tcp:port=8007:interface=127.0.0.1"
{%- endif %}

# LOG_LEVEL's names for twisted.logger's levels.
TWISTED_LEVELS = {
    "DEBUG": LogLevel.debug,
    "INFO": LogLevel.info,
    "WARNING": LogLevel.warn,
    "ERROR": LogLevel.error,
    "CRITICAL": LogLevel.critical,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m {{ cookiecutter.project_slug }}")
    parser.add_argument(
        "--listen", default=DEFAULT_LISTEN, help="HTTP endpoint (default: %(default)s)"
    )
{%- if cookiecutter.echo == "yes" %}
    parser.add_argument(
        "--echo-listen",
        default=DEFAULT_ECHO_LISTEN,
        help="echo service endpoint (default: %(default)s)",
    )
{%- endif %}
    args = parser.parse_args(argv)

    load_dotenv(".env")  # variables already set in the environment win over the file
    settings = Settings.from_env()
    # The app's own (stdlib) records go to stderr, before Twisted redirects sys.stderr to its log.
    configure_logging(settings.log_level)
    twisted_level = TWISTED_LEVELS.get(settings.log_level, LogLevel.info)
    level = LogLevel.debug if settings.debug else twisted_level
    observer = FilteringLogObserver(
        textFileLogObserver(sys.stdout), [LogLevelFilterPredicate(defaultLogLevel=level)]
    )
    globalLogBeginner.beginLoggingTo([observer])
    # Deferred debugging records where each Deferred was made and fired: slower, but an
    # unhandled error then says where it came from.
    setDebugging(settings.debug)
    react(serve, (settings, args.listen{% if cookiecutter.echo == "yes" %}, args.echo_listen{% endif %}))


if __name__ == "__main__":
    main()

"""Serving: the endpoints this process listens on, and a shutdown that lets requests finish.

SIGTERM and SIGINT make Twisted stop the reactor. Before it stops, ``stop_gracefully`` closes the
listening ports (new connections are refused) and waits, at most ``DRAIN_SECONDS``, until the
requests already being served have been answered.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from twisted.internet.defer import Deferred, DeferredList, TimeoutError, maybeDeferred, succeed
from twisted.internet.endpoints import serverFromString
from twisted.internet.interfaces import IListeningPort, IReactorTime
from twisted.logger import Logger
from twisted.web import server

from .app import Application
{%- if cookiecutter.echo == "yes" %}
from .echo import echo_factory
{%- endif %}
from .settings import Settings

log = Logger()

# Less than the 10 s that Docker and systemd leave between SIGTERM and SIGKILL.
DRAIN_SECONDS = 8.0


class AccessLog:
    """The file twisted.web writes its access lines to (Site.logFile): a stream, flushed per line.

    Without a log file twisted.web hands every line to the logging system as an event, which the
    observer then formats again (a second timestamp, the system name): about a fifth of what
    /health costs, in a profile. The line, in the Combined Log Format, already carries its time.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, line: str) -> None:
        self.stream.write(line)
        self.stream.flush()  # one line at a time, so `docker logs` and journald see it at once

    def close(self) -> None:
        """The Site closes its log file when it stops listening; the stream stays open."""
        self.stream.flush()


class Site(server.Site):
    """twisted.web's Site, counting the requests in flight so that shutdown can wait for them,
    with its access log on ``access_log`` (the process's stdout by default)."""

    def __init__(self, resource: Any, *, access_log: TextIO | None = None, **kwargs: Any) -> None:
        # Site's own methods have no annotations; mypy's untyped_calls_exclude misses super() calls.
        super().__init__(resource, **kwargs)  # type: ignore[no-untyped-call]
        self.access_log = access_log
        self.in_flight: set[server.Request] = set()
        self._idle_waiters: list[Deferred[None]] = []

    def startFactory(self) -> None:
        super().startFactory()
        # The process's real stdout: once logging has begun, twisted.logger has replaced sys.stdout
        # with a file that turns each write into a log event, the cost this avoids.
        stream = self.access_log or sys.__stdout__
        if stream is not None:  # None only in a process without a stdout: Site's default then
            self.logFile = AccessLog(stream)

    def getResourceFor(self, request: server.Request) -> Any:
        self.in_flight.add(request)
        request.notifyFinish().addBoth(self._request_done, request)
        return super().getResourceFor(request)  # type: ignore[no-untyped-call]  # as in __init__

    def _request_done(self, result: object, request: server.Request) -> None:
        # Answered, or cut off by the client (nothing to log): either way no longer in flight.
        self.in_flight.discard(request)
        if not self.in_flight:
            waiters, self._idle_waiters = self._idle_waiters, []
            for waiter in waiters:
                waiter.callback(None)

    def when_idle(self) -> Deferred[None]:
        """Fires once no request is in flight."""
        if not self.in_flight:
            return succeed(None)
        waiter: Deferred[None] = Deferred()
        self._idle_waiters.append(waiter)
        return waiter


async def stop_gracefully(
    clock: IReactorTime,
    ports: list[IListeningPort],
    site: Site,
    drain_seconds: float = DRAIN_SECONDS,
) -> None:
    """Stop listening, then wait (bounded) for the requests in flight."""
    # IListeningPort.stopListening may return None instead of a Deferred; maybeDeferred wraps both.
    await DeferredList([maybeDeferred(port.stopListening) for port in ports])
    if site.in_flight:
        log.info("Waiting for {count} request(s) in flight", count=len(site.in_flight))
        try:
            await site.when_idle().addTimeout(drain_seconds, clock)
        except TimeoutError:
            log.warn(
                "{count} request(s) still open after {seconds} s; stopping anyway",
                count=len(site.in_flight),
                seconds=drain_seconds,
            )
    log.info("Stopped gracefully")


async def serve(
    reactor: Any,
    settings: Settings,
    listen: str,
{%- if cookiecutter.echo == "yes" %}
    echo_listen: str,
{%- endif %}
) -> None:
    """Listen on Twisted endpoint strings (``tcp:port=8000:interface=127.0.0.1``, ``unix:...``,
    ``ssl:...``) and serve until the reactor stops. A port that cannot be opened raises here, so
    the process exits with an error instead of running without it."""
    site = Site(Application(settings).resource())
    site.displayTracebacks = settings.debug  # twisted.web's own error pages, outside Klein's
    web_port = await serverFromString(reactor, listen).listen(site)
    log.info("Serving HTTP on {address}", address=web_port.getHost())
    ports = [web_port]
{%- if cookiecutter.echo == "yes" %}
    # The second protocol on the same reactor: one process, one event loop, two services.
    echo_port = await serverFromString(reactor, echo_listen).listen(echo_factory())
    log.info("Serving line echo on {address}", address=echo_port.getHost())
    ports.append(echo_port)
{%- endif %}

    def before_shutdown() -> Deferred[None]:
        # The reactor waits for this Deferred before it closes the remaining connections.
        return Deferred.fromCoroutine(stop_gracefully(reactor, ports, site))

    reactor.addSystemEventTrigger("before", "shutdown", before_shutdown)
    await Deferred()  # never fires: the process serves until a signal stops the reactor

"""Graceful shutdown: the ports close at once, and requests in flight still get their answer."""

from __future__ import annotations

import io

import pytest_twisted
import treq
from klein import Klein
from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.endpoints import TCP4ServerEndpoint
from twisted.web.iweb import IRequest

from {{ cookiecutter.project_slug }}.server import Site, stop_gracefully


def slow_app(started: Deferred[None], release: Deferred[bytes]) -> Klein:
    """An app whose /slow answers only when the test fires ``release``."""
    app = Klein()

    @app.route("/slow")
    def slow(request: IRequest) -> Deferred[bytes]:
        started.callback(None)
        return release

    return app


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_shutdown_waits_for_the_request_in_flight() -> None:
    started: Deferred[None] = Deferred()
    release: Deferred[bytes] = Deferred()
    site = Site(slow_app(started, release).resource())
    port = await TCP4ServerEndpoint(reactor, 0, interface="127.0.0.1").listen(site)
    response = treq.get(f"http://127.0.0.1:{port.getHost().port}/slow", persistent=False)
    await started.addTimeout(5, reactor)

    stopped = Deferred.fromCoroutine(stop_gracefully(reactor, [port], site))
    assert not stopped.called  # the port is closing, the request is still being served
    assert len(site.in_flight) == 1

    release.callback(b"done")
    answer = await response.addTimeout(5, reactor)
    assert (answer.code, await answer.content()) == (200, b"done")
    await stopped.addTimeout(5, reactor)
    assert not site.in_flight
    assert not port.connected


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_shutdown_stops_waiting_after_the_drain_time() -> None:
    started: Deferred[None] = Deferred()
    release: Deferred[bytes] = Deferred()
    site = Site(slow_app(started, release).resource())
    port = await TCP4ServerEndpoint(reactor, 0, interface="127.0.0.1").listen(site)
    response = treq.get(f"http://127.0.0.1:{port.getHost().port}/slow", persistent=False)
    await started.addTimeout(5, reactor)

    await Deferred.fromCoroutine(stop_gracefully(reactor, [port], site, drain_seconds=0.1))
    assert len(site.in_flight) == 1  # gave up waiting; the reactor's shutdown would cut it

    release.callback(b"late")  # let the test end cleanly
    await response.addTimeout(5, reactor)


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_shutdown_without_requests_is_immediate() -> None:
    site = Site(Klein().resource())
    port = await TCP4ServerEndpoint(reactor, 0, interface="127.0.0.1").listen(site)
    await Deferred.fromCoroutine(stop_gracefully(reactor, [port], site)).addTimeout(1, reactor)
    assert not port.connected


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_every_request_gets_an_access_line() -> None:
    app = Klein()

    @app.route("/hello")
    def hello(request: IRequest) -> bytes:
        return b"hi"

    access_log = io.StringIO()
    site = Site(app.resource(), access_log=access_log)
    port = await TCP4ServerEndpoint(reactor, 0, interface="127.0.0.1").listen(site)
    try:
        base = f"http://127.0.0.1:{port.getHost().port}"
        for path in ("/hello", "/missing"):
            answer = await treq.get(base + path, persistent=False).addTimeout(5, reactor)
            await answer.content()
    finally:
        await port.stopListening()
    lines = access_log.getvalue().splitlines()
    assert any('"GET /hello HTTP/1.1" 200' in line for line in lines)
    assert any('"GET /missing HTTP/1.1" 404' in line for line in lines)

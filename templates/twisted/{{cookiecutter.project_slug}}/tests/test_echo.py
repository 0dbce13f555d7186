{% if cookiecutter.echo == "yes" -%}
"""The echo service, over a real TCP connection on the test's reactor."""

from __future__ import annotations

import pytest_twisted
from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.endpoints import TCP4ClientEndpoint, TCP4ServerEndpoint, connectProtocol
from twisted.internet.testing import StringTransport
from twisted.protocols.basic import LineReceiver

from {{ cookiecutter.project_slug }}.echo import Echo, echo_factory


class LineClient(LineReceiver):
    """Collects the lines it receives; ``replies`` fires once ``expected`` of them arrived."""

    delimiter = b"\n"

    def __init__(self, expected: int) -> None:
        self.lines: list[bytes] = []
        self.expected = expected
        self.replies: Deferred[list[bytes]] = Deferred()

    def lineReceived(self, line: bytes) -> None:
        self.lines.append(line)
        if len(self.lines) == self.expected:
            self.replies.callback(self.lines)


@pytest_twisted.ensureDeferred  # type: ignore[untyped-decorator]  # pytest-twisted has no hints
async def test_lines_come_back_over_tcp() -> None:
    port = await TCP4ServerEndpoint(reactor, 0, interface="127.0.0.1").listen(echo_factory())
    client = LineClient(expected=2)
    try:
        await connectProtocol(TCP4ClientEndpoint(reactor, "127.0.0.1", port.getHost().port), client)
        assert client.transport is not None  # connectProtocol fired: the client is connected
        client.transport.write(b"hello, twisted\r\nsecond line\n")
        replies = await client.replies.addTimeout(5, reactor)
        assert replies == [b"hello, twisted", b"second line"]
    finally:
        if client.transport is not None:
            client.transport.loseConnection()
        await port.stopListening()


def test_an_overlong_line_closes_the_connection() -> None:
    protocol = Echo()
    transport = StringTransport()
    protocol.makeConnection(transport)
    protocol.dataReceived(b"x" * (Echo.MAX_LENGTH + 1))
    assert transport.disconnecting
    assert transport.value() == b""
{%- endif %}

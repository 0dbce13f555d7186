{% if cookiecutter.echo == "yes" -%}
"""A line-based TCP echo service: a second protocol, served by the same reactor as the web app."""

from __future__ import annotations

from twisted.internet.protocol import Factory
from twisted.protocols.basic import LineReceiver


class Echo(LineReceiver):
    """Sends every line back. A line ends with a newline; a carriage return before it is dropped,
    so both `nc` and telnet-style clients get their text back as typed."""

    delimiter = b"\n"
    MAX_LENGTH = 64 * 1024  # a longer line closes the connection instead of filling memory

    def lineReceived(self, line: bytes) -> None:
        self.sendLine(line.removesuffix(b"\r"))

    def lineLengthExceeded(self, line: bytes) -> None:
        assert self.transport is not None  # set when the connection was made
        self.transport.loseConnection()


def echo_factory() -> Factory:
    """One Echo protocol per connection."""
    return Factory.forProtocol(Echo)
{%- endif %}

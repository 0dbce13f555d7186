"""Klein on Twisted while `python -m <slug>` serves it: the page shows a tricky name escaped, the
JSON API and 404s, and with echo=yes a line sent to the echo port comes back; once stopped with
SIGTERM, the log says it stopped gracefully."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable
from typing import Any

from probes import cases_with
from support.project import Project, http

# A name with quotes, markup and an emoji: the Python source must stay ruff-clean and the page
# must show it escaped.
NAME = 'Zq9x\'s "Klein" <b>& 🚀'
NAME_IN_HTML = 'Zq9x\'s "Klein" &lt;b&gt;&amp; 🚀'
# The template's serve check listens for echo on port 0 (any free one); the server logs the port:
# "Serving line echo on IPv4Address(type='TCP', host='127.0.0.1', port=40123)".
ECHO_PORT = re.compile(r"Serving line echo on .*\bport=(\d+)")


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, newest_python_last=True, text={"project_name": NAME}, slug="klein_shop")


def probe(base: str, answers: dict[str, Any], project: Project) -> Callable[[], None]:
    page = http("GET", f"{base}/")
    assert page.status == 200
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    assert f"<h1>{NAME_IN_HTML}</h1>" in page.text
    greeting = http("POST", f"{base}/api/greetings", {"name": "Twisted"})
    assert (greeting.status, greeting.json()) == (201, {"greeting": "Hello, Twisted!"})
    missing = http("GET", f"{base}/no-such-page")
    assert (missing.status, missing.json()) == (404, {"error": "Not Found"})
    if answers["echo"] == "yes":
        port = echo_port(project, base)
        assert send_line(port, "héllo, reactor".encode()) == "héllo, reactor\n".encode()

    def stopped_gracefully() -> None:
        # The server was stopped with SIGTERM: it says it drained and stopped.
        log = project.server_log(base)
        assert "Stopped gracefully" in log, log[-3000:]

    return stopped_gracefully


def echo_port(project: Project, base: str) -> int:
    """The echo service's port, from the server's log (written as it starts listening)."""
    deadline = time.monotonic() + 10
    while not (found := ECHO_PORT.search(log := project.server_log(base))):
        assert time.monotonic() < deadline, f"the server log names no echo port:\n{log}"
        time.sleep(0.1)
    return int(found.group(1))


def send_line(port: int, line: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(line + b"\r\n")
        return connection.makefile("rb").readline()

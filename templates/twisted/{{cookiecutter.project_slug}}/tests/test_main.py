"""The production command itself (`python -m`): it serves, and stops gracefully on SIGTERM."""

from __future__ import annotations

import json
import os
import re
import signal
{%- if cookiecutter.echo == "yes" %}
import socket
{%- endif %}
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "{{ cookiecutter.project_slug }}"
TIMEOUT = 20  # seconds for each wait on the server


def logged_port(log: Path, service: str) -> int:
    """The port a service got, from the server's log line that names its address."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        found = re.search(rf"Serving {service} on .*port=(\d+)", log.read_text())
        if found:
            return int(found.group(1))
        time.sleep(0.05)
    raise AssertionError(f"no 'Serving {service} on' line in the log:\n{log.read_text()}")


def test_serves_and_stops_gracefully_on_sigterm(tmp_path: Path) -> None:
    # Port 0: the system picks a free port, and the log says which.
    command = [sys.executable, "-m", PACKAGE, "--listen", "tcp:port=0:interface=127.0.0.1"]
{%- if cookiecutter.echo == "yes" %}
    command += ["--echo-listen", "tcp:port=0:interface=127.0.0.1"]
{%- endif %}
    log = tmp_path / "server.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            command,
            cwd=tmp_path,  # no .env there: the defaults apply
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    try:
        port = logged_port(log, "HTTP")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as reply:
            assert json.load(reply) == {"status": "ok"}
{%- if cookiecutter.echo == "yes" %}
        echo_port = logged_port(log, "line echo")
        with socket.create_connection(("127.0.0.1", echo_port), timeout=5) as connection:
            connection.sendall(b"ping\n")
            assert connection.makefile("rb").readline() == b"ping\n"
{%- endif %}
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, log.read_text()
    assert "Stopped gracefully" in log.read_text()

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


def read_port(process: subprocess.Popen[str], service: str, seen: list[str]) -> int:
    """The port of a service from the server's log line, which names the address it got."""
    assert process.stdout is not None
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        seen.append(line)
        if f"Serving {service} on" in line:
            return int(re.search(r"port=(\d+)", line).group(1))
    raise AssertionError(f"no 'Serving {service} on' line; log:\n{''.join(seen)}")


def test_serves_and_stops_gracefully_on_sigterm(tmp_path: Path) -> None:
    # Port 0: the system picks free ports, and the log says which.
    command = [sys.executable, "-m", PACKAGE, "--listen", "tcp:port=0:interface=127.0.0.1"]
{%- if cookiecutter.echo == "yes" %}
    command += ["--echo-listen", "tcp:port=0:interface=127.0.0.1"]
{%- endif %}
    process = subprocess.Popen(
        command,
        cwd=tmp_path,  # no .env there: the defaults apply
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    seen: list[str] = []
    try:
        port = read_port(process, "HTTP", seen)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as reply:
            assert json.load(reply) == {"status": "ok"}
{%- if cookiecutter.echo == "yes" %}
        echo_port = read_port(process, "line echo", seen)
        with socket.create_connection(("127.0.0.1", echo_port), timeout=5) as connection:
            connection.sendall(b"ping\n")
            assert connection.makefile("rb").readline() == b"ping\n"
{%- endif %}
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, "".join(seen) + output
    assert "Stopped gracefully" in output

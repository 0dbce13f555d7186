"""WebSocket broadcast throughput of a template's generated project, through its production server.

Bakes the template with websocket=yes (`python -m generator new ... --no-input`, every other option
at its default) into a temporary folder, installs it with uv, starts the production server command
its README gives on a free 127.0.0.1 port, connects two clients to /ws and measures how many
messages per second one client's messages reach the other. The sender keeps at most --window
messages in flight, and the run stops after --count messages or --duration seconds.

Works for every template with a `websocket` yes option whose README has the production command
(a `uv run ...` line binding 0.0.0.0 and port 8000). With several server workers the two clients
may land on the same worker or on different ones; run it a few times.

Run it with the fwgen environment active (websockets comes with the `test` extra):
    python benchmarks/websocket_roundtrip.py [--template sanic] [--count 20000] [--duration 10]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect

REPO = Path(__file__).resolve().parents[1]
SLUG = "ws_bench"
# Variables of this shell that must not leak into the generated project's server.
SCRUBBED = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "DATABASE_URL", "SECRET_KEY")
SERVER_START_TIMEOUT = 120  # seconds: the first request of a fresh project compiles its modules
STEP_TIMEOUT = 30  # seconds for any single WebSocket step


@dataclass
class Result:
    sent: int
    received: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.received / self.seconds if self.seconds else 0.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def uv_binary() -> str:
    found = shutil.which("uv")
    if found:
        return found
    from uv import find_uv_bin  # the uv wheel from PyPI ships the binary

    return find_uv_bin()


def project_env(project: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env["VIRTUAL_ENV"] = str(project / ".venv")
    env["PATH"] = f"{project / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["UV_PYTHON_DOWNLOADS"] = "never"
    env["XDG_RUNTIME_DIR"] = str(project)  # gunicorn's control socket, should a template use it
    return env


def bake(template: str, workdir: Path) -> Path:
    """The project, made by fwgen the way a user makes it."""
    subprocess.run(
        [sys.executable, "-m", "generator", "new", SLUG, "-f", template,
         "--set", "websocket=yes", "--no-input"],
        cwd=workdir, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    return workdir / SLUG


def install(project: Path) -> None:
    subprocess.run(
        [uv_binary(), "sync", "--no-dev", "--python", sys.executable],
        cwd=project, check=True, stdin=subprocess.DEVNULL, env=project_env(project),
    )  # fmt: skip


def production_command(project: Path) -> list[str]:
    """The README's production server command (the `uv run` line binding 0.0.0.0 on port 8000)."""
    readme = (project / "README.md").read_text()
    for line in readme.splitlines():
        line = line.strip()
        if line.startswith("uv run ") and "0.0.0.0" in line and re.search(r"\b8000\b", line):
            return line.removeprefix("uv run ").split()
    raise SystemExit(f"{project / 'README.md'}: no `uv run ...` production command binding 0.0.0.0:8000")


def bind_locally(command: list[str], port: int) -> list[str]:
    """The command with 0.0.0.0 -> 127.0.0.1 and port 8000 -> ``port`` (also in host:port forms)."""
    return [re.sub(r"\b8000\b", str(port), arg.replace("0.0.0.0", "127.0.0.1")) for arg in command]


def wait_healthy(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as reply:
            if reply.status == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"the server never answered 200 on {url}; its log:\n{log.read_text()[-4000:]}")


@contextlib.contextmanager
def serving(project: Path, command: list[str], port: int):
    argv = [str(project / ".venv" / "bin" / command[0]), *command[1:]]
    log = project.parent / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            argv, cwd=project, env=project_env(project), stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,  # so stopping it stops its workers
        )  # fmt: skip
        try:
            wait_healthy(process, f"http://127.0.0.1:{port}/health", log)
            yield
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


async def drain(client: ClientConnection) -> None:
    """Read and drop: a broadcast may come back to its sender, whose unread messages would
    otherwise fill up and stall the server's sends."""
    with contextlib.suppress(Exception):
        async for _ in client:
            pass


async def measure(url: str, count: int, duration: float, window: int, payload: str) -> Result:
    async with (
        connect(url, open_timeout=STEP_TIMEOUT, max_size=None) as sender,
        connect(url, open_timeout=STEP_TIMEOUT, max_size=None) as receiver,
    ):
        # Both are connected and the broadcast works before the clock starts.
        await sender.send("warm-up")
        assert await asyncio.wait_for(receiver.recv(), STEP_TIMEOUT) == "warm-up"
        draining = asyncio.create_task(drain(sender))

        in_flight = asyncio.Semaphore(window)
        sent = received = 0
        done_sending = asyncio.Event()
        all_received = asyncio.Event()

        async def receive() -> None:
            nonlocal received
            async for _ in receiver:
                received += 1
                in_flight.release()
                if done_sending.is_set() and received >= sent:
                    all_received.set()

        receiving = asyncio.create_task(receive())
        started = time.perf_counter()
        deadline = started + duration
        while sent < count and time.perf_counter() < deadline:
            await asyncio.wait_for(in_flight.acquire(), STEP_TIMEOUT)
            await sender.send(payload)
            sent += 1
        done_sending.set()
        if received >= sent:
            all_received.set()
        await asyncio.wait_for(all_received.wait(), STEP_TIMEOUT)
        seconds = time.perf_counter() - started
        receiving.cancel()
        draining.cancel()
        return Result(sent, received, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--template", default="sanic", help="default: %(default)s")
    parser.add_argument("--count", type=int, default=20_000, help="messages at most (default: %(default)s)")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds at most (default: %(default)s)")
    parser.add_argument("--window", type=int, default=100, help="messages in flight (default: %(default)s)")
    parser.add_argument("--payload", type=int, default=32, help="bytes per message (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the baked project and its server log")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="fwgen-ws-bench-"))
    try:
        print(f"baking {args.template} with websocket=yes in {workdir}", file=sys.stderr)
        project = bake(args.template, workdir)
        install(project)
        port = free_port()
        command = bind_locally(production_command(project), port)
        print(f"serving: {' '.join(command)}", file=sys.stderr)
        url = f"ws://127.0.0.1:{port}/ws"
        with serving(project, command, port):
            payload = "x" * args.payload
            result = asyncio.run(measure(url, args.count, args.duration, args.window, payload))
    finally:
        if args.keep:
            print(f"kept {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"{args.template}: {result.per_second:,.0f} messages/s from one client to the other "
        f"({result.received} messages of {args.payload} bytes in {result.seconds:.2f} s, "
        f"window {args.window})"
    )


if __name__ == "__main__":
    main()

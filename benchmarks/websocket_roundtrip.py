"""WebSocket broadcast throughput of a template's generated project, through its production server.

Bakes the template with websocket=yes (`python -m generator new ... --no-input`, every other option
at its default) into a temporary folder, installs it with uv, starts the production server command
its README gives on a free 127.0.0.1 port, connects two clients to /ws and measures how many
messages per second one client's messages reach the other. The sender keeps at most --window
messages in flight, and the run stops after --count messages or --duration seconds.

Works for every template with a `websocket` yes option; the server command is the template's own
(`_fwgen.checks`: the one `fwgen test` starts and the README gives). With several server workers
the two clients may land on the same worker or on different ones; run it a few times.

Run it with the fwgen environment active (websockets comes with the `test` extra):
    python benchmarks/websocket_roundtrip.py [--template sanic] [--count 20000] [--duration 10]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from generator.baked import Project

REPO = Path(__file__).resolve().parents[1]
SLUG = "ws_bench"
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


def bake(template: str, workdir: Path) -> Path:
    """The project, made by fwgen the way a user makes it."""
    subprocess.run(
        [sys.executable, "-m", "generator", "new", SLUG, "-f", template,
         "--set", "websocket=yes", "--no-input"],
        cwd=workdir, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    return workdir / SLUG


def production_command(template: str, project: Path) -> list[str]:
    """The template's production server command, as `fwgen test` starts it (its _fwgen.checks,
    which the README gives too), with {port} left for Project.serve to fill."""
    from generator.checks import load_checks
    from generator.options import load_options
    from generator.record import read_answers

    checks = load_checks(load_options(REPO / "templates" / template))
    [command] = checks.commands("serve", read_answers(project), project_slug=project.name)
    return command


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
        path = bake(args.template, workdir)
        project = Project(path, python=f"{sys.version_info.major}.{sys.version_info.minor}")
        project.install()
        command = production_command(args.template, path)
        print(f"serving: {' '.join(command)}", file=sys.stderr)
        with project.serve(*command, timeout=SERVER_START_TIMEOUT) as base:
            url = base.replace("http://", "ws://") + "/ws"
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

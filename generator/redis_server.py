"""A real, throw-away Redis server on 127.0.0.1 for checking task-queue options.

``fwgen test`` and the repository's tests start one when a combination needs it (the template's
``_fwgen.checks.redis``). It uses the machine's ``redis-server`` (Debian's ``redis-server``
package), keeps nothing on disk, and hands every caller a database number of its own so baked
projects never see each other's queues.
"""

from __future__ import annotations

import itertools
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from generator.baked import free_port

DATABASES = 512  # one per combination of a full run, with room to spare


def find_redis_server() -> Path | None:
    found = shutil.which("redis-server") or (
        "/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None
    )
    return Path(found) if found else None


class RedisServer:
    def __init__(self, binary: Path) -> None:
        self.binary = binary
        self.base = Path(tempfile.mkdtemp(prefix="fwgen-redis-"))
        self.port = free_port()
        self._numbers = itertools.count(0)
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> None:
        with (self.base / "server.log").open("wb") as log:
            self._process = subprocess.Popen(
                [str(self.binary), "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.base),
                 "--save", "", "--appendonly", "no", "--databases", str(DATABASES)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {(self.base / 'server.log').read_text()[-500:]}")
            if self._answers():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not answer on 127.0.0.1:{self.port} within {timeout:.0f}s")

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        try:
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait(timeout=10)
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self) -> str:
        """A redis:// URL of a database number nobody else was given."""
        number = next(self._numbers)
        if number >= DATABASES:
            raise RuntimeError(f"all {DATABASES} Redis databases are taken")
        return f"redis://127.0.0.1:{self.port}/{number}"

"""A process in a real pseudo-terminal of a fixed size, its screen rendered by pyte as a person sees it.

    with Screen(["fwgen", "new"], cwd, columns=80, lines=24) as screen:
        screen.wait_for("Project name")
        screen.send("Shop\r")
        print(screen.text())            # the 24 rows, as text

Unlike a transcript of everything written, the rendered screen shows only what is still visible:
what scrolled off the top is gone, which is what the one-screen decision is tested against.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from pathlib import Path

import pyte

ENTER, DOWN, UP, CTRL_U = "\r", "\x1b[B", "\x1b[A", "\x15"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b[=>]")


class Screen:
    def __init__(
        self,
        argv: list[str],
        cwd: Path,
        columns: int = 80,
        lines: int = 24,
        env: dict[str, str] | None = None,
    ) -> None:
        self.columns, self.lines = columns, lines
        self.screen = pyte.Screen(columns, lines)
        self.stream = pyte.ByteStream(self.screen)
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        environment = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(lines)}
        environment.pop("FWGEN_TEMPLATES_DIR", None)
        environment.pop("NO_COLOR", None)
        environment.update(env or {})
        self.process = subprocess.Popen(
            argv, cwd=cwd, env=environment, stdin=slave, stdout=slave, stderr=slave, start_new_session=True
        )
        os.close(slave)
        self.raw = b""  # everything written, escape sequences included (to look for colour codes)

    def __enter__(self) -> Screen:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # the process closed the terminal
                return
            if not chunk:
                return
            self.raw += chunk
            self.stream.feed(chunk)

    @property
    def output(self) -> str:
        """Everything written so far as text, escape sequences removed: a transcript, scrolled-off
        lines included."""
        return ANSI.sub("", self.raw.decode(errors="replace"))

    def expect(self, text: str, timeout: float = 30) -> None:
        """Wait until ``text`` has been written (anywhere in the transcript)."""
        deadline = time.monotonic() + timeout
        while text not in self.output:
            assert time.monotonic() < deadline, f"never saw {text!r}; screen:\n{self.output[-3000:]}"
            assert self.process.poll() is None or text in self.output, self.output[-3000:]
            self.read(0.1)

    def text(self) -> str:
        return "\n".join(row.rstrip() for row in self.screen.display)

    def wait_for(self, text: str, timeout: float = 30) -> None:
        """Wait until ``text`` is on the screen, then a moment more for the screen to settle."""
        deadline = time.monotonic() + timeout
        while text not in self.text():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.read(0.2)
                assert text in self.text(), f"never saw {text!r}; screen:\n{self.text()}"
            self.read(0.1)
        self.read(0.4)

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())
        self.read(0.3)

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        os.close(self.master)

"""Helpers for the tests of `fwgen serve`: a real server process, and zips unpacked with their modes."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from generator.baked import free_port, http


@contextlib.contextmanager
def served(
    *args: str,
    cwd: Path,
    python: str = sys.executable,
    env: dict[str, str] | None = None,
    timeout: float = 30,
) -> Iterator[str]:
    """`fwgen serve` (of ``python``) on a free port; yields its base URL once the API answers, then
    stops it with SIGINT (Ctrl-C)."""
    port = free_port()
    process = subprocess.Popen(
        [python, "-m", "generator", "serve", "--port", str(port), *args],
        cwd=cwd, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            with contextlib.suppress(OSError):
                if http("GET", base + "/api/questions", timeout=2).status == 200:
                    break
            assert time.monotonic() < deadline, f"fwgen serve did not answer on {base}"
            time.sleep(0.1)
        yield base
    finally:
        process.send_signal(2)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise


def unzip(archive: Path | bytes, into: Path) -> None:
    """Unpack like `unzip`: the files' permission bits come back too (zipfile drops them)."""
    source = archive if isinstance(archive, Path) else io.BytesIO(archive)
    with zipfile.ZipFile(source) as zipped:
        for info in zipped.infolist():
            path = Path(zipped.extract(info, into))
            mode = (info.external_attr >> 16) & 0o777
            if mode and not info.is_dir():
                path.chmod(mode)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }

"""A baked project in its own virtual environment: install it, run its commands, start its server.

``fwgen test`` and the repository's template tests both drive projects through this module, so the
two can never disagree. uv does the installs: every project gets its own ``.venv`` while packages
come from uv's shared cache, so the second project with the same dependencies installs in a second.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import FwgenError

# Variables of the test run that must not leak into a generated project's processes.
# PYTHONDONTWRITEBYTECODE (set on these machines) would make every process of a baked project
# compile SQLAlchemy, Alembic and friends from source again: seconds of CPU each time.
SCRUBBED = (
    "VIRTUAL_ENV",
    "PYTHONPATH",
    "PYTHONDONTWRITEBYTECODE",
    "DATABASE_URL",
    "SECRET_KEY",
    "PYTEST_ADDOPTS",
    "CONDA_PREFIX",
)


class CheckFailed(AssertionError):
    """A command of the project failed; the message holds its output. (An AssertionError, so
    pytest reports it as a failed check with that output, not as an error of the test itself.)"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def uv_binary() -> str:
    found = shutil.which("uv")
    if found:
        return found
    try:
        from uv import find_uv_bin  # the uv wheel from PyPI ships the binary
    except ImportError:
        raise FwgenError("baked projects are installed with uv: `pip install uv` first", 1) from None
    return find_uv_bin()


def find_python(version: str) -> str:
    """The interpreter for ``version`` ("3.11", "3.12", ...): this one, pyenv's, or one on PATH."""
    if version == f"{sys.version_info.major}.{sys.version_info.minor}":
        return sys.executable
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for candidate in sorted(pyenv_root.glob(f"versions/{version}.*/bin/python{version}"), reverse=True):
        return str(candidate)
    found = shutil.which(f"python{version}")
    if found:
        return found
    raise RuntimeError(f"no Python {version} found (pyenv or PATH)")


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    text: str

    def json(self) -> Any:
        return json.loads(self.text)


def http(
    method: str,
    url: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10,
) -> Response:
    """One HTTP request with the standard library; error statuses are returned, not raised."""
    headers = dict(headers or {})
    data = None
    if isinstance(body, dict | list):
        data = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    elif isinstance(body, str):
        data = body.encode()
    elif isinstance(body, bytes):
        data = body
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return Response(reply.status, dict(reply.headers), reply.read().decode())
    except urllib.error.HTTPError as error:
        return Response(error.code, dict(error.headers), error.read().decode())


class Project:
    """A baked project with its own virtual environment in ``path/.venv``.

    ``env``: variables every command and server of this project gets (before any given per call).
    """

    def __init__(self, path: Path, python: str = "3.11", env: dict[str, str] | None = None) -> None:
        self.path = Path(path)
        self.python = python
        self.env = dict(env or {})
        self.bin = self.path / ".venv" / "bin"

    def with_env(self, env: dict[str, str]) -> Project:
        """The same project, its commands run with ``env`` added (e.g. the server's database)."""
        return Project(self.path, self.python, {**self.env, **env})

    def server_log(self, base_url: str) -> str:
        """What the server that :meth:`serve` started on ``base_url`` wrote (kept after it stopped)."""
        return self._log_path(int(base_url.rsplit(":", 1)[1])).read_text()

    def _log_path(self, port: int) -> Path:
        return self.path.parent / f"{self.path.name}-server-{port}.log"

    def environ(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
        env["VIRTUAL_ENV"] = str(self.path / ".venv")
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        env["UV_PYTHON_DOWNLOADS"] = "never"
        # gunicorn (25.1+) opens a control socket under the runtime dir; parallel servers of
        # different projects must not share one.
        env["XDG_RUNTIME_DIR"] = str(self.path)
        # The project's own pytest gets a temporary root of its own: pytest sessions sharing
        # /tmp/pytest-of-<user> clean up each other's old folders and can fail on the race.
        temp_root = self.path.parent / f".{self.path.name}-pytest"
        temp_root.mkdir(exist_ok=True)
        env["PYTEST_DEBUG_TEMPROOT"] = str(temp_root)
        env.update(self.env)
        env.update(extra or {})
        return env

    def install(self, timeout: float = 600) -> None:
        """`uv sync`: what the generated README tells a user to run first."""
        self.run(uv_binary(), "sync", "--python", find_python(self.python), timeout=timeout, in_venv=False)

    def run_own_checks(self, env: dict[str, str] | None = None, *pytest_args: str) -> None:
        """What every generated README promises: its tests pass and ruff finds nothing."""
        self.run("pytest", "-q", "-p", "no:cacheprovider", "--cov", *pytest_args, env=env)
        self.run("ruff", "check", ".")
        self.run("ruff", "format", "--check", ".")

    def _argv(self, args: tuple[str, ...], in_venv: bool) -> list[str]:
        argv = [str(a) for a in args]
        if in_venv and (self.bin / argv[0]).exists():
            argv[0] = str(self.bin / argv[0])
        return argv

    def run(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        timeout: float = 300,
        check: bool = True,
        in_venv: bool = True,
    ) -> subprocess.CompletedProcess[str]:
        """Run a command in the project folder; the venv's own tools come first."""
        argv = self._argv(args, in_venv)
        result = subprocess.run(
            argv,
            cwd=self.path,
            env=self.environ(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        if check and result.returncode != 0:
            raise CheckFailed(
                f"`{' '.join(args)}` exited {result.returncode} in {self.path}\n"
                f"--- stdout ---\n{result.stdout[-6000:]}\n--- stderr ---\n{result.stderr[-6000:]}"
            )
        return result

    @contextlib.contextmanager
    def serve(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        health: str = "/health",
        timeout: float = 45,
    ) -> Iterator[str]:
        """Start a server (``{port}`` in args becomes a free port) and yield its base URL.

        Waits, bounded by ``timeout``, until ``health`` answers 200; stops the server afterwards.
        """
        port = free_port()
        argv = self._argv(tuple(a.replace("{port}", str(port)) for a in args), in_venv=True)
        log_path = self._log_path(port)
        base = f"http://127.0.0.1:{port}"
        with open(log_path, "w+") as log:
            process = subprocess.Popen(
                argv,
                cwd=self.path,
                env=self.environ(env),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # so stopping it also stops its workers
            )
            try:
                self._wait_healthy(process, base + health, timeout, log)
                yield base
            finally:
                _stop(process)

    @staticmethod
    def _wait_healthy(process: subprocess.Popen[bytes], url: str, timeout: float, log: Any) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer"
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            try:
                reply = http("GET", url, timeout=2)
                if reply.status == 200:
                    return
                last = f"{reply.status} {reply.text[:300]}"
            except OSError as error:
                last = str(error)
            time.sleep(0.2)
        log.seek(0)
        raise CheckFailed(
            f"server never answered 200 on {url} (exit={process.poll()}, last: {last})\n"
            f"--- server log ---\n{log.read()[-6000:]}"
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

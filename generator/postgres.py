"""A real, throw-away PostgreSQL server on 127.0.0.1 for checking the postgresql option.

``fwgen test`` and the repository's tests start one when a combination needs it. It uses the
server binaries of the machine (Debian's ``postgresql`` package). initdb refuses to run as root, so
when fwgen runs as root the server runs as the ``postgres`` system user. fsync and friends are
off: the data is thrown away at the end, and this makes it fast.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from generator.baked import free_port

USER = "fwgen"
PASSWORD = "fwgen"


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl, newest version first; None when PostgreSQL is missing."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True
    )
    for found in (shutil.which("initdb"), shutil.which("pg_ctl")):
        if found:
            candidates.insert(0, Path(found).resolve().parent)
    for directory in candidates:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    return None


class PostgresServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        # Not under pytest's tmp folder: that is private to root, and the server may run as postgres.
        self.base = Path(tempfile.mkdtemp(prefix="fwgen-pg-"))
        self.data = self.base / "data"
        self.port = free_port()
        self._names = itertools.count(1)
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str, timeout: float = 120) -> None:
        subprocess.run(
            [*self._as_user, str(self.bin_dir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.base,
            stdin=subprocess.DEVNULL,
        )

    def start(self) -> None:
        password_file = self.base / "pw"
        password_file.write_text(PASSWORD)
        if self._as_user:
            shutil.chown(password_file, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.data), "-U", USER, f"--pwfile={password_file}",
            "--auth=scram-sha-256", "-E", "UTF8", "--no-locale",
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.base} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"), "-o", options,
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", timeout=60)
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def create_database(self, name: str | None = None) -> str:
        name = name or f"db{next(self._names)}"
        env = {**os.environ, "PGPASSWORD": PASSWORD}
        subprocess.run(
            [str(self.bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, name],
            check=True, capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        return name

    def database_url(
        self, driver: str = "postgresql+psycopg", name: str | None = None, test: bool = False
    ) -> str:
        """Create a fresh database and return its URL with the given scheme. ``test`` puts "test"
        in its name: the generated projects' tests refuse any other database."""
        if name is None and test:
            name = f"test{next(self._names)}"
        name = self.create_database(name)
        return f"{driver}://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{name}"

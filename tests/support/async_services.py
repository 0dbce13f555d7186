"""Checks shared by the async templates' (FastAPI, aiohttp) slow tests of issue 13: the tests
leave the development database alone, and a task goes through Redis to the real arq worker."""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from support.project import Project, http

# Writes a marker into the development database, or prints its tables and the marker.
DEV_DATABASE_SNIPPET = """
import asyncio, os, sys
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

async def main():
    engine = create_async_engine(os.environ["DATABASE_URL"])
    async with engine.begin() as connection:
        if sys.argv[1] == "write":
            await connection.execute(text("CREATE TABLE keep_me (note text)"))
            await connection.execute(text("INSERT INTO keep_me VALUES ('still here')"))
        else:
            tables = await connection.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            )
            note = await connection.scalar(text("SELECT note FROM keep_me"))
            print(",".join(tables), note)
    await engine.dispose()

asyncio.run(main())
"""


def exported_dotenv(path: Path) -> dict[str, str]:
    """What `set -a; . ./.env; set +a` exports: the project's .env KEY=value lines."""
    exported = {}
    for line in (path / ".env").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            exported[key.strip()] = value.strip()
    return exported


def assert_tests_leave_the_dev_database_alone(project: Project, dotenv_values: dict[str, str]) -> str:
    """Issue 13, item 3, as a user meets it: with the .env pointing at a migrated development
    database that holds data (DATABASE_URL in ``dotenv_values``, which replace the .env's), `set -a;
    . ./.env; set +a; uv run pytest` passes and leaves that database as it was; a
    TEST_DATABASE_URL naming it is refused. Returns what `alembic upgrade head` printed."""
    dotenv = project.path / ".env"
    kept = [line for line in dotenv.read_text().splitlines() if line.split("=", 1)[0] not in dotenv_values]
    dotenv.write_text("\n".join([*kept, *(f"{key}={value}" for key, value in dotenv_values.items()), ""]))
    dev_url = dotenv_values["DATABASE_URL"]
    env = exported_dotenv(project.path)
    upgrade = project.run("alembic", "upgrade", "head", env=env)
    project.run("python", "-c", DEV_DATABASE_SNIPPET, "write", env=env)
    before = project.run("python", "-c", DEV_DATABASE_SNIPPET, "read", env=env).stdout

    project.run("pytest", "-q", "-p", "no:cacheprovider", env=env)
    refused = project.run(
        "pytest", "-q", "-p", "no:cacheprovider", env={**env, "TEST_DATABASE_URL": dev_url}, check=False
    )

    assert refused.returncode == 4, refused.stdout[-2000:]
    assert "only run against a database whose name contains 'test'" in refused.stdout + refused.stderr
    after = project.run("python", "-c", DEV_DATABASE_SNIPPET, "read", env=env).stdout
    assert "alembic_version" in before and "items" in before and before.endswith("still here\n")
    assert after == before
    return upgrade.stdout + upgrade.stderr


class RecordingQueues:
    """check_combination's Redis, remembering the URLs it hands out. It asks for the tests' URL
    first and the server's second (generator/template_test.py), so the last one is the
    server's: the worker a probe starts must use the same Redis database as the server."""

    def __init__(self, server: object) -> None:
        self.server = server
        self.urls: list[str] = []

    def url(self) -> str:
        url: str = self.server.url()  # type: ignore[attr-defined]
        self.urls.append(url)
        return url


@contextlib.contextmanager
def arq_worker(project: Project, redis_url: str) -> Iterator[None]:
    """The README's worker command, `arq <slug>.tasks.WorkerSettings`, for the block's duration."""
    argv = [str(project.bin / "arq"), f"{project.path.name}.tasks.WorkerSettings"]
    env = project.environ({"REDIS_URL": redis_url})
    log = (project.path.parent / f"{project.path.name}-worker.log").open("w+")
    process = subprocess.Popen(
        argv, cwd=project.path, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )
    try:
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        log.close()


def assert_a_job_completes(base: str, headers: dict[str, str] | None = None, timeout: float = 30) -> None:
    """POST /jobs, then poll GET /jobs/{id} until the worker has run it."""
    queued = http("POST", f"{base}/jobs", {"name": "Ada"}, headers=headers)
    assert queued.status == 202, queued.text
    job_url = f"{base}/jobs/{queued.json()['id']}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = http("GET", job_url).json()
        if job["status"] == "complete":
            assert job["result"] == "Hello, Ada!", job
            return
        time.sleep(0.2)
    raise AssertionError(f"the worker did not run the job within {timeout:.0f}s: {job}")

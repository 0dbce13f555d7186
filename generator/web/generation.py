"""Projects made for the web page: each in a fresh temporary folder by a worker process, read back
as a file tree (preview) or a zip (download), and the folder removed whatever happens.

Bounded: at most `Limits.concurrent` generations at once (a request waits `Limits.queue_seconds`
for a turn, then is told the server is busy), each killed after `Limits.seconds`.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import signal
import stat
import sys
import tempfile
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator.errors import FwgenError
from generator.web.forms import Generation

# A preview shows a file's text up to this size; the templates' largest file is a few KB.
PREVIEW_TEXT_BYTES = 200_000


@dataclass(frozen=True)
class Limits:
    body_bytes: int = 64_000
    seconds: float = 60.0
    concurrent: int = 2
    queue_seconds: float = 10.0


class Busy(FwgenError):
    """Every generation slot stayed taken, or a generation ran out of time: try again (503)."""


class Generations:
    """Runs generations within ``limits``, in temporary folders under ``work_dir`` (the system's
    temporary folder by default)."""

    def __init__(self, limits: Limits, work_dir: Path | None = None) -> None:
        self.limits = limits
        self.work_dir = work_dir
        self._slots = asyncio.Semaphore(limits.concurrent)

    @contextlib.asynccontextmanager
    async def project(self, generation: Generation) -> AsyncIterator[Path]:
        """The generated project's folder, removed with its temporary parent on exit."""
        try:
            await asyncio.wait_for(self._slots.acquire(), self.limits.queue_seconds)
        except TimeoutError:
            raise Busy("the server is busy making other projects; try again in a moment", 1) from None
        try:
            with tempfile.TemporaryDirectory(prefix="fwgen-web-", dir=self.work_dir) as folder:
                yield await self._run_worker(generation, Path(folder))
        finally:
            self._slots.release()

    async def _run_worker(self, generation: Generation, folder: Path) -> Path:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "generator.web.worker",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,  # its own group, so a kill also stops the hooks it started
        )
        job = json.dumps(generation.worker_job(folder)).encode()
        try:
            out, err = await asyncio.wait_for(process.communicate(job), self.limits.seconds)
        except BaseException as error:  # out of time, or the request was cancelled
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            await process.wait()
            if isinstance(error, TimeoutError):
                raise Busy(f"the generation took longer than {self.limits.seconds:g} seconds", 1) from None
            raise
        return _created_folder(folder, out, err)


def _created_folder(folder: Path, out: bytes, err: bytes) -> Path:
    try:
        result = json.loads(out.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        detail = err.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        raise FwgenError(f"the generation failed: {detail[0]}", 1) from None
    if "error" in result:
        raise FwgenError(result["error"])
    return folder / result["folder"]


def project_files(project: Path) -> list[Path]:
    """Every file of the project, sorted; anything but plain files and folders is refused."""
    files = []
    for path in sorted(project.rglob("*")):
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            raise FwgenError(f"generated path {path.relative_to(project)} is not a plain file", 1)
        if path.is_file():
            files.append(path)
    return files


def file_tree(project: Path) -> list[dict[str, Any]]:
    """The preview: each file's path, size and text (None for binary or very large files)."""
    tree = []
    for path in project_files(project):
        data = path.read_bytes()
        text = None
        if len(data) <= PREVIEW_TEXT_BYTES:
            with contextlib.suppress(UnicodeDecodeError):
                text = data.decode("utf-8")
        tree.append({"path": path.relative_to(project).as_posix(), "size": len(data), "text": text})
    return tree


def zip_bytes(project: Path) -> bytes:
    """The project as a zip whose every entry sits under the project's own folder name."""
    buffer = io.BytesIO()
    root = PurePosixPath(project.name)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in project_files(project):
            name = root / path.relative_to(project).as_posix()
            if name.is_absolute() or ".." in name.parts:
                raise FwgenError(f"refusing to zip {name}: outside the project", 1)
            info = zipfile.ZipInfo.from_file(path, str(name))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | stat.S_IMODE(path.stat().st_mode)) << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()

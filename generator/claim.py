"""Owning a project folder while fwgen writes it: an exclusive claim, proof of who holds it, and the
backup that ``--force`` keeps.

A run claims its target by renaming a fresh folder that already holds a marker file (its pid, its
start time and host) onto the target's name. rename(2) replaces nothing that is not empty, so of two
runs into one target exactly one wins, with no lock file and no window in between. The marker stays
until the project is complete; a marker whose process is provably gone (kill -9, power loss) marks a
stale tree that the next run may remove.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MARKER = ".fwgen-incomplete"
CLAIM_INFIX = ".fwgen-"  # hidden claim folders are named .<name>.fwgen-<random>
BACKUP_INFIX = ".fwgen-backup-"


def _process_start(pid: int) -> str | None:
    """The kernel's start time of ``pid`` (clock ticks since boot), to tell a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rpartition(")")[2].split()[19]  # field 22, counted after the command name


def _boot_id() -> str | None:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None


def _marker_record() -> dict[str, object]:
    pid = os.getpid()
    return {"pid": pid, "start": _process_start(pid), "boot": _boot_id(), "host": socket.gethostname()}


@dataclass(frozen=True)
class Holder:
    """Who wrote a marker, and whether that process can still be running."""

    pid: int
    alive: bool


def holder_of(folder: Path) -> Holder | None:
    """The run that holds ``folder`` (None when it has no readable fwgen marker)."""
    try:
        record = json.loads((folder / MARKER).read_text(encoding="utf-8"))
        pid = int(record["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if record.get("host") != socket.gethostname():
        return Holder(pid, alive=True)  # another machine's process: nothing here can prove it gone
    if record.get("boot") and record.get("boot") != _boot_id():
        return Holder(pid, alive=False)  # written before the last reboot
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return Holder(pid, alive=False)
    except PermissionError:
        pass  # exists, owned by someone else
    start = record.get("start")
    alive = start is None or _process_start(pid) in (None, start)
    return Holder(pid, alive=alive)


def remove_stale_claims(output_dir: Path, name: str) -> list[str]:
    """Remove what killed runs left for ``name`` in ``output_dir``; return one line per removal."""
    removed = []
    candidates = [output_dir / name]
    with contextlib.suppress(OSError):
        candidates += [p for p in output_dir.iterdir() if p.name.startswith(f".{name}{CLAIM_INFIX}")]
    for folder in candidates:
        holder = holder_of(folder) if folder.is_dir() and not folder.is_symlink() else None
        if holder is not None and not holder.alive:
            shutil.rmtree(folder)
            removed.append(f"removed {folder}, left unfinished by fwgen run {holder.pid}, which was killed")
    return removed


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for every thread at once)."""
    try:
        with open("/proc/self/status", encoding="utf-8") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # no /proc: the only other way to read it
    os.umask(mask)
    return mask


def new_claim(output_dir: Path, name: str) -> Path:
    """A hidden folder beside the target, already holding this run's marker."""
    folder = Path(tempfile.mkdtemp(prefix=f".{name}{CLAIM_INFIX}", dir=output_dir))
    os.chmod(folder, 0o777 & ~_umask())  # mkdtemp's 0700 is not the project's: the mode mkdir gives
    (folder / MARKER).write_text(json.dumps(_marker_record()) + "\n", encoding="utf-8")
    return folder


def take(claim: Path, target: Path) -> bool:
    """Rename ``claim`` onto ``target``; False when the target exists and is not empty."""
    try:
        os.rename(claim, target)
    except OSError as error:
        if error.errno in (errno.ENOTEMPTY, errno.EEXIST):
            return False
        raise
    return True


def release(project: Path) -> None:
    """The project is complete: drop the marker."""
    (project / MARKER).unlink()


def backup_name(target: Path) -> Path:
    """A free sibling name for the folder --force replaces: NAME.fwgen-backup-YYYYMMDD-HHMMSS[-N]."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.name}{BACKUP_INFIX}{stamp}")
    number = 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = target.with_name(f"{target.name}{BACKUP_INFIX}{stamp}-{number}")
    return candidate

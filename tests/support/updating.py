"""Driving `fwgen new` and `fwgen update` as a user would: real processes, a real git, and a HOME
with no git identity (as on CI), so fwgen's own commits must bring theirs."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "update"
USER = ["-c", "user.name=A User", "-c", "user.email=user@example.com"]


def environ(home: Path, templates: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FWGEN_", "GIT_"))}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "GIT_CONFIG_NOSYSTEM": "1"})
    env["PYTHONPATH"] = str(REPO)
    if templates is not None:
        env["FWGEN_TEMPLATES_DIR"] = str(templates)
    env.update(extra)
    return env


def fwgen(
    *args: str, cwd: Path, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=timeout, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def git(*args: str, cwd: Path, env: dict[str, str] | None = None, check: bool = True) -> str:
    done = subprocess.run(
        ["git", *USER, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def commit_all(project: Path, message: str, env: dict[str, str]) -> None:
    git("add", "--all", cwd=project, env=env)
    git("commit", "--quiet", "-m", message, cwd=project, env=env)


def repository_state(project: Path, env: dict[str, str]) -> dict[str, object]:
    """HEAD, every ref, the index file and every file of the working tree (ignored ones too):
    what an update that did not happen must leave exactly as it was."""
    git_dir = Path(git("rev-parse", "--absolute-git-dir", cwd=project, env=env).strip())
    top = Path(git("rev-parse", "--show-toplevel", cwd=project, env=env).strip())
    files = {}
    for path in sorted(top.rglob("*")):
        if ".git" in path.relative_to(top).parts or not path.is_file():
            continue
        files[str(path.relative_to(top))] = (
            path.stat().st_mode,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
    return {
        "HEAD": git("rev-parse", "HEAD", cwd=project, env=env),
        "refs": git("for-each-ref", cwd=project, env=env),
        "index": hashlib.sha256((git_dir / "index").read_bytes()).hexdigest(),
        "merge": (git_dir / "MERGE_HEAD").exists(),
        "files": files,
    }


def everything_under(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``, .git included: a dry run must not write even an object."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

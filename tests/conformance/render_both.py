"""Render one template with plain cookiecutter and with `fwgen new --template`, into the same output
folder one after the other (so `_output_dir` agrees), and compare the two trees: paths, contents,
modes and link targets. fwgen's own record (.fwgen.json) is its one addition."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RECORD = ".fwgen.json"
COOKIECUTTER = (
    "import json, sys\n"
    "from cookiecutter.main import cookiecutter\n"
    "args = json.loads(sys.argv[1])\n"
    "cookiecutter(args['template'], no_input=True, output_dir=args['out'], directory=args['directory'],"
    " extra_context=args['extra'] or None)\n"
)


@dataclass
class Outcome:
    ok: bool
    tree: dict[str, Any]
    error: str  # the last line of stderr when it failed


def tree(root: Path) -> dict[str, Any]:
    """relative path -> (kind, mode, content or link target), for everything under ``root``."""
    result: dict[str, Any] = {}
    for path in sorted(root.rglob("*")):
        relative = str(path.relative_to(root))
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_symlink():
            result[relative] = ("link", os.readlink(path))
        elif path.is_dir():
            result[relative] = ("dir", mode)
        else:
            result[relative] = ("file", mode, path.read_bytes())
    return result


def _run(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )


def render_both(
    template: Path | str,
    work: Path,
    *,
    directory: str | None = None,
    extra: dict[str, Any] | None = None,
    env: dict[str, str] | None = None,
) -> tuple[Outcome, Outcome]:
    """(cookiecutter's outcome, fwgen's) for ``template`` with the ``extra`` answers: text through
    ``--set``, mappings and lists through an answers file (``--set`` cannot carry them)."""
    env = {**os.environ, "HOME": str(work), **(env or {})}  # cookiecutter writes its replay file there
    extra = extra or {}
    flat = {key: value for key, value in extra.items() if not isinstance(value, dict | list)}
    work.mkdir(parents=True, exist_ok=True)
    answers = work / "answers.json"
    answers.write_text(json.dumps({key: value for key, value in extra.items() if key not in flat}))
    out = work / "out"
    outcomes = []
    for tool in ("cookiecutter", "fwgen"):
        out.mkdir(parents=True)
        if tool == "cookiecutter":
            args = {"template": str(template), "out": str(out), "directory": directory, "extra": extra}
            argv = [sys.executable, "-c", COOKIECUTTER, json.dumps(args)]
        else:
            argv = [sys.executable, "-m", "generator", "new", "--template", str(template), "--no-input"]
            argv += ["-o", str(out)] + (["--directory", directory] if directory else [])
            argv += [f"--set={key}={value}" for key, value in flat.items()] + ["--answers", str(answers)]
        result = _run(argv, env, work)
        error = (result.stderr.strip().splitlines() or [""])[-1]
        made = tree(out)
        if tool == "fwgen":
            made = {path: entry for path, entry in made.items() if Path(path).name != RECORD}
        outcomes.append(Outcome(result.returncode == 0, made, error))
        shutil.rmtree(out)
    return outcomes[0], outcomes[1]


def differences(ours: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """What differs between two trees, one line each (empty when identical)."""
    lines = [f"only cookiecutter made {path}" for path in sorted(set(theirs) - set(ours))]
    lines += [f"only fwgen made {path}" for path in sorted(set(ours) - set(theirs))]
    for path in sorted(set(ours) & set(theirs)):
        if ours[path] != theirs[path]:
            kind = "mode" if ours[path][:2] != theirs[path][:2] else "content"
            lines.append(f"{path}: {kind} differs")
    return lines

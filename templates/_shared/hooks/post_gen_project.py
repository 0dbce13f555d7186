"""Post-generation hook shared by every fwgen template (each template's hooks/ links here).

It runs inside the freshly generated project and does two things:

1. Options own their files by content: a file that belongs to an option wraps its whole content in
   a Jinja if block, so when the option is off it renders empty. Empty files are deleted here, then every
   folder left empty. This keeps file ownership visible in the file itself, with no list to keep in
   sync.
2. ``.env`` is written from ``.env.example`` with a fresh random secret for every variable whose
   example value is ``change-me``, so no two generated projects share a secret and none is committed
   (``.env`` is git-ignored).

Cookiecutter renders this file with Jinja before it runs; it deliberately holds no Jinja syntax and
uses no template values, so nothing a user typed can end up in its source.
"""

import os
import secrets
import signal
from pathlib import Path

PLACEHOLDER = "change-me"


def remove_empty_files_and_folders(root: Path) -> None:
    for folder, dirnames, filenames in os.walk(root, topdown=False):
        here = Path(folder)
        for name in filenames:
            path = here / name
            if not path.is_symlink() and not path.read_bytes().strip():
                path.unlink()
        if here != root and not any(here.iterdir()):
            here.rmdir()


def write_env_file(root: Path) -> None:
    example = root / ".env.example"
    target = root / ".env"
    if not example.exists() or target.exists():
        return
    lines = []
    for line in example.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith("#") and value.strip() == PLACEHOLDER:
            line = f"{key}={secrets.token_urlsafe(48)}"
        lines.append(line)
    # Created 0600 from the start: the secret is never readable by others, not even briefly.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    # Ctrl-C reaches this process too (the whole process group gets it): end quietly, since the
    # generator that started it reports the interruption and removes the half-made project.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    project = Path.cwd()
    remove_empty_files_and_folders(project)
    write_env_file(project)

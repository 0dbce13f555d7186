"""Answers -> files on disk, safely and atomically (rules 2 and 3 of the design).

The project is generated into a temporary folder beside the target and renamed into place, so a
failure or Ctrl-C at any point leaves nothing behind. An existing target is only replaced with
``force``, and even then it is moved aside first and put back if anything fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator import __version__
from generator.context import template_environment, template_import_path
from generator.errors import FwgenError
from generator.options import TemplateOptions
from generator.template_check import describe_render_error
from generator.template_paths import rendered_paths

ANSWERS_FILE = ".fwgen.json"


@contextlib.contextmanager
def _no_interrupts() -> Iterator[None]:
    """Hold Ctrl-C off while cleanup or the final renames run, so they cannot be cut in half."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals cannot reach us here anyway
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _project_root(template: TemplateOptions) -> Path:
    roots = [p for p in template.path.iterdir() if p.is_dir() and "{{" in p.name]
    if len(roots) != 1:
        raise FwgenError(f"template {template.name} must have exactly one project folder", 1)
    return roots[0]


def _check_paths(template: TemplateOptions, context: dict[str, Any], env: Any) -> str:
    """Render every path of the template and make sure all of them stay inside the project.

    Returns the rendered name of the project folder.
    """
    root = _project_root(template)
    name = env.from_string(root.name).render(cookiecutter=context)
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\x00" in name:
        raise FwgenError(f"the project folder name {name!r} is not a plain folder name")
    for rel in rendered_paths(root, context, env):  # as cookiecutter names them (_copy_without_render)
        parts = Path(rel).parts
        if Path(rel).is_absolute() or ".." in parts or "\x00" in rel:
            raise FwgenError(f"template path {rel!r} would be written outside the project", 1)
    return name


def _check_tree(project: Path) -> None:
    """No symlink in the result may point outside it."""
    real_root = project.resolve()
    for path in project.rglob("*"):
        if path.is_symlink() and not path.resolve().is_relative_to(real_root):
            raise FwgenError(f"generated file {path.name} links outside the project", 1)


def render_project(
    template: TemplateOptions,
    context: dict[str, Any],
    output_dir: Path,
    *,
    force: bool = False,
    needs: dict[str, Any] | None = None,
) -> Path:
    """Generate the project for ``context`` under ``output_dir`` and return its folder.

    ``needs`` (what a recommendation was based on) is recorded beside the answers.
    """
    from cookiecutter.exceptions import CookiecutterException
    from cookiecutter.generate import generate_files
    from jinja2 import TemplateError

    full = {
        **context,
        "_template": str(template.path),
        "_repo_dir": str(template.path),
        "_output_dir": str(output_dir.resolve()),
        "_checkout": None,
    }
    env = template_environment(template, full)
    name = _check_paths(template, full, env)
    target = output_dir / name
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise FwgenError(f"{target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise FwgenError(f"{target} already exists and is not empty; pass --force to replace it")

    created_output = not output_dir.exists()
    output_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{name}.fwgen-", dir=output_dir))
    backup = work / "previous"
    try:
        try:
            with template_import_path(template):
                built = Path(
                    generate_files(
                        repo_dir=str(template.path),
                        context={"cookiecutter": full},
                        output_dir=str(work),
                        overwrite_if_exists=False,
                    )
                )
        except (CookiecutterException, TemplateError) as exc:
            raise FwgenError(f"rendering {template.name} failed: {describe_render_error(exc)}", 1) from exc
        _check_tree(built)
        record = {
            "fwgen_version": __version__,
            "framework": template.name,
            **({"needs": needs} if needs else {}),
            "answers": template.answers_in(context),
        }
        (built / ANSWERS_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        with _no_interrupts():
            if target.exists():
                os.rename(target, backup)
            os.rename(built, target)
    except BaseException:
        with _no_interrupts():
            if backup.exists():
                if target.exists():
                    shutil.rmtree(target)
                os.rename(backup, target)
            shutil.rmtree(work, ignore_errors=True)
            if created_output:
                with contextlib.suppress(OSError):
                    output_dir.rmdir()
        raise
    # Only now is the old project (if any) dropped: the new one is already in place.
    shutil.rmtree(work, ignore_errors=True)
    return target

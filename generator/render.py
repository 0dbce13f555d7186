"""Answers -> files on disk, safely and all or nothing (rules 2, 3 and 7 of the design).

The run claims the target folder exclusively (claim.py), renders into it in place, so hooks see the
project's final path, and removes it again on any failure, Ctrl-C, SIGTERM or SIGHUP. An existing
project is only replaced with ``force``: it is renamed to a backup beside it, kept after success and
put back after a failure. Paths the user gave are data: cookiecutter renders absolute output paths
as Jinja, so it is handed an alias of the output folder whose path holds no template syntax.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generator import claim
from generator.context import template_environment, template_import_path
from generator.errors import FwgenError
from generator.options import TemplateOptions
from generator.record import Record
from generator.reserved import project_root
from generator.signals import held_off
from generator.template_check import describe_render_error
from generator.template_paths import rendered_paths


def _project_root(template: TemplateOptions) -> Path:
    root = project_root(Path(template.path))
    if root is None:
        raise FwgenError(f"template {template.name} must have exactly one project folder", 1)
    return root


def _check_paths(template: TemplateOptions, context: dict[str, Any], env: Any) -> tuple[str, list[str]]:
    """Render every path of the template and make sure all of them stay inside the project.

    Returns the rendered name of the project folder, and the rendered paths of the bytecode caches
    in the template (pip byte-compiles an installed template; those caches are not the template's).
    """
    root = _project_root(template)
    name = env.from_string(root.name).render(cookiecutter=context)
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\x00" in name:
        raise FwgenError(f"the project folder name {name!r} is not a plain folder name")
    caches = []
    for rel in rendered_paths(root, context, env):  # as cookiecutter names them (_copy_without_render)
        parts = Path(rel).parts
        if Path(rel).is_absolute() or ".." in parts or "\x00" in rel:
            raise FwgenError(f"template path {rel!r} would be written outside the project", 1)
        if Path(rel).name == "__pycache__":
            caches.append(rel)
    return name, caches


def checkpoint(name: str) -> None:
    """Fault injection for the signal tests: with FWGEN_PAUSE_AT=<name> the run stops here for
    FWGEN_PAUSE_SECONDS (default 20) after saying so on stderr, so a test can signal it there."""
    if os.environ.get("FWGEN_PAUSE_AT") == name:
        print(f"fwgen: paused at {name}", file=sys.stderr, flush=True)
        time.sleep(float(os.environ.get("FWGEN_PAUSE_SECONDS", "20")))


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and its ancestors that do not exist yet, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _absolute(output_dir: Path) -> Path:
    try:
        return Path(os.path.abspath(output_dir))
    except FileNotFoundError:
        raise FwgenError("the current folder no longer exists; cd to a folder that does") from None


def _jinja_free_alias(folder: Path, private: Path) -> Path:
    """A symlink to ``folder`` whose own path holds no Jinja syntax."""
    alias = private / "out"
    if any(mark in str(alias) for mark in ("{{", "{%", "{#")):
        raise FwgenError(f"the temporary folder {private} has '{{' in its path; set TMPDIR to another")
    alias.symlink_to(folder, target_is_directory=True)
    return alias


# cookiecutter changes process-wide state while it generates (the working folder, and below the
# temporary folder and the import path): one generation at a time per process, whatever the threads.
_GENERATING = threading.Lock()


def _generate(
    template: TemplateOptions, context: dict[str, Any], original: dict[str, Any], output_dir: Path
) -> None:
    """cookiecutter's file generation and hooks, into the claimed folder under ``output_dir``."""
    from cookiecutter import generate
    from cookiecutter.exceptions import CookiecutterException
    from cookiecutter.generate import generate_files
    from jinja2 import TemplateError

    with _GENERATING, tempfile.TemporaryDirectory(prefix="fwgen-") as private, _compiled_once(generate):
        # cookiecutter writes each rendered hook to a temporary file and never deletes it: keep
        # those in a folder of our own, removed with it.
        previous, tempfile.tempdir = tempfile.tempdir, private
        try:
            with template_import_path(template):
                generate_files(
                    repo_dir=str(template.path),
                    context={"cookiecutter": context, "_cookiecutter": original},
                    output_dir=str(_jinja_free_alias(output_dir, Path(private))),
                    overwrite_if_exists=True,  # the folder is ours: claimed empty but for the marker
                )
        except (CookiecutterException, TemplateError) as exc:
            raise FwgenError(f"rendering {template.name} failed: {describe_render_error(exc)}", 1) from exc
        finally:
            tempfile.tempdir = previous


def _bytecode_cache() -> Any:
    """Jinja's compiled templates in the user's cache folder, or None where that cannot be private.

    The cache holds code that will run, so the folder must be this user's alone (0700, owned).
    """
    from jinja2 import FileSystemBytecodeCache
    from jinja2 import __version__ as jinja_version

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "fwgen" / f"jinja-{jinja_version}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = folder.stat()
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None

    class ByAbsolutePath(FileSystemBytecodeCache):
        # cookiecutter loads each file by its path relative to the template folder, the same for
        # every template (".gitignore", "README.md"): keyed by that alone, templates evict each
        # other's entries and every switch of template compiles those files again.
        def get_cache_key(self, name: str, filename: str | None = None) -> str:
            return super().get_cache_key(name, os.path.abspath(filename) if filename else None)

    return ByAbsolutePath(str(folder))


@contextlib.contextmanager
def _compiled_once(generate: Any) -> Iterator[None]:
    """Let cookiecutter's file generation reuse compiled templates between runs.

    Jinja parses and compiles every file of a template on every run, most of a generation's time;
    with a bytecode cache (keyed by the source's checksum, so an edited template recompiles) it
    loads them instead. cookiecutter offers no way to pass one in, so its environment factory is
    wrapped for the duration of one generation (under _GENERATING, so no other thread sees it).
    """
    cache = _bytecode_cache()
    original = generate.create_env_with_context

    def with_cache(context: dict[str, Any]) -> Any:
        env = original(context)
        env.bytecode_cache = cache
        return env

    generate.create_env_with_context = with_cache
    try:
        yield
    finally:
        generate.create_env_with_context = original


def _claim(output_dir: Path, target: Path, force: bool, say: Callable[[str], None]) -> Path | None:
    """Make ``target`` this run's, empty but for the marker; returns the backup --force made.

    The caller holds signals off around this call and records its result, so no signal can fall
    between taking the backup and claiming the name, or leave either unrecorded.
    """
    folder = claim.new_claim(output_dir, target.name)
    try:
        if claim.take(folder, target):
            return None
        holder = claim.holder_of(target)
        if holder is not None and holder.alive:
            raise FwgenError(f"{target} is being created by another fwgen run (pid {holder.pid})")
        if not force:
            raise FwgenError(
                f"{target} already exists and is not empty; pass --force to replace it "
                "(the old folder is kept as a backup beside it)"
            )
        backup = claim.backup_name(target)
        os.rename(target, backup)
        say(f"Kept the existing {target} as {backup}")
        checkpoint("backed-up")
        if not claim.take(folder, target):
            os.rename(backup, target)
            raise FwgenError(f"{target} appeared while fwgen was replacing it; try again")
        return backup
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def render_project(
    template: TemplateOptions,
    context: dict[str, Any],
    output_dir: Path,
    *,
    force: bool = False,
    needs: dict[str, Any] | None = None,
    say: Callable[[str], None] = lambda line: None,
    original: dict[str, Any] | None = None,
) -> Path:
    """Generate the project for ``context`` under ``output_dir`` and return its folder (under
    ``output_dir`` as given, so relative stays relative).

    ``needs`` (what a recommendation was based on) is recorded beside the answers; ``say`` hears
    what the user should know on the way (a backup kept, a stale tree removed); ``original`` is
    cookiecutter's ``_cookiecutter`` (context.original_options), the template's own when not given.
    """
    from generator.context import original_options

    given, output_dir = output_dir, _absolute(output_dir)
    full = {  # what cookiecutter's main adds, in its order
        **context,
        "_template": template.source or str(template.path),
        "_output_dir": str(output_dir),
        "_repo_dir": str(template.path),
        "_checkout": template.checkout,
    }
    name, caches = _check_paths(template, full, template_environment(template, full))
    target = output_dir / name
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise FwgenError(f"{target} exists and is not a folder")

    created = _missing_folders(output_dir)
    backup = None
    claimed = False
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        for line in claim.remove_stale_claims(output_dir, name):
            say(line)
        with held_off():
            backup = _claim(output_dir, target, force, say)
            claimed = True
        checkpoint("claimed")
        _generate(
            template, full, original_options(template, {}) if original is None else original, output_dir
        )
        for cache in caches:
            shutil.rmtree(target / cache, ignore_errors=True)
        Record(template.name, template.answers_in(context), needs or {}, template=template.source).write(
            target
        )
        checkpoint("rendered")
        claim.release(target)
    except BaseException as error:
        with held_off():
            if claimed:
                shutil.rmtree(target, ignore_errors=True)
            if backup is not None and not target.exists():
                os.rename(backup, target)
                say(f"Put {target} back from {backup}")
            for folder in created:
                with contextlib.suppress(OSError):
                    folder.rmdir()
        if isinstance(error, OSError):
            raise FwgenError(_os_error_message(error), exit_code=1) from None
        raise
    return given / name


def _os_error_message(error: OSError) -> str:
    """One true line for a failure of the file system: a full disk, a read-only one, a path under a file."""
    where = f": {error.filename}" if error.filename else ""
    return f"cannot write the project ({error.strerror or error}){where}; nothing was left behind"

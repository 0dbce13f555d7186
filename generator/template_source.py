"""A template outside fwgen's folder, as `cookiecutter PATH_OR_URL` takes it: `fwgen new --template`.

cookiecutter's own repository code finds it (the user's abbreviations, a git or Mercurial URL
cloned with its --checkout, a zip file, a local folder, --directory inside any of them); then, as
cookiecutter's main does, a nested template (a ``templates`` key) is chosen and the template's
``pre_prompt`` hook runs on a copy of it. Clones and copies live in a temporary folder removed when
the run ends, so nothing is cached between runs and nothing ever asks to replace a stale clone.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import FwgenError


@dataclass(frozen=True)
class Fetched:
    folder: Path  # the template's folder on this machine, with its cookiecutter.json
    source: str  # what cookiecutter's `_template` holds: the template as named, or the nested one
    checkout: str | None


def user_config() -> dict[str, Any]:
    """The user's cookiecutter config (``COOKIECUTTER_CONFIG`` or ``~/.cookiecutterrc``), through
    cookiecutter's own loader; its defaults when there is none."""
    from cookiecutter.config import get_user_config
    from cookiecutter.exceptions import CookiecutterException

    try:
        return get_user_config()
    except CookiecutterException as error:  # a missing or broken config file
        raise FwgenError(f"your cookiecutter config: {_first_line(error)}") from None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _choose_nested(folder: Path, ask: Callable[[str, list[str]], str] | None) -> Path | None:
    """cookiecutter's choose_nested_template: the sub-template a ``templates`` (or old-style
    ``template``) key points at, the first one without input; None for an ordinary template."""
    try:
        raw = json.loads((folder / "cookiecutter.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # loading the template reports it, in one line
    if not isinstance(raw, dict):
        return None
    if isinstance(raw.get("templates"), dict) and raw["templates"]:
        options = raw["templates"]
        keys = list(options)
        key = ask("templates", keys) if ask else keys[0]
        relative = options[key].get("path") if isinstance(options[key], dict) else None
    elif isinstance(raw.get("template"), list) and raw["template"]:
        labels = [str(item) for item in raw["template"]]
        found = re.search(r"\((.+)\)", ask("template", labels) if ask else labels[0])
        relative = found.group(1) if found else None
    else:
        return None
    if not relative or Path(relative).is_absolute():
        raise FwgenError(f"{folder / 'cookiecutter.json'}: illegal nested template path {relative!r}", 1)
    chosen = (folder.resolve() / relative).resolve()
    if not (chosen / "cookiecutter.json").is_file():
        raise FwgenError(
            f"{folder / 'cookiecutter.json'}: nested template {relative!r} has no cookiecutter.json", 1
        )
    return chosen


def _is_git_repository(folder: Path) -> bool:
    return (folder / ".git").exists() or ((folder / "HEAD").is_file() and (folder / "objects").is_dir())


def _git_url_for(spec: str) -> str:
    """Where cookiecutter would give up on a local git repository, clone it instead: a ``file://``
    URL without "git" in it (cookiecutter cannot tell its kind) and the path of a bare repository
    (no cookiecutter.json to find in it). Everything else is cookiecutter's to judge."""
    if spec.startswith("file://") and "git" not in spec and _is_git_repository(Path(spec[len("file://") :])):
        return f"git+{spec}"
    folder = Path(spec).expanduser()
    if (
        "://" not in spec
        and folder.is_dir()
        and not (folder / ".git").exists()
        and _is_git_repository(folder)
    ):
        return f"git+file://{folder.resolve()}"
    return spec


@contextlib.contextmanager
def _quiet_git() -> Iterator[None]:
    """git never asks for a password (there may be no terminal: it would wait for ever), and
    cookiecutter's log of a failed clone stays out of the one-line error."""
    logger = logging.getLogger("cookiecutter")
    handler = logging.NullHandler()
    previous = os.environ.get("GIT_TERMINAL_PROMPT")
    os.environ["GIT_TERMINAL_PROMPT"] = "0"
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        if previous is None:
            os.environ.pop("GIT_TERMINAL_PROMPT", None)
        else:
            os.environ["GIT_TERMINAL_PROMPT"] = previous


@contextlib.contextmanager
def fetched_template(
    spec: str,
    *,
    directory: str | None = None,
    checkout: str | None = None,
    abbreviations: dict[str, str] | None = None,
    ask: Callable[[str, list[str]], str] | None = None,
) -> Iterator[Fetched]:
    """The template ``spec`` names, ready to load, for the duration of the ``with`` block.

    ``ask(key, choices)`` picks a nested template interactively; without it the first is taken,
    as cookiecutter does with --no-input.
    """
    from cookiecutter.exceptions import CookiecutterException, UnknownRepoType
    from cookiecutter.hooks import run_pre_prompt_hook
    from cookiecutter.repository import determine_repo_dir

    if checkout is not None and checkout.startswith("-"):
        raise FwgenError(f"--checkout {checkout!r} is not a branch, tag or commit")  # never a git flag
    with tempfile.TemporaryDirectory(prefix="fwgen-template-") as scratch, _quiet_git():
        try:
            found, _ = determine_repo_dir(
                template=_git_url_for(spec),
                abbreviations=abbreviations or {},
                clone_to_dir=scratch,  # a clone of our own, removed with the folder
                checkout=checkout,
                no_input=True,  # never a question about an existing clone or a zip password
                directory=directory,
            )
        except UnknownRepoType:
            raise FwgenError(
                f"template {spec}: not a repository URL cookiecutter knows (a git repository is "
                "git+https://host/repo, https://host/repo.git or git+file:///path)"
            ) from None
        except subprocess.CalledProcessError as error:
            output = error.output.decode("utf-8", "replace").splitlines() if error.output else []
            fatal = [line for line in output if line.startswith(("fatal:", "error:"))] or output
            raise FwgenError(f"template {spec}: {fatal[0].strip() if fatal else error}") from None
        except (CookiecutterException, OSError, ValueError) as error:
            raise FwgenError(f"template {spec}: {_first_line(error)}") from None
        folder, source = Path(found), spec
        while (nested := _choose_nested(folder, ask)) is not None:
            folder, source = nested, str(nested)  # cookiecutter restarts with the nested path as template
        copies: list[Path] = []
        try:
            try:
                prepared = Path(run_pre_prompt_hook(folder))
            except CookiecutterException as error:
                raise FwgenError(f"template {spec}: {_first_line(error)}", 1) from None
            if prepared != folder:
                copies.append(prepared.parent)  # cookiecutter's temporary copy of the template
            yield Fetched(prepared, source, checkout)
        finally:
            for copy in copies:
                shutil.rmtree(copy, ignore_errors=True)

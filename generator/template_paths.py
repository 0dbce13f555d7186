"""The paths a template's project folder will be written to, rendered the way cookiecutter does.

cookiecutter renders every file and folder name, except inside the folders that
``_copy_without_render`` names: those are copied as they are, names and all (they often hold
another engine's templates, whose names may look like Jinja).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.errors import FwgenError


def copied_as_is(relative: str, context: dict[str, Any]) -> bool:
    """cookiecutter's is_copy_only_path: the unrendered path matches a _copy_without_render pattern."""
    return any(fnmatch.fnmatch(relative, pattern) for pattern in context.get("_copy_without_render", ()))


def rendered_paths(root: Path, context: dict[str, Any], env: Any) -> Iterator[str]:
    """Every path under ``root`` (the template's project folder), relative, as it will be written."""

    def render(relative: str) -> str:
        if not any(mark in relative for mark in ("{{", "{%", "{#")):
            return relative  # most paths are plain: no Jinja needed
        try:
            return env.from_string(relative).render(cookiecutter=context)
        except Exception as exc:  # a name that does not render is the template's bug
            from generator.template_check import describe_render_error

            message = f"{root / relative}: the name does not render: {describe_render_error(exc)}"
            raise FwgenError(message, exit_code=1) from None

    for folder, dirnames, filenames in os.walk(root):
        here = Path(folder).relative_to(root)
        copied = [d for d in dirnames if copied_as_is(os.path.normpath(here / d), context)]
        for name in copied:
            rendered = render(os.path.normpath(here / name))
            yield rendered
            for inner in (Path(folder) / name).rglob("*"):
                yield f"{rendered}/{inner.relative_to(Path(folder) / name)}"
        dirnames[:] = [d for d in dirnames if d not in copied]
        for name in dirnames + filenames:
            yield render(os.path.normpath(here / name))

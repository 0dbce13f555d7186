"""Answers from files and --set flags, and the command line that reproduces a run."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

from generator.errors import FwgenError


def parse_sets(pairs: tuple[str, ...]) -> dict[str, str]:
    """``("database=sqlite", ...)`` -> ``{"database": "sqlite"}``; a malformed pair is an error."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise FwgenError(f"--set takes KEY=VALUE, not {pair!r}")
        values[key.strip()] = value
    return values


NEEDS_KEYS = ("kind", "needs", "hard", "experience", "async_experience", "size")


def load_answers_file(path: Path) -> tuple[str | None, dict[str, Any], dict[str, Any]]:
    """Read a JSON or YAML answers file: ``.fwgen.json``'s shape or a flat mapping.

    ``.fwgen.json`` holds ``framework``, ``needs`` (what the recommendation was based on) and
    ``answers`` (the template's options). A flat file mixes them: ``framework``, the needs keys
    (kind, needs, hard, experience, async_experience, size) and option keys.
    Returns (framework or None, option answers, needs).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise FwgenError(f"cannot read answers file {path}: {error.strerror}") from None
    try:
        if path.suffix in {".yaml", ".yml"}:
            import yaml

            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    except Exception as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise FwgenError(f"answers file {path} does not parse: {detail}") from None
    if not isinstance(data, dict):
        raise FwgenError(f"answers file {path} must hold a mapping of option names to values")
    framework = data.get("framework")
    if "answers" in data:
        answers, needs = data["answers"], data.get("needs") or {}
    else:
        answers = {k: v for k, v in data.items() if k not in {"framework", "fwgen_version", *NEEDS_KEYS}}
        needs = {k: v for k, v in data.items() if k in NEEDS_KEYS}
    if (
        not isinstance(answers, dict)
        or not isinstance(needs, dict)
        or (framework is not None and not isinstance(framework, str))
    ):
        raise FwgenError(f"answers file {path} has an unexpected shape")
    return framework, answers, needs


def command_line(framework: str, answers: dict[str, Any], defaults: dict[str, Any]) -> str:
    """The non-interactive ``fwgen new`` command that reproduces these answers."""
    words = ["fwgen", "new", str(answers.get("project_name", "")), "--framework", framework]
    for key, value in answers.items():
        if key == "project_name" or value == defaults.get(key) or isinstance(value, dict):
            continue  # a mapping cannot be given with --set: the project's .fwgen.json carries it
        if isinstance(value, bool):
            value = "yes" if value else "no"
        words += ["--set", f"{key}={value}"]
    words.append("--no-input")
    return shlex.join(words)

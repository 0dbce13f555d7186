"""Answers from files and --set flags, and the command line that reproduces a run."""

from __future__ import annotations

import json
import os
import shlex
import stat
from pathlib import Path
from typing import Any

from generator.errors import FwgenError
from generator.needs import NEEDS_FIELDS


def parse_sets(pairs: tuple[str, ...]) -> dict[str, str]:
    """``("database=sqlite", ...)`` -> ``{"database": "sqlite"}``; a malformed pair is an error."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise FwgenError(f"--set takes KEY=VALUE, not {pair!r}")
        values[key.strip().lower()] = value  # option keys are lower case: Database=x means database
    return values


# Answers files are a few hundred bytes; the bounds keep a hostile file from eating time or memory.
MAX_ANSWERS_BYTES = 1_000_000
MAX_YAML_ALIASES = 50


def _read_answers_text(path: Path) -> str:
    """The file's text: a regular file (not a FIFO or /dev/zero, which would never end), at most
    MAX_ANSWERS_BYTES, in UTF-8."""
    try:
        with path.open("rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise FwgenError(f"answers file {path} is not a regular file")
            data = handle.read(MAX_ANSWERS_BYTES + 1)
    except OSError as error:
        raise FwgenError(f"cannot read answers file {path}: {error.strerror}") from None
    if len(data) > MAX_ANSWERS_BYTES:
        raise FwgenError(f"answers file {path} is larger than {MAX_ANSWERS_BYTES:,} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FwgenError(f"answers file {path} is not UTF-8 text (byte {error.start})") from None


def _load_yaml(text: str) -> Any:
    """YAML through the safe loader, after counting aliases: a few bytes of nested aliases (a
    "billion laughs") would otherwise expand into gigabytes."""
    import yaml

    aliases = sum(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=yaml.SafeLoader))
    if aliases > MAX_YAML_ALIASES:
        raise FwgenError(f"has {aliases} YAML aliases; at most {MAX_YAML_ALIASES} are accepted")
    return yaml.safe_load(text)


def load_answers_file(path: Path) -> tuple[str | None, dict[str, Any], dict[str, Any]]:
    """Read a JSON or YAML answers file: ``.fwgen.json``'s shape or a flat mapping.

    ``.fwgen.json`` holds ``framework``, ``needs`` (what the recommendation was based on) and
    ``answers`` (the template's options). A flat file mixes them: ``framework``, the needs keys
    (kind, needs, hard, experience, async_experience, size) and option keys.
    Returns (framework or None, option answers, needs).
    """
    text = _read_answers_text(path)
    try:
        data = _load_yaml(text) if path.suffix in {".yaml", ".yml"} else json.loads(text)
    except FwgenError as error:
        raise FwgenError(f"answers file {path}: {error}") from None
    except Exception as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise FwgenError(f"answers file {path} does not parse: {detail}") from None
    if not isinstance(data, dict):
        raise FwgenError(f"answers file {path} must hold a mapping of option names to values")
    framework = data.get("framework")
    if "answers" in data:
        answers, needs = data["answers"], data.get("needs") or {}
    else:
        answers = {k: v for k, v in data.items() if k not in {"framework", "fwgen_version", *NEEDS_FIELDS}}
        needs = {k: v for k, v in data.items() if k in NEEDS_FIELDS}
    if (
        not isinstance(answers, dict)
        or not isinstance(needs, dict)
        or (framework is not None and not isinstance(framework, str))
    ):
        raise FwgenError(f"answers file {path} has an unexpected shape")
    return framework, answers, needs


def needs_flags(needs: dict[str, Any]) -> list[str]:
    """The ``--kind/--needs/...`` flags that state ``needs`` (a ``Needs.to_dict()``), leaving out
    the fields that hold their default. No flags means the needs say nothing worth recording."""
    from generator.needs import DEFAULT_EXPERIENCE, DEFAULT_SIZE

    words: list[str] = []
    if needs.get("kind"):
        words += ["--kind", needs["kind"]]
    for field in ("needs", "hard"):
        if needs.get(field):
            words += [f"--{field}", ",".join(needs[field])]
    if needs.get("experience", DEFAULT_EXPERIENCE) != DEFAULT_EXPERIENCE:
        words += ["--experience", needs["experience"]]
    if needs.get("async_experience"):
        words += ["--async-experience", "yes"]
    if needs.get("size", DEFAULT_SIZE) != DEFAULT_SIZE:
        words += ["--size", needs["size"]]
    return words


def command_line(
    framework: str, answers: dict[str, Any], defaults: dict[str, Any], needs: dict[str, Any] | None = None
) -> str:
    """The non-interactive ``fwgen new`` command that reproduces these answers (and the needs they
    were based on, when given), quoted for a POSIX shell (a name that starts with "-" comes after
    ``--``, so it is not read as an option)."""
    name = str(answers.get("project_name", ""))
    words = ["fwgen", "new"] + ([] if name.startswith("-") else [name]) + ["--framework", framework]
    for key, value in answers.items():
        if key == "project_name" or value == defaults.get(key) or isinstance(value, dict):
            continue  # a mapping cannot be given with --set: the project's .fwgen.json carries it
        if isinstance(value, bool):
            value = "yes" if value else "no"
        words += ["--set", f"{key}={value}"]
    words += needs_flags(needs or {})
    words.append("--no-input")
    if name.startswith("-"):
        words += ["--", name]
    return shlex.join(words)


def shell_path(path: Path) -> str:
    """``path`` quoted for a POSIX shell; a relative path starting with "-" gets a "./" first."""
    text = str(path)
    return shlex.quote(f"./{text}" if text.startswith("-") else text)


def template_command_line(spec: str, directory: str | None, checkout: str | None, project: Path) -> str:
    """The ``fwgen new --template`` command that makes the project again from its recorded answers."""
    words = ["fwgen", "new", "--template", spec]
    words += ["--directory", directory] if directory else []
    words += ["--checkout", checkout] if checkout else []
    return f"{shlex.join(words)} --answers {shell_path(project / '.fwgen.json')} --no-input -o OTHER_FOLDER"

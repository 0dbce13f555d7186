"""The summary before anything is written: every answer under the label it was asked with, its value
in words (the catalog's and the template's labels, not raw keys), and the folder that will be made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# The needs questions, as the summary and "Change an answer" name them.
STEP_LABELS = {
    "kind": "Building",
    "needs": "Needs",
    "hard": "Must-haves",
    "experience": "Python experience",
    "async_experience": "Async experience",
    "size": "Expected size",
}


def need_value(step: str, value: Any) -> str:
    """A needs answer in words: 'A JSON API', 'Admin panel, ORM and migrations', 'yes'."""
    from generator.catalog import load_catalog

    catalog = load_catalog()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if step in ("needs", "hard"):
        labels = [catalog.trait(key).label for key in catalog.trait_keys if key in set(value or ())]
        return ", ".join(labels) or "(none)"
    if value is None:
        return "(not said)"
    lookup = {"kind": catalog.kind, "experience": catalog.experience_level, "size": catalog.size}[step]
    try:
        return lookup(value).label
    except KeyError:
        return str(value)


def option_value(template: Any, key: str, value: Any) -> str:
    option = template.get(key)
    if option.kind == "boolean" or isinstance(value, bool):
        return "yes" if value else "no"
    return str(option.choice_labels.get(value, value))


def summary_lines(conv: Any, template: Any, folder: Path | None, replaces: bool) -> list[str]:
    from generator.catalog import load_catalog
    from generator.console import shown

    rows: list[tuple[str, str]] = [("Project name", conv.project_name)]
    rows += [
        (label, need_value(step, conv.needs[step]))
        for step, label in STEP_LABELS.items()
        if step in conv.needs
    ]
    try:
        framework = load_catalog().framework(conv.framework).name
    except KeyError:
        framework = conv.framework
    rows.append(("Framework", framework))
    for option in template.options:
        if option.key != "project_name" and option.kind != "mapping" and option.key in conv.answers:
            rows.append((option.prompt, option_value(template, option.key, conv.answers[option.key])))
    if folder is not None:
        where = str(folder.resolve())
        rows.append(
            ("Creates", where + (" (replaces it; the old one is kept as a backup)" if replaces else ""))
        )
    width = min(28, max(len(label) for label, _ in rows))
    return [f"  {shown(label)[:width]:<{width}}  {shown(value)}" for label, value in rows]

"""What `fwgen update` tells the user: the file-level summary, and how to finish after conflicts."""

from __future__ import annotations

import shlex

from generator.update import Update

WORDS = {"A": "added", "M": "changed", "D": "removed", "T": "changed"}


def summary_lines(update: Update, *, dry_run: bool) -> list[str]:
    """One line per file the update adds, changes or removes, keeps or leaves deleted, or conflicts on."""
    merged = update.merged
    answers = ", ".join(f"{k} {old} -> {new}" for k, (old, new) in update.answers_changed.items())
    lines = [f"{'Would update' if dry_run else 'Updating'} {update.project} ({update.framework})"
             + (f": {answers}" if answers else "")]  # fmt: skip
    conflicted = set(merged.conflicts)
    for status, path in merged.changes:
        if path not in conflicted:
            lines.append(f"  {WORDS.get(status, status):<9} {update.shown(path)}")
    for path in merged.kept:
        lines.append(
            f"  {'kept':<9} {update.shown(path)} (the template no longer makes it, but you changed it)"
        )
    for path in merged.stay_deleted:
        lines.append(
            f"  {'deleted':<9} {update.shown(path)} stays deleted (you deleted it; the template changed it)"
        )
    for path in sorted(conflicted):
        lines.append(f"  {'would conflict' if dry_run else 'conflict':<9} {update.shown(path)}")
    if len(lines) == 1:
        lines.append("  nothing to change: the project already has what the template makes now")
    return lines


def finish_lines(update: Update, *, committed: bool) -> list[str]:
    """After the update: the commit, or the commands that finish or give it up."""
    if update.unchanged:
        return ["No file changed; the pristine tree of the template moved forward."]
    if committed and update.commit:
        return [f"Committed {update.commit[:12]}; `git show --stat` lists it."]
    go = f"cd {shlex.quote(str(update.project))} && " if str(update.project) != "." else ""
    if update.conflicted:
        lines = [
            f"{len(update.conflicted)} file(s) have conflicts, marked <<<<<<< yours / >>>>>>> template:",
            *(f"  {path}" for path in update.finish),
            "To finish: edit them, then",
            f"  {go}git add {shlex.join(update.finish)} && git commit --no-edit",
        ]
    else:
        lines = ["The update is staged, not committed. To finish:", f"  {go}git commit --no-edit"]
    return [*lines, "To give the update up:", f"  {go}git merge --abort"]

"""The decision point of the interactive flow: the one-screen recommendation, then the picker.

The picker offers the pick and the next two frameworks fwgen generates, each with its fit and a
one-line reason, and an entry that shows every framework with every reason and then offers all the
template-backed ones. A framework fwgen does not generate is never among the first three.
"""

from __future__ import annotations

import sys
from typing import Any

from generator.console import echo

ALL = "__all__"  # the picker value of "show every framework"
SHORTLIST = 3


def show_decision(ranking: Any) -> None:
    from generator.decision import decision_lines, render, use_color

    more = f"choose \u201call {len(ranking.entries)} frameworks\u201d below to see them"
    echo("")
    echo(render(decision_lines(ranking, more=more), color=use_color(sys.stdout)))


def _title(name: str, score: float, reason: str) -> str:
    from generator.decision import screen_width

    title = f"{name:<10} {score:3.0f}  {reason}"
    room = screen_width() - 6  # the pointer and its margin
    return title if len(title) <= room else title[: room - 1] + "\u2026"


def shortlist_choices(ranking: Any, current: str | None) -> list[Any]:
    """The pick, the next two generatable frameworks (and the current choice, if it is not among
    them), then "all frameworks"."""
    import questionary

    from generator.catalog import load_catalog
    from generator.decision import generatable, pick_reason, why_not_first

    catalog = load_catalog()
    # With no pick (no template meets every must-have) the closest template-backed ones stand in.
    shown = (
        generatable(ranking)[:SHORTLIST] or [e for e in ranking.entries if e.status == "template"][:SHORTLIST]
    )
    if current is not None and current not in {e.key for e in shown}:
        shown += [e for e in ranking.entries if e.key == current and e.status == "template"]
    choices = []
    for entry in shown:
        if entry.key == ranking.pick:
            reason = pick_reason(ranking, catalog)
        elif entry.excluded:
            reason = "misses a must-have"
        else:
            reason = why_not_first(ranking, entry)
        choices.append(questionary.Choice(_title(entry.name, entry.score, reason), entry.key))
    choices.append(questionary.Choice(f"All {len(ranking.entries)} frameworks, with every reason\u2026", ALL))
    return choices


def every_choice(ranking: Any) -> list[Any]:
    """Every framework in rank order; those fwgen does not generate are shown but cannot be picked."""
    import questionary

    choices = []
    for entry in ranking.entries:
        if entry.status != "template":
            how = "does not install" if not entry.installs else "not generated"
            choices.append(
                questionary.Choice(
                    _title(entry.name, entry.score, ""),
                    entry.key,
                    disabled=f"{how}; fwgen offers {entry.alternative}",
                )
            )
            continue
        reason = "recommended" if entry.key == ranking.pick else ""
        if entry.excluded:
            reason = "misses: " + "; ".join(entry.exclusions)
        choices.append(questionary.Choice(_title(entry.name, entry.score, reason), entry.key))
    return choices


def ask_framework(ranking: Any, current: str | None) -> str:
    """Show the decision and ask; the cursor starts on ``current`` (if fwgen generates it) or the pick."""
    import questionary

    from generator.ranking_text import format_ranking

    show_decision(ranking)
    templates = {e.key for e in ranking.entries if e.status == "template"}
    default = current if current in templates else ranking.pick
    choice = questionary.select(
        "Which framework?", choices=shortlist_choices(ranking, current), default=default
    ).unsafe_ask()
    if choice != ALL:
        return choice
    echo("")
    for line in format_ranking(ranking, detail=len(ranking.entries)):
        echo(line)
    echo("")
    return questionary.select("Which framework?", choices=every_choice(ranking), default=default).unsafe_ask()

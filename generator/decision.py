"""The decision on one screen: the pick and why (each need the user gave: met, partly, missed), the
next two frameworks fwgen generates with why they are not first, what else fits but is not
generated, and one line for the rest. It fits 80x24 together with the framework picker.

    lines = decision_lines(ranking)                    # rich Text lines (rich is imported here)
    echo(render(lines, color=use_color(sys.stdout)))   # plain text when colour is off

`fwgen new` shows it before "Which framework?"; `fwgen recommend` prints it (--all: the full list
from ranking_text). rich comes with cookiecutter; this module imports it, so import this one lazily.
"""

from __future__ import annotations

import io
import os
import shutil
from typing import IO, Any

from rich.console import Console
from rich.text import Text

from generator import fit
from generator.catalog import Catalog, load_catalog
from generator.ranking import Entry, Ranking, shortfalls

MARKS = {"met": ("+", "green"), "partly": ("~", "yellow"), "missed": ("-", "red")}
ALTERNATIVES = 2  # generatable frameworks shown after the pick
MAX_NEED_ROWS = 6  # beyond this, the met needs share one row


def use_color(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def screen_width() -> int:
    return max(40, shutil.get_terminal_size((80, 24)).columns)


def render(lines: list[Text], color: bool, width: int | None = None) -> str:
    """The lines as text for the terminal (ANSI styles when ``color``). A Text marked no_wrap stays
    one row, cut with an ellipsis; the others wrap."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or screen_width(),
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
    for line in lines:
        console.print(line, no_wrap=line.no_wrap, overflow=line.overflow, crop=True)
    return buffer.getvalue().rstrip("\n")


def generatable(ranking: Ranking) -> list[Entry]:
    """The frameworks the user can pick, best first: a template and every hard need met."""
    return [e for e in ranking.entries if e.eligible]


def why_not_first(ranking: Ranking, entry: Entry) -> str:
    """'Admin panel 2/3, Community and docs 1/3': where it falls behind the pick, costliest first."""
    behind = shortfalls(ranking, entry.key)[:2]
    if not behind:
        return "fits as well; a matter of taste"
    return "behind on " + ", ".join(f"{c.label} {c.score}/3" for c in behind)


def pick_reason(ranking: Ranking, catalog: Catalog) -> str:
    """The picker's one line for the recommendation."""
    pick = ranking.entry(ranking.pick or "")
    given = fit.verdicts(pick, ranking.needs, catalog)
    if not given:
        return "recommended"
    met = sum(c.verdict == "met" for c in given)
    return f"recommended: meets {met} of your {len(given)} needs fully"


def _row(*parts: Any) -> Text:
    text = Text.assemble(*parts)
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


def _headline(ranking: Ranking) -> Text:
    pick = ranking.entry(ranking.pick or "")
    if ranking.runner_up is not None:
        runner_up = ranking.entry(ranking.runner_up).name
        margin = ranking.margin or 0.0
        lead = f", tied with {runner_up}" if margin < 0.05 else f", {margin:.1f} points ahead of {runner_up}"
    else:
        lead = ""
    colour = {"high": "green", "medium": "yellow"}.get(ranking.confidence, "red")
    return _row(
        ("Recommended: ", "bold"),
        (pick.name, "bold cyan"),
        f"  fit {pick.score:.0f}/100, confidence ",
        (ranking.confidence, colour),
        lead,
    )


def _need_rows(ranking: Ranking, catalog: Catalog) -> list[Text]:
    pick = ranking.entry(ranking.pick or "")
    given = fit.verdicts(pick, ranking.needs, catalog)
    if not given:  # no needs ticked: say what counted most, for the kind of project
        heaviest = list(pick.criteria[:3])
        rows = [_row(("What weighed most (you ticked no needs):", "bold"))]
    else:
        heaviest = given
        rows = [_row(("Your needs:", "bold"))]
    if len(heaviest) > MAX_NEED_ROWS:
        met = [c for c in heaviest if c.verdict == "met"]
        heaviest = [c for c in heaviest if c.verdict != "met"]
        rows.append(_row(("  + ", "green"), "meets " + ", ".join(c.label for c in met)))
    width = max((len(c.label) for c in heaviest), default=0)
    for c in heaviest[:MAX_NEED_ROWS]:
        mark, colour = MARKS[c.verdict]
        must = " (must)" if c.hard else ""
        label = f"{c.label}{must}"
        rows.append(_row((f"  {mark} ", colour), (f"{label:<{width}}", colour), f"  {c.note}"))
    return rows


RECOMMEND_MORE = "fwgen recommend --all lists them with every reason"


def decision_lines(
    ranking: Ranking, catalog: Catalog | None = None, more: str = RECOMMEND_MORE
) -> list[Text]:
    """The one-screen decision (at most about 17 rows at 80 columns); ``more`` says where the rest are."""
    catalog = catalog or load_catalog()
    if ranking.pick is None:
        return [_row(("No recommendation.", "bold red")), *(Text(note) for note in ranking.notes)]
    lines = [_headline(ranking), *_need_rows(ranking, catalog)]
    # Conflicts and unmet needs, each named in one sentence (these may wrap).
    pick = ranking.entry(ranking.pick)
    sentences = [fit.conflict_sentence(ranking.entries, pair, catalog) for pair in ranking.conflicts[:1]]
    sentences.append(fit.unmet_sentence(ranking.entries, pick, ranking.needs, catalog) or "")
    if ranking.needs.is_empty:  # rank() explains first that only general qualities ranked them
        sentences.append(ranking.notes[0])
    lines.extend(Text(sentence, style="yellow") for sentence in sentences if sentence)

    choices = generatable(ranking)
    alternatives = choices[1 : 1 + ALTERNATIVES]
    if alternatives:
        lines.append(_row(("Next best:", "bold")))
        width = max(len(e.name) for e in alternatives)
        for e in alternatives:
            lines.append(_row(f"  {e.name:<{width}} {e.score:3.0f}  ", (why_not_first(ranking, e), "dim")))
    floor = alternatives[-1].score if alternatives else pick.score
    others = [e for e in ranking.entries if e.status != "template" and e.score >= floor and not e.excluded]
    for e in others[:2]:
        lines.append(
            _row(
                ("Also fits: ", "dim"),
                f"{e.name} {e.score:.0f}, not generated ({short_reason(e)}); "
                f"fwgen offers {_name(ranking, e.alternative)}",
            )
        )
    rest = len(ranking.entries) - 1 - len(alternatives) - len(others[:2])
    if rest > 0:
        lines.append(_row((f"{rest} more: {more}", "dim")))
    return lines


def short_reason(entry: Entry) -> str:
    """Why fwgen does not generate it, in a few words: the reason's first clause."""
    if not entry.installs:
        return "does not install"
    first = entry.status_reason
    for stop in (":", ";", ". "):
        first = first.split(stop)[0]
    return first[:1].lower() + first[1:]


def _name(ranking: Ranking, key: str | None) -> str:
    try:
        return ranking.entry(key or "").name
    except KeyError:
        return key or "?"

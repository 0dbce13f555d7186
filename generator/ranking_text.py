"""A ranking as plain text lines for the terminal: the verdict, then every framework with its reasons."""

from __future__ import annotations

from collections.abc import Mapping

from generator.catalog import Catalog, load_catalog
from generator.ranking import Entry, Ranking, shortfalls

_MARK = {"met": "+", "partly": "~", "missed": "-"}


def format_ranking(ranking: Ranking, detail: int = 3, catalog: Catalog | None = None) -> list[str]:
    """Plain text lines: the verdict, then every framework, the first `detail` ones with every criterion.

    Markers: + met, ~ partly, - missed, ! hard requirement, x excluded.
    """
    catalog = catalog or load_catalog()
    names = {fw.key: fw.name for fw in catalog.frameworks}
    lines: list[str] = []
    if ranking.pick is not None:
        pick = ranking.entry(ranking.pick)
        head = f"Recommended: {pick.name} (fit {pick.score:.0f}/100, confidence {ranking.confidence}"
        if ranking.runner_up is not None:
            head += (
                f": {ranking.margin:.1f} points ahead of {names.get(ranking.runner_up, ranking.runner_up)}"
            )
        lines.append(head + ")")
    else:
        lines.append("No recommendation.")
    lines.extend(ranking.notes)
    heaviest = ranking.entries[0].criteria  # every entry has the same criteria, heaviest first
    lines.append("Weighed (each weight and where it comes from):")
    for c in heaviest:
        sources = ", ".join(source.replace(" (+", " +").rstrip(")") for source in c.sources)
        lines.append(f"  {c.label} {c.weight} = {sources}")
    lines.append("")

    width = max(len(e.name) for e in ranking.entries)
    for position, e in enumerate(ranking.entries, start=1):
        if e.excluded:
            lines.append(f" x  {e.name:<{width}}  {e.score:3.0f}  excluded")
            lines.extend(f"       {reason}" for reason in e.exclusions)
        else:
            lines.append(f"{position:2}. {e.name:<{width}}  {e.score:3.0f}  {_status_text(e, names)}")
            if e.status == "not-generated":
                lines.append(f"       {e.status_reason}")
            if position > detail and ranking.pick is not None and e.key != ranking.pick:
                behind = shortfalls(ranking, e.key)[:3]
                if behind:
                    gaps = ", ".join(f"{c.label} {c.score}/3" for c in behind)
                    lines.append(f"       behind {names.get(ranking.pick, ranking.pick)} on: {gaps}")
        if position <= detail and not e.excluded:
            for c in e.criteria:
                hard = "!" if c.hard else " "
                text = f"     {_MARK[c.verdict]}{hard}{c.label}: {c.note}"
                if c.adjustment:
                    text += f" ({c.adjustment})"
                lines.append(text)
    lines.append("")
    lines.append(
        f"Framework facts checked {ranking.checked}. Fit is 0-100; + met, ~ partly, - missed, ! hard."
    )
    return lines


def _status_text(entry: Entry, names: Mapping[str, str]) -> str:
    if entry.status == "template":
        return f"{entry.category}, template ready"
    offered = names.get(entry.alternative or "", entry.alternative)
    if entry.status == "planned":
        return f"{entry.category}, template planned; use {offered} meanwhile"
    return f"{entry.category}, not generated; fwgen offers {offered}"

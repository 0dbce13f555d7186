"""How well the pick meets what the user asked for, and which of their needs pull against each other.

    verdicts(entry, needs)           # the entry's criteria for the needs the user gave, in catalog order
    unmet_sentence(entries, pick, needs, catalog)  # "Django does not meet your need ...; Flask does ..."
    conflicts(entries, needs)        # [("admin", "single_file")]: no generatable framework does both
    conflict_sentence(...)           # the first conflict, named in one sentence

Pure functions over ranking entries (generator/ranking.py builds them); standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.catalog import Catalog
    from generator.needs import Needs
    from generator.ranking import Criterion, Entry

# A framework "does" a need for the conflict test when it scores at least this (out of 3): a need
# that every candidate does at least partly is no conflict, only a trade-off of degree.
AT_LEAST_PARTLY = 2


def verdicts(entry: Entry, needs: Needs, catalog: Catalog) -> list[Criterion]:
    """The entry's criterion for every need the user gave, in the catalog's trait order."""
    return [entry.criterion(key) for key in catalog.trait_keys if key in needs.needs]


def unmet(entry: Entry, needs: Needs, catalog: Catalog) -> list[Criterion]:
    """The needs the entry misses (scores 0)."""
    return [c for c in verdicts(entry, needs, catalog) if c.verdict == "missed"]


def unmet_sentence(entries: Sequence[Entry], pick: Entry, needs: Needs, catalog: Catalog) -> str | None:
    """One sentence naming every need the pick does not meet, and the best framework fwgen generates
    that does meet it (the trade-off the user can make); None when it meets them all."""
    missed = unmet(pick, needs, catalog)
    if not missed:
        return None
    if len(missed) > 1:
        labels = ", ".join(c.label for c in missed[:-1]) + f" and {missed[-1].label}"
        return f"{pick.name} does not meet your needs {labels}; see the others with their reasons below."
    need = missed[0]
    meets = next((e for e in _generatable(entries) if e.criterion(need.trait).score == 3), None)
    instead = f"; {meets.name} does, but fits less well overall ({meets.score:.0f})" if meets else ""
    return f"{pick.name} does not meet your need {need.label}{instead}."


def _generatable(entries: Iterable[Entry]) -> list[Entry]:
    return [e for e in entries if e.status == "template"]


def conflicts(entries: Sequence[Entry], needs: Needs, catalog: Catalog) -> list[tuple[str, str]]:
    """Pairs of the user's needs that no framework fwgen generates does together (each at least
    partly), though each alone is fully met by one: the needs contradict each other, so every pick
    gives one of them up."""
    candidates = _generatable(entries)
    ordered = [key for key in catalog.trait_keys if key in needs.needs]
    found = []
    for a, b in combinations(ordered, 2):
        together = any(
            e.criterion(a).score >= AT_LEAST_PARTLY and e.criterion(b).score >= AT_LEAST_PARTLY
            for e in candidates
        )
        alone = all(any(e.criterion(k).score == 3 for e in candidates) for k in (a, b))
        if alone and not together:
            found.append((a, b))
    return found


def conflict_sentence(entries: Sequence[Entry], pair: tuple[str, str], catalog: Catalog) -> str:
    """'Admin interface and Single-file pull apart: no framework fwgen generates does both
    (Django has the first, Flask the second).'"""
    candidates = _generatable(entries)  # best first, so the examples are the best fits
    a, b = pair
    first = next(e.name for e in candidates if e.criterion(a).score == 3)
    second = next(e.name for e in candidates if e.criterion(b).score == 3)
    label_a, label_b = catalog.trait(a).label, catalog.trait(b).label
    return (
        f"Your needs {label_a} and {label_b} pull apart: no framework fwgen generates does both "
        f"({first} has the first, {second} the second)."
    )

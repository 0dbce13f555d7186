"""Which option combinations to bake so every pair of option values is tried at least once.

Templates have a handful of options with two or three values each, so the full product is small
enough to enumerate; a greedy pick of the combination that covers the most untried pairs gives a
short, deterministic all-pairs set (the classic "AETG"-style heuristic without its random restarts).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

Combo = dict[str, Any]


def _pairs(combo: Combo) -> set[tuple[tuple[str, Any], tuple[str, Any]]]:
    items = sorted(combo.items(), key=lambda item: item[0])
    if len(items) == 1:  # one option: cover each value on its own
        return {(items[0], items[0])}
    return {(a, b) for a, b in itertools.combinations(items, 2)}


def all_pairs(options: dict[str, list[Any]], allowed: Callable[[Combo], bool]) -> list[Combo]:
    """Combinations of ``options`` covering every value pair that any allowed combination has."""
    if not options:
        return [{}]
    keys = list(options)
    candidates = [
        combo
        for values in itertools.product(*(options[key] for key in keys))
        if allowed(combo := dict(zip(keys, values, strict=True)))
    ]
    uncovered = set().union(*(_pairs(combo) for combo in candidates)) if candidates else set()
    chosen: list[Combo] = []
    while uncovered:
        best = max(candidates, key=lambda combo: len(_pairs(combo) & uncovered))
        chosen.append(best)
        uncovered -= _pairs(best)
    return chosen


def uncovered_values(options: dict[str, list[Any]], combos: list[Combo]) -> list[str]:
    """``key=value`` for every option value that no combination uses (should be empty)."""
    return [
        f"{key}={value}"
        for key, values in options.items()
        for value in values
        if not any(combo.get(key) == value for combo in combos)
    ]

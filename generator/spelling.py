"""Forgiving input: a unique case-insensitive match is taken as meant, a near miss gets "did you mean".

    canonical("SQLite", ["none", "sqlite"])      # "sqlite"
    did_you_mean("databse", ["database", "ci"])  # " (did you mean 'database'?)"

Standard library only (difflib): the CLI's first checks use it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# How alike two words must be (difflib's ratio) to suggest one for the other: catches a dropped or
# swapped letter ("flsk", "databse") without suggesting unrelated words.
CUTOFF = 0.6


def canonical(word: str, candidates: Iterable[str]) -> str | None:
    """The one candidate equal to ``word`` ignoring case and surrounding spaces; None if none or
    several are."""
    candidates = list(candidates)
    if word.strip() in candidates:
        return word.strip()
    folded = word.strip().casefold()
    matches = [c for c in candidates if c.casefold() == folded]
    return matches[0] if len(matches) == 1 else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """ " (did you mean X?)" for the closest candidate, or '' when none is close."""
    choices = {c.casefold(): c for c in candidates}
    close = difflib.get_close_matches(word.strip().casefold(), list(choices), n=1, cutoff=CUTOFF)
    return f" (did you mean {choices[close[0]]!r}?)" if close else ""

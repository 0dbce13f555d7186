"""Needs in, ranked frameworks out, each with the reasons: pure functions, no terminal, no files.

    from generator.needs import Needs
    from generator.ranking import rank

    ranking = rank(Needs.from_dict({"kind": "api", "needs": "openapi,orm"}))
    ranking.pick                          # "fastapi": best template-backed framework; None if none qualifies
    ranking.confidence                    # "high" / "medium" / "low" ("none" when there is no pick)
    print(json.dumps(ranking.to_dict()))  # `fwgen recommend --json`; Ranking.from_dict() reads it back

ranking_text.format_ranking() turns a ranking into lines for the terminal.

How a ranking is made (every number comes from generator/frameworks.toml):
- Each trait gets a weight: the catalog's base weights + the kind's weights + the experience
  level's + the size's + rules.need_weight for each need the user picked. Every contribution is kept
  as a named source, so each criterion says why it counts.
- A framework's fit is sum(weight * score) / sum(weight * 3), as 0-100.
- A hard need excludes a framework scoring below rules.hard_minimum on it; excluded frameworks stay
  in the list with the reason.
- Without async experience, an async-only framework's learning-curve score drops by
  rules.async_only_penalty.
- The pick is the best framework that fwgen has a template for and that meets every hard need.
  Confidence comes from its lead over the next such framework (rules.confidence_high / _medium).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator import fit
from generator.catalog import Catalog, Framework, load_catalog
from generator.needs import DEFAULT_EXPERIENCE, DEFAULT_SIZE, Needs

VERDICTS = ("met", "partly", "missed")
CONFIDENCES = ("high", "medium", "low", "none")


@dataclass(frozen=True)
class Criterion:
    """How one framework fares on one weighted trait, and why the trait counts."""

    trait: str
    label: str
    weight: int
    sources: tuple[str, ...]  # why it weighs: "every project (+2)", "kind: A JSON API (+3)", ...
    score: int  # the score used (the catalog score, after any adjustment)
    verdict: str  # met (3) / partly (1-2) / missed (0)
    note: str  # the catalog note for this framework and trait, else the scale's word for the score
    hard: bool = False
    adjustment: str = ""  # why the score differs from the catalog's, if it does

    def to_dict(self) -> dict[str, Any]:
        return {
            "trait": self.trait,
            "label": self.label,
            "weight": self.weight,
            "sources": list(self.sources),
            "score": self.score,
            "verdict": self.verdict,
            "note": self.note,
            "hard": self.hard,
            "adjustment": self.adjustment,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Criterion:
        return cls(
            trait=data["trait"],
            label=data["label"],
            weight=int(data["weight"]),
            sources=tuple(data["sources"]),
            score=int(data["score"]),
            verdict=data["verdict"],
            note=data["note"],
            hard=bool(data.get("hard", False)),
            adjustment=data.get("adjustment", ""),
        )


@dataclass(frozen=True)
class Entry:
    """One framework in a ranking."""

    key: str
    name: str
    category: str
    summary: str
    status: str  # template / planned / not-generated
    status_reason: str
    alternative: str | None  # the template-backed framework fwgen offers instead
    score: float  # fit, 0-100
    excluded: bool  # fails a hard need
    exclusions: tuple[str, ...]  # one reason per failed hard need
    criteria: tuple[Criterion, ...]  # heaviest first
    installs: bool = True  # False: no release installs on a supported Python (ranked below all that do)

    @property
    def eligible(self) -> bool:
        """Can be the pick: fwgen generates it and it meets every hard need."""
        return self.status == "template" and not self.excluded

    def criterion(self, trait: str) -> Criterion:
        for c in self.criteria:
            if c.trait == trait:
                return c
        raise KeyError(trait)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "category": self.category,
            "summary": self.summary,
            "status": self.status,
            "status_reason": self.status_reason,
            "alternative": self.alternative,
            "score": self.score,
            "eligible": self.eligible,
            "installs": self.installs,
            "excluded": self.excluded,
            "exclusions": list(self.exclusions),
            "criteria": [c.to_dict() for c in self.criteria],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entry:
        return cls(
            key=data["key"],
            name=data["name"],
            category=data["category"],
            summary=data["summary"],
            status=data["status"],
            status_reason=data.get("status_reason", ""),
            alternative=data.get("alternative"),
            score=float(data["score"]),
            excluded=bool(data["excluded"]),
            exclusions=tuple(data.get("exclusions", ())),
            criteria=tuple(Criterion.from_dict(c) for c in data.get("criteria", ())),
            installs=bool(data.get("installs", True)),
        )


@dataclass(frozen=True)
class Ranking:
    """Every framework, best first (frameworks failing a hard need after the rest)."""

    needs: Needs
    entries: tuple[Entry, ...]
    pick: str | None  # best eligible framework, None when no template-backed one meets the hard needs
    runner_up: str | None  # next eligible framework, the one the margin is measured against
    margin: float | None  # pick's fit minus runner-up's fit
    confidence: str  # high / medium / low / none
    notes: tuple[str, ...] = field(default=())  # plain-language explanations of the outcome
    checked: str = ""  # when the catalog facts were checked
    unmet: tuple[str, ...] = ()  # the user's needs the pick misses (trait keys)
    conflicts: tuple[tuple[str, str], ...] = ()  # pairs of needs no generatable framework does together

    def entry(self, key: str) -> Entry:
        for e in self.entries:
            if e.key == key:
                return e
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "needs": self.needs.to_dict(),
            "pick": self.pick,
            "runner_up": self.runner_up,
            "margin": self.margin,
            "confidence": self.confidence,
            "notes": list(self.notes),
            "checked": self.checked,
            "unmet": list(self.unmet),
            "conflicts": [list(pair) for pair in self.conflicts],
            "entries": [e.to_dict() for e in self.entries],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ranking:
        needs = data["needs"]
        return cls(
            needs=Needs(
                kind=needs.get("kind"),
                needs=frozenset(needs.get("needs", ())),
                hard=frozenset(needs.get("hard", ())),
                experience=needs.get("experience", DEFAULT_EXPERIENCE),
                async_experience=bool(needs.get("async_experience", False)),
                size=needs.get("size", DEFAULT_SIZE),
            ),
            entries=tuple(Entry.from_dict(e) for e in data["entries"]),
            pick=data.get("pick"),
            runner_up=data.get("runner_up"),
            margin=data.get("margin"),
            confidence=data["confidence"],
            notes=tuple(data.get("notes", ())),
            checked=data.get("checked", ""),
            unmet=tuple(data.get("unmet", ())),
            conflicts=tuple((a, b) for a, b in data.get("conflicts", ())),
        )


def weights(needs: Needs, catalog: Catalog | None = None) -> dict[str, tuple[int, tuple[str, ...]]]:
    """trait -> (weight, sources): how much each trait counts for these needs, and why."""
    catalog = catalog or load_catalog()
    needs.validate(catalog)
    layers: list[tuple[str, Mapping[str, int]]] = [("every project", catalog.base_weights)]
    if needs.kind is not None:
        kind = catalog.kind(needs.kind)
        layers.append((f"kind: {kind.label}", kind.weights))
    level = catalog.experience_level(needs.experience)
    layers.append((f"experience: {level.label}", level.weights))
    size = catalog.size(needs.size)
    layers.append((f"size: {size.label}", size.weights))
    for key in sorted(needs.needs):
        source = "hard requirement" if key in needs.hard else "you need it"
        layers.append((source, {key: catalog.rules.need_weight}))

    result: dict[str, tuple[int, tuple[str, ...]]] = {}
    for trait in catalog.trait_keys:
        total, sources = 0, []
        for source, table in layers:
            amount = table.get(trait, 0)
            if amount:
                total += amount
                sources.append(f"{source} (+{amount})")
        if total:
            result[trait] = (total, tuple(sources))
    return result


def rank(needs: Needs, catalog: Catalog | None = None) -> Ranking:
    """Rank every framework in the catalog for these needs."""
    catalog = catalog or load_catalog()
    table = weights(needs, catalog)
    entries = [_entry(fw, needs, table, catalog) for fw in catalog.frameworks]
    # Frameworks meeting the hard needs first, then those that install on a supported Python, then
    # by fit; on equal fit the one fwgen can generate comes first, then the name, so the order is
    # stable. One that does not install is no choice at all, however well it would fit.
    entries.sort(key=lambda e: (e.excluded, not e.installs, -e.score, e.status != "template", e.name.lower()))
    clashes = fit.conflicts(entries, needs, catalog)

    eligible = [e for e in entries if e.eligible]
    pick = eligible[0] if eligible else None
    runner_up = eligible[1] if len(eligible) > 1 else None
    margin = round(pick.score - runner_up.score, 1) if pick and runner_up else None
    notes: list[str] = []

    if pick is None:
        confidence = "none"
        notes.append(_no_pick_note(entries, needs, catalog))
    elif runner_up is None:
        confidence = "high"
        notes.append(f"{pick.name} is the only framework with a template that meets every hard requirement.")
    else:
        rules = catalog.rules
        if margin is not None and margin >= rules.confidence_high:
            confidence = "high"
        elif margin is not None and margin >= rules.confidence_medium:
            confidence = "medium"
        else:
            confidence = "low"
        if needs.is_empty:
            # Nothing specific was asked: general qualities separate the frameworks, not a fit.
            confidence = "low"
            notes.append(
                "No kind of project and no needs given: ranked on general qualities only "
                "(maintenance, community, learning curve). Say what you are building for a real fit."
            )
        elif confidence == "low" and not clashes:
            notes.append(
                f"{pick.name} and {runner_up.name} fit almost equally well; either is a sound choice."
            )
    notes.extend(fit.conflict_sentence(entries, pair, catalog) for pair in clashes[:1])
    missed: list[str] = []
    if pick is not None:
        missed = [c.trait for c in fit.unmet(pick, needs, catalog)]
        if sentence := fit.unmet_sentence(entries, pick, needs, catalog):
            notes.append(sentence)
        ahead = [e for e in entries if not e.excluded and e.installs and e.score > pick.score]
        notes.extend(also_fits(better) for better in ahead)

    return Ranking(
        needs=needs,
        entries=tuple(entries),
        pick=pick.key if pick else None,
        runner_up=runner_up.key if runner_up else None,
        margin=margin,
        confidence=confidence,
        notes=tuple(notes),
        checked=catalog.checked,
        unmet=tuple(missed),
        conflicts=tuple(clashes),
    )


def also_fits(entry: Entry) -> str:
    """One line for a framework fwgen does not generate: why, and what it offers instead."""
    if entry.status == "planned":
        return (
            f"{entry.name} also fits ({entry.score:.0f}), template planned: {entry.status_reason} "
            f"Meanwhile fwgen offers {entry.alternative}."
        )
    return (
        f"{entry.name} also fits ({entry.score:.0f}), not generated: {entry.status_reason} "
        f"fwgen offers {entry.alternative}."
    )


def _entry(
    fw: Framework,
    needs: Needs,
    table: Mapping[str, tuple[int, tuple[str, ...]]],
    catalog: Catalog,
) -> Entry:
    criteria = []
    earned = possible = 0
    exclusions = []
    for trait_key, (weight, sources) in table.items():
        trait = catalog.trait(trait_key)
        score = fw.scores[trait_key]
        adjustment = ""
        if trait_key == "learning_curve" and fw.async_only and not needs.async_experience:
            lowered = max(0, score - catalog.rules.async_only_penalty)
            if lowered != score:
                adjustment = (
                    f"lowered from {score} to {lowered}: {fw.name} is async-only "
                    "and you are new to async code"
                )
                score = lowered
        verdict = "met" if score == 3 else "missed" if score == 0 else "partly"
        note = fw.notes.get(trait_key) or catalog.score_word(trait_key, score).capitalize() + "."
        hard = trait_key in needs.hard
        if hard and score < catalog.rules.hard_minimum:
            exclusions.append(f"fails hard requirement {trait.label} (scores {score}/3): {note}")
        criteria.append(
            Criterion(
                trait=trait_key,
                label=trait.label,
                weight=weight,
                sources=sources,
                score=score,
                verdict=verdict,
                note=note,
                hard=hard,
                adjustment=adjustment,
            )
        )
        earned += weight * score
        possible += weight * 3
    criteria.sort(key=lambda c: (-c.weight, catalog.trait_keys.index(c.trait)))
    return Entry(
        key=fw.key,
        name=fw.name,
        category=fw.category,
        summary=fw.summary,
        status=fw.status,
        status_reason=fw.reason,
        alternative=fw.alternative,
        score=round(100 * earned / possible, 1) if possible else 0.0,
        excluded=bool(exclusions),
        exclusions=tuple(exclusions),
        criteria=tuple(criteria),
        installs=fw.installs,
    )


def _no_pick_note(entries: list[Entry], needs: Needs, catalog: Catalog) -> str:
    hard = ", ".join(catalog.trait(k).label for k in sorted(needs.hard))
    templated = [e for e in entries if e.status == "template"]
    # Closest: the template-backed framework failing the fewest hard needs, then the best fit.
    closest = min(templated, key=lambda e: (len(e.exclusions), -e.score), default=None)
    text = f"No framework with a template meets every hard requirement ({hard})."
    if closest is not None:
        missing = ", ".join(
            c.label for c in closest.criteria if c.hard and c.score < catalog.rules.hard_minimum
        )
        text += f" Closest: {closest.name}, which falls short on {missing}."
    return text + " Make one of them a soft need to get a recommendation."


def shortfalls(ranking: Ranking, key: str) -> list[Criterion]:
    """Where a framework scores below the pick, the costliest (weight x gap) first: why it is lower."""
    if ranking.pick is None:
        return []
    pick = ranking.entry(ranking.pick)
    entry = ranking.entry(key)
    losses = []
    for c in entry.criteria:
        gap = pick.criterion(c.trait).score - c.score
        if gap > 0:
            losses.append((-gap * c.weight, c))
    return [c for _, c in sorted(losses, key=lambda item: item[0])]

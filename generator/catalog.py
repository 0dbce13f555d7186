"""The framework knowledge base: generator/frameworks.toml as frozen, validated dataclasses.

    from generator.catalog import load_catalog
    catalog = load_catalog()                  # cached; raises CatalogError if the data is inconsistent
    catalog.framework("flask").scores["admin"]   # 1
    catalog.framework("flask").notes["admin"]    # "No admin built in; Flask-Admin adds one."
    [f.key for f in catalog.template_backed()]   # ["django", "flask", "fastapi", "pyramid", "aiohttp"]

Standard library only (tomllib): the CLI imports this on every start.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

CATEGORIES = ("full-stack", "micro", "async")
STATUSES = ("template", "planned", "not-generated")
TRAIT_GROUPS = ("feature", "quality")
SCORE_RANGE = range(0, 4)


class CatalogError(ValueError):
    """The knowledge base is inconsistent; the message names the entry and the field."""


@dataclass(frozen=True)
class Trait:
    key: str
    label: str
    description: str
    group: str  # "feature" (something the framework provides) or "quality" (how it is to live with)


@dataclass(frozen=True)
class Choice:
    """One answer to offer (a kind of project, an experience level, a size) and the weights it adds."""

    key: str
    label: str
    description: str
    weights: Mapping[str, int]


@dataclass(frozen=True)
class Rules:
    need_weight: int
    hard_minimum: int
    async_only_penalty: int
    confidence_high: float
    confidence_medium: float


@dataclass(frozen=True)
class Framework:
    key: str
    name: str
    pypi: str
    category: str
    summary: str
    version: str
    version_note: str
    released: str
    checked: str
    status: str
    reason: str
    alternative: str | None
    async_only: bool
    installs: bool  # installs on a Python fwgen supports; one that does not never ranks above one that does
    scores: Mapping[str, int]
    notes: Mapping[str, str]

    @property
    def has_template(self) -> bool:
        return self.status == "template"


@dataclass(frozen=True)
class Catalog:
    checked: str
    traits: tuple[Trait, ...]
    kinds: tuple[Choice, ...]
    experience: tuple[Choice, ...]
    sizes: tuple[Choice, ...]
    base_weights: Mapping[str, int]
    rules: Rules
    scale: Mapping[str, Mapping[int, str]]  # trait group -> score -> word
    frameworks: tuple[Framework, ...]

    def framework(self, key: str) -> Framework:
        for fw in self.frameworks:
            if fw.key == key:
                return fw
        raise KeyError(f"unknown framework {key!r}; known: {', '.join(self.framework_keys)}")

    def trait(self, key: str) -> Trait:
        for trait in self.traits:
            if trait.key == key:
                return trait
        raise KeyError(f"unknown trait {key!r}; known: {', '.join(self.trait_keys)}")

    def kind(self, key: str) -> Choice:
        return _find(self.kinds, key, "kind")

    def experience_level(self, key: str) -> Choice:
        return _find(self.experience, key, "experience level")

    def size(self, key: str) -> Choice:
        return _find(self.sizes, key, "size")

    @property
    def framework_keys(self) -> tuple[str, ...]:
        return tuple(fw.key for fw in self.frameworks)

    @property
    def trait_keys(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.traits)

    def template_backed(self) -> tuple[Framework, ...]:
        return tuple(fw for fw in self.frameworks if fw.has_template)

    def score_word(self, trait_key: str, score: int) -> str:
        return self.scale[self.trait(trait_key).group][score]


def _find(choices: tuple[Choice, ...], key: str, what: str) -> Choice:
    for choice in choices:
        if choice.key == key:
            return choice
    known = ", ".join(c.key for c in choices)
    raise KeyError(f"unknown {what} {key!r}; known: {known}")


@functools.cache
def load_catalog() -> Catalog:
    """The catalog shipped in the package (read once per process)."""
    text = resources.files("generator").joinpath("frameworks.toml").read_text(encoding="utf-8")
    return parse_catalog(tomllib.loads(text))


def parse_catalog(data: Mapping[str, Any]) -> Catalog:
    """Build and validate a Catalog from the TOML structure (tests use it for synthetic catalogs)."""
    traits = tuple(
        Trait(
            key=_str(t, "key", "trait"),
            label=_str(t, "label", f"trait {t.get('key')}"),
            description=_str(t, "description", f"trait {t.get('key')}"),
            group=_one_of(t, "group", TRAIT_GROUPS, f"trait {t.get('key')}"),
        )
        for t in data.get("trait", [])
    )
    if not traits:
        raise CatalogError("no [[trait]] entries")
    trait_keys = [t.key for t in traits]
    _unique(trait_keys, "trait")

    def weights(raw: Any, where: str) -> Mapping[str, int]:
        if not isinstance(raw, dict):
            raise CatalogError(f"{where}: weights must be a table")
        for key, value in raw.items():
            if key not in trait_keys:
                raise CatalogError(f"{where}: unknown trait {key!r} in weights")
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise CatalogError(f"{where}: weight for {key!r} must be a non-negative integer")
        return MappingProxyType(dict(raw))

    def choice(key: str, raw: Mapping[str, Any], where: str) -> Choice:
        return Choice(
            key=key,
            label=_str(raw, "label", where),
            description=_str(raw, "description", where),
            weights=weights(raw.get("weights", {}), where),
        )

    kinds = tuple(choice(_str(k, "key", "kind"), k, f"kind {k.get('key')}") for k in data.get("kind", []))
    _unique([k.key for k in kinds], "kind")
    experience = tuple(
        choice(key, raw, f"experience.{key}") for key, raw in data.get("experience", {}).items()
    )
    sizes = tuple(choice(key, raw, f"size.{key}") for key, raw in data.get("size", {}).items())
    for name, group in (("kind", kinds), ("experience", experience), ("size", sizes)):
        if not group:
            raise CatalogError(f"no {name} entries")

    raw_rules = data.get("rules", {})
    try:
        rules = Rules(
            need_weight=int(raw_rules["need_weight"]),
            hard_minimum=int(raw_rules["hard_minimum"]),
            async_only_penalty=int(raw_rules["async_only_penalty"]),
            confidence_high=float(raw_rules["confidence_high"]),
            confidence_medium=float(raw_rules["confidence_medium"]),
        )
    except KeyError as exc:
        raise CatalogError(f"[rules] is missing {exc.args[0]}") from None
    if rules.hard_minimum not in SCORE_RANGE:
        raise CatalogError("[rules] hard_minimum must be a score, 0-3")
    if not rules.confidence_high >= rules.confidence_medium >= 0:
        raise CatalogError("[rules] needs confidence_high >= confidence_medium >= 0")

    scale: dict[str, Mapping[int, str]] = {}
    for group in TRAIT_GROUPS:
        words = data.get("scale", {}).get(group, {})
        if sorted(words) != [str(s) for s in SCORE_RANGE]:
            raise CatalogError(f"[scale.{group}] must name every score 0-3")
        scale[group] = MappingProxyType({int(s): str(w) for s, w in words.items()})

    frameworks = tuple(_framework(raw, trait_keys) for raw in data.get("framework", []))
    if not frameworks:
        raise CatalogError("no [[framework]] entries")
    _unique([fw.key for fw in frameworks], "framework")
    by_key = {fw.key: fw for fw in frameworks}
    for fw in frameworks:
        if fw.has_template:
            continue
        target = by_key.get(fw.alternative or "")
        if target is None:
            raise CatalogError(f"framework {fw.key}: alternative {fw.alternative!r} is not in the catalog")
        if not target.has_template:
            raise CatalogError(
                f"framework {fw.key}: alternative {fw.alternative!r} has no template, so fwgen "
                "could not offer it"
            )

    return Catalog(
        checked=_str(data, "checked", "catalog"),
        traits=traits,
        kinds=kinds,
        experience=experience,
        sizes=sizes,
        base_weights=weights(data.get("base", {}).get("weights", {}), "base"),
        rules=rules,
        scale=MappingProxyType(scale),
        frameworks=frameworks,
    )


def _framework(raw: Mapping[str, Any], trait_keys: list[str]) -> Framework:
    key = _str(raw, "key", "framework")
    where = f"framework {key}"
    if key != key.lower():
        raise CatalogError(f"{where}: key must be lower case")
    status = _one_of(raw, "status", STATUSES, where)
    scores = raw.get("scores")
    if not isinstance(scores, dict):
        raise CatalogError(f"{where}: scores must be a table")
    unknown = sorted(set(scores) - set(trait_keys))
    missing = [t for t in trait_keys if t not in scores]
    if unknown:
        raise CatalogError(f"{where}: unknown trait(s) in scores: {', '.join(unknown)}")
    if missing:
        raise CatalogError(f"{where}: no score for {', '.join(missing)}")
    for trait, score in scores.items():
        if not isinstance(score, int) or isinstance(score, bool) or score not in SCORE_RANGE:
            raise CatalogError(f"{where}: score for {trait} must be an integer 0-3, not {score!r}")
    notes = raw.get("notes", {})
    unknown = sorted(set(notes) - set(trait_keys))
    if unknown:
        raise CatalogError(f"{where}: unknown trait(s) in notes: {', '.join(unknown)}")
    alternative = raw.get("alternative")
    reason = str(raw.get("reason", ""))
    if status != "template" and (not alternative or not reason):
        raise CatalogError(f"{where}: status {status!r} needs a reason and an alternative")
    if status == "template" and alternative:
        raise CatalogError(f"{where}: a template-backed framework has no alternative")
    async_only = raw.get("async_only")
    if not isinstance(async_only, bool):
        raise CatalogError(f"{where}: async_only must be true or false")
    installs = raw.get("installs", True)
    if not isinstance(installs, bool):
        raise CatalogError(f"{where}: installs must be true or false")
    if not installs and status == "template":
        raise CatalogError(f"{where}: a framework that does not install cannot have a template")
    return Framework(
        key=key,
        name=_str(raw, "name", where),
        pypi=_str(raw, "pypi", where),
        category=_one_of(raw, "category", CATEGORIES, where),
        summary=_str(raw, "summary", where),
        version=_str(raw, "version", where),
        version_note=str(raw.get("version_note", "")),
        released=str(raw.get("released", "")),
        checked=_str(raw, "checked", where),
        status=status,
        reason=reason,
        alternative=alternative,
        async_only=async_only,
        installs=installs,
        scores=MappingProxyType({t: scores[t] for t in trait_keys}),
        notes=MappingProxyType({str(t): str(n) for t, n in notes.items()}),
    )


def _str(raw: Mapping[str, Any], field: str, where: str) -> str:
    value = raw.get(field)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}: {field} must be a non-empty string")
    return value


def _one_of(raw: Mapping[str, Any], field: str, allowed: tuple[str, ...], where: str) -> str:
    value = raw.get(field)
    if value not in allowed:
        raise CatalogError(f"{where}: {field} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _unique(keys: list[str], what: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise CatalogError(f"duplicate {what} key {key!r}")
        seen.add(key)

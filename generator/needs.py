"""What the user is building, as the recommender reads it: the Needs type, its validation against
the catalog, and the answers a prompt or flag may offer (kind_choices(), need_choices() with labels
and one-line descriptions, experience_choices(), size_choices()).

    needs = Needs.from_dict({"kind": "api", "needs": "openapi,orm", "hard": ["openapi"]})
    # NeedsError (a ValueError) names a bad key and lists the valid ones

Standard library only: the CLI imports it on every start.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the catalog is loaded only when needs are used: `fwgen new -f X` never does
    from generator.catalog import Catalog, Choice, Trait


def load_catalog() -> Catalog:
    from generator.catalog import load_catalog as load

    return load()


DEFAULT_EXPERIENCE = "intermediate"
DEFAULT_SIZE = "medium"
# Every field of a Needs, in the order they are asked; answers files and flags use the same names.
NEEDS_FIELDS = ("kind", "needs", "hard", "experience", "async_experience", "size")


class NeedsError(ValueError):
    """An answer is not valid; the message names it and lists the valid values."""


# --- What can be asked -------------------------------------------------------------------------------


def kind_choices(catalog: Catalog | None = None) -> tuple[Choice, ...]:
    """Kinds of project (site, api, realtime, small, unconventional) with label and description."""
    return (catalog or load_catalog()).kinds


def need_choices(catalog: Catalog | None = None) -> tuple[Trait, ...]:
    """Every trait a user can need, features first: key, label, description, group."""
    traits = (catalog or load_catalog()).traits
    return tuple(t for t in traits if t.group == "feature") + tuple(t for t in traits if t.group != "feature")


def experience_choices(catalog: Catalog | None = None) -> tuple[Choice, ...]:
    return (catalog or load_catalog()).experience


def size_choices(catalog: Catalog | None = None) -> tuple[Choice, ...]:
    return (catalog or load_catalog()).sizes


# --- Needs -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Needs:
    """What the user is building. `hard` is the subset of `needs` that must be met."""

    kind: str | None = None
    needs: frozenset[str] = frozenset()
    hard: frozenset[str] = frozenset()
    experience: str = DEFAULT_EXPERIENCE
    async_experience: bool = False
    size: str = DEFAULT_SIZE

    def __post_init__(self) -> None:
        # Accept any iterable for convenience, store frozensets so Needs stays hashable and comparable;
        # a hard need is a need too.
        if isinstance(self.needs, str) or isinstance(self.hard, str):
            raise NeedsError("needs and hard are collections of trait keys; Needs.from_dict splits strings")
        hard = frozenset(self.hard)
        object.__setattr__(self, "hard", hard)
        object.__setattr__(self, "needs", frozenset(self.needs) | hard)

    def validate(self, catalog: Catalog | None = None) -> Needs:
        catalog = catalog or load_catalog()
        kinds = [k.key for k in catalog.kinds]
        if self.kind is not None and self.kind not in kinds:
            raise NeedsError(f"unknown kind {self.kind!r}; choose one of: {', '.join(kinds)}")
        unknown = sorted(self.needs - set(catalog.trait_keys))
        if unknown:
            raise NeedsError(
                f"unknown need(s): {', '.join(unknown)}; choose from: {', '.join(catalog.trait_keys)}"
            )
        levels = [e.key for e in catalog.experience]
        if self.experience not in levels:
            raise NeedsError(f"unknown experience {self.experience!r}; choose one of: {', '.join(levels)}")
        sizes = [s.key for s in catalog.sizes]
        if self.size not in sizes:
            raise NeedsError(f"unknown size {self.size!r}; choose one of: {', '.join(sizes)}")
        if not isinstance(self.async_experience, bool):
            raise NeedsError("async_experience must be true or false")
        return self

    @property
    def is_empty(self) -> bool:
        """No kind and no needs: only general qualities can rank the frameworks."""
        return self.kind is None and not self.needs

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "needs": sorted(self.needs),
            "hard": sorted(self.hard),
            "experience": self.experience,
            "async_experience": self.async_experience,
            "size": self.size,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], catalog: Catalog | None = None) -> Needs:
        """Read answers from JSON, an answers file or parsed flags; missing keys take the defaults.

        `needs` and `hard` may be lists or comma-separated strings; `async_experience` may be a
        boolean or yes/no.
        """
        if not isinstance(data, Mapping):
            raise NeedsError("needs must be a mapping")
        unknown = sorted(set(data) - set(NEEDS_FIELDS))
        if unknown:
            raise NeedsError(f"unknown field(s): {', '.join(unknown)}; known: {', '.join(NEEDS_FIELDS)}")
        kind = data.get("kind")
        if kind is not None and not isinstance(kind, str):
            raise NeedsError("kind must be a string")
        needs = cls(
            kind=kind or None,
            needs=_keys(data.get("needs"), "needs"),
            hard=_keys(data.get("hard"), "hard"),
            experience=_text(data.get("experience"), "experience", DEFAULT_EXPERIENCE),
            async_experience=_yes_no(data.get("async_experience", False)),
            size=_text(data.get("size"), "size", DEFAULT_SIZE),
        )
        return needs.validate(catalog)


def _keys(value: Any, name: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise NeedsError(f"{name} must be a list of trait keys or a comma-separated string")
    keys = set()
    for item in value:
        if not isinstance(item, str):
            raise NeedsError(f"{name} must contain strings, not {item!r}")
        if item.strip():
            keys.add(item.strip().lower())
    return frozenset(keys)


def _text(value: Any, name: str, default: str) -> str:
    if value is None:
        return default
    if not isinstance(value, str):
        raise NeedsError(f"{name} must be a string")
    return value.strip().lower()


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "no", "true", "false"):
        return value.strip().lower() in ("yes", "true")
    raise NeedsError(f"async_experience must be yes or no, not {value!r}")

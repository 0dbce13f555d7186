"""One request from flags to files: which framework, the answers (each with where it came from), the
needs behind the recommendation, and where and how to write. The command line builds one, the
interactive flow returns a changed copy, and ``create_project`` (project.py) turns it into a project.

Where an answer comes from decides which one wins, strongest first (one place, as copier's
AnswersMap has it):

    flag          --set KEY=VALUE, and NAME for project_name
    answers-file  --answers FILE (a flat mapping or a project's .fwgen.json)
    recorded      the .fwgen.json of the project being updated
    asked         the interactive flow
    needs         a value a stated need makes the better start (the template's _fwgen.need_defaults)
    default       the template's own default

Answers from the first four are given; the last two are filled in when the request is resolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

SOURCES = ("flag", "answers-file", "recorded", "asked", "needs", "default")


@dataclass(frozen=True)
class Answer:
    value: Any
    source: str


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Request:
    framework: str | None = None
    answers: Mapping[str, Answer] = field(default_factory=lambda: _frozen({}))
    needs: Mapping[str, Any] = field(default_factory=lambda: _frozen({}))
    output_dir: Path = Path(".")
    force: bool = False
    # A template outside fwgen's folder (`fwgen new --template`), already on this machine
    # (template_source.py): its folder, the name the user gave it, and the git ref checked out.
    template_dir: Path | None = None
    template_source: str = ""
    checkout: str | None = None
    # Defaults from the user's cookiecutter config (`default_context`): below every answer above.
    user_defaults: Mapping[str, Any] = field(default_factory=lambda: _frozen({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "answers", _frozen(self.answers))
        object.__setattr__(self, "needs", _frozen(self.needs))
        object.__setattr__(self, "user_defaults", _frozen(self.user_defaults))

    @property
    def given(self) -> dict[str, Any]:
        """The answers' values, without their sources."""
        return {key: answer.value for key, answer in self.answers.items()}

    def with_answers(self, values: Mapping[str, Any], source: str) -> Request:
        """These answers added; where an answer already came from a stronger source, it stays."""
        rank = SOURCES.index(source)
        answers = dict(self.answers)
        for key, value in values.items():
            held = answers.get(key)
            if held is None or SOURCES.index(held.source) >= rank:
                answers[key] = Answer(value, source)
        return replace(self, answers=answers)

    def without(self, *keys: str) -> Request:
        return replace(self, answers={k: a for k, a in self.answers.items() if k not in keys})

    def with_needs(self, needs: Mapping[str, Any]) -> Request:
        return replace(self, needs={**self.needs, **needs})

    def changed(self, **fields: Any) -> Request:
        return replace(self, **fields)

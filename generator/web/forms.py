"""What the page shows, as plain data: the needs questions, a template's options with the values a
constraint rules out (and why), and the `fwgen new` command that makes the same project.

Also the one reader of a generation body (`{"framework", "answers", "needs"}`, an answers file's
shape), so preview and generate validate exactly as the CLI does. No web framework here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import FwgenError

GENERATION_FIELDS = ("framework", "answers", "needs", "fwgen_version")


def questions() -> dict[str, Any]:
    """The needs questions of the terminal flow, with their choices, labels and descriptions."""
    from generator.needs import experience_choices, kind_choices, need_choices, size_choices

    def choices(items: Any) -> list[dict[str, str]]:
        return [{"key": c.key, "label": c.label, "description": c.description} for c in items]

    return {
        "kind": choices(kind_choices()),
        "needs": [
            {"key": t.key, "label": t.label, "description": t.description, "group": t.group}
            for t in need_choices()
        ],
        "experience": choices(experience_choices()),
        "size": choices(size_choices()),
    }


def normal_needs(raw: Any) -> dict[str, Any]:
    """Needs as `.fwgen.json` records them, or {} when they state nothing a flag would carry (so
    the page's project and the shown command's project record the same)."""
    from generator.answers import needs_flags
    from generator.needs import Needs, NeedsError

    if raw in (None, {}):
        return {}
    try:
        needs = Needs.from_dict(raw).to_dict()
    except NeedsError as error:
        raise FwgenError(f"needs: {error}") from None
    return needs if needs_flags(needs) else {}


@dataclass(frozen=True)
class Generation:
    """A checked generation body: the template, its resolved context, and what made them."""

    framework: str
    given: dict[str, Any]
    needs: dict[str, Any]
    template: Any
    context: dict[str, Any]

    @property
    def answers(self) -> dict[str, Any]:
        return self.template.answers_in(self.context)

    def worker_job(self, output_dir: Path) -> dict[str, Any]:
        return {
            "framework": self.framework,
            "answers": self.given,
            "needs": self.needs,
            "output_dir": str(output_dir),
        }


def read_generation(body: Any) -> Generation:
    """A generation body checked as `fwgen new --answers FILE` checks a file: unknown fields,
    frameworks, options and values, broken constraints and bad slugs are one-line errors."""
    from generator.project import resolve
    from generator.request import Request

    if not isinstance(body, dict):
        raise FwgenError('the body must be a JSON object: {"framework": ..., "answers": {...}}')
    unknown = sorted(set(body) - set(GENERATION_FIELDS))
    if unknown:
        raise FwgenError(f"unknown field(s): {', '.join(unknown)}; known: framework, answers, needs")
    framework, given = body.get("framework"), body.get("answers", {})
    if not isinstance(framework, str) or not framework:
        raise FwgenError("framework is missing; GET /api/frameworks lists them")
    if not isinstance(given, dict):
        raise FwgenError("answers must be an object of option names to values")
    needs = normal_needs(body.get("needs"))
    request = Request(framework=framework).with_answers(given, "answers-file").with_needs(needs)
    template, context = resolve(request)
    return Generation(framework, dict(given), needs, template, context)


def _shown(value: Any) -> Any:
    return ("yes" if value else "no") if isinstance(value, bool) else value


def option_states(generation: Generation) -> list[dict[str, Any]]:
    """Each option the user answers, with its value and, for every choice, whether the template's
    constraints allow it with the other answers; an option left with one allowed value is
    `decided`, with the reason."""
    template, answers = generation.template, generation.answers
    states = []
    for option in template.options:
        if option.kind == "mapping":
            continue
        state: dict[str, Any] = {
            "key": option.key,
            "kind": option.kind,
            "prompt": option.prompt,
            "value": _shown(answers[option.key]),
            "given": option.key in generation.given,
            "choices": [],
            "decided": None,
        }
        if option.kind != "text":
            values = list(option.choices) if option.kind == "choice" else [True, False]
            for value in values:
                problems = template.violations({**answers, option.key: value})
                state["choices"].append(
                    {
                        "value": _shown(value),
                        "label": option.choice_labels.get(str(value), _shown(value)),
                        "allowed": not problems,
                        "reason": problems[0] if problems else None,
                    }
                )
            ruled_out = [c["reason"] for c in state["choices"] if not c["allowed"]]
            if len(values) - len(ruled_out) == 1:
                state["decided"] = ruled_out[0]
        states.append(state)
    return states


def command_for(generation: Generation) -> str:
    """The `fwgen new ... --no-input` line that makes this project in the current folder."""
    from generator.answers import command_line
    from generator.context import default_for

    answers = generation.answers
    defaults = {key: default_for(generation.template, key, answers) for key in generation.template.keys}
    return command_line(generation.framework, answers, defaults, generation.needs)

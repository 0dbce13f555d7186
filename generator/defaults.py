"""The value each option starts from: the template's default, or the value a stated need makes the
better start (the template's ``_fwgen.need_defaults``), always within the template's constraints.

The interactive flow starts its questions here and --no-input takes these values as they are, so the
two never disagree. What a need means for a template lives in that template's cookiecutter.json:

    "need_defaults": {"orm": {"database": "sqlite"}, "async": {"interface": "asgi"}}
"""

from __future__ import annotations

from typing import Any

from generator.context import default_for
from generator.options import Option, TemplateOptions


def need_defaults(template: TemplateOptions) -> dict[str, dict[str, str]]:
    """need -> {option: value} from the template's ``_fwgen.need_defaults`` (checked on load)."""
    return template.raw.get("_fwgen", {}).get("need_defaults", {})


def allowed_values(template: TemplateOptions, option: Option, answers: dict[str, Any]) -> list[Any]:
    """The values of ``option`` that the template's constraints allow with the other answers."""
    values = list(option.choices) if option.kind == "choice" else [True, False]
    return [v for v in values if not template.violations({**answers, option.key: v})]


def need_informed_default(template: TemplateOptions, option: Option, needs: dict[str, Any]) -> Any:
    """The template's default, unless a stated need makes another of its values the better start
    (the first need, in the order given, that says anything about this option)."""
    table = need_defaults(template)
    for need in needs.get("needs") or ():
        value = table.get(need, {}).get(option.key)
        if value is not None:
            return value
    return option.default


def suggestion(
    template: TemplateOptions, option: Option, answers: dict[str, Any], needs: dict[str, Any]
) -> tuple[Any, list[Any]]:
    """For a choice or yes/no option: the value to start from, and the values the template's
    constraints allow with the answers so far (the start is always one of them when any is)."""
    allowed = allowed_values(template, option, answers)
    default = need_informed_default(template, option, needs)
    return (default if default in allowed else (allowed or [default])[0]), allowed


def option_defaults(
    template: TemplateOptions, given: dict[str, Any], needs: dict[str, Any]
) -> dict[str, Any]:
    """Answers for every option not in ``given``, as --no-input takes them (need-informed)."""
    answers = dict(given)
    for option in template.options:
        if option.key not in answers and option.kind != "mapping":  # a mapping keeps its default
            if option.kind == "text":
                answers[option.key] = default_for(template, option.key, answers)
            else:
                answers[option.key] = suggestion(template, option, answers, needs)[0]
    return answers

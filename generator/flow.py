"""The questionary conversation: asks what is missing and returns plain answers; renders nothing.

Prompts use ``unsafe_ask`` so Ctrl-C raises KeyboardInterrupt, which the CLI turns into a short
message and an exit with nothing written.
"""

from __future__ import annotations

from typing import Any

from generator.context import default_for
from generator.errors import FwgenError
from generator.options import Option, TemplateOptions
from generator.slug import validate_slug


def _slug_validator(template: TemplateOptions):
    def validate(value: str) -> bool | str:
        try:
            validate_slug(value, template.reserved_slugs)
        except FwgenError as error:
            return str(error)
        return True

    return validate


def ask_option(template: TemplateOptions, option: Option, default: Any) -> Any:
    import questionary

    if option.kind == "choice":
        choices = [
            questionary.Choice(title=option.choice_labels.get(value, value), value=value)
            for value in option.choices
        ]
        return questionary.select(option.prompt, choices=choices, default=default).unsafe_ask()
    if option.kind == "boolean":
        return questionary.confirm(option.prompt, default=bool(default)).unsafe_ask()
    validate = _slug_validator(template) if option.key == "project_slug" else None
    kwargs = {"validate": validate} if validate else {}
    return questionary.text(option.prompt, default=str(default), **kwargs).unsafe_ask()


def ask_options(template: TemplateOptions, given: dict[str, Any]) -> dict[str, Any]:
    """Ask every option not in ``given``, in the template's order; return all answers."""
    answers = dict(given)
    for option in template.options:
        if option.key not in answers:
            answers[option.key] = ask_option(template, option, default_for(template, option.key, answers))
    return answers


def ask_framework(names: list[str]) -> str:
    import questionary

    return questionary.select("Which framework?", choices=names).unsafe_ask()

"""The questionary conversation: needs -> recommendation -> template options -> summary.

It returns plain answers and renders nothing (render.py writes files, cli.py prints the result).
Prompts use ``unsafe_ask`` so Ctrl-C raises KeyboardInterrupt wherever it happens, which the CLI
turns into a short message and an exit with nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import naming
from generator.context import default_for
from generator.defaults import allowed_values, suggestion
from generator.errors import FwgenError
from generator.options import Option, TemplateOptions
from generator.request import Answer, Request
from generator.slug import validate_slug

NEEDS_STEPS = ("kind", "needs", "experience", "async_experience", "size")


@dataclass
class Conversation:
    """Everything answered so far; a step can be asked again without losing the others."""

    project_name: str | None = None
    needs: dict[str, Any] = field(default_factory=dict)  # Needs.from_dict input
    framework: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)  # template options
    fixed: frozenset[str] = frozenset()  # option keys given on the command line: never asked
    output_dir: Path | None = None  # where the project folder goes; None: not checked (--force)
    slug_by_hand: bool = False  # the slug was typed at the summary, so it no longer follows the name

    @property
    def slug_is_set(self) -> bool:
        """Whether the slug is the user's own (``--set`` or typed), rather than derived from the name."""
        return "project_slug" in self.answers and ("project_slug" in self.fixed or self.slug_by_hand)

    def template(self) -> TemplateOptions | None:
        from generator.template_lookup import load_template

        return load_template(self.framework) if self.framework is not None else None


# --- the project name and slug ---------------------------------------------------------------------


def name_problem(conv: Conversation, name: str, template: TemplateOptions | None) -> str | None:
    """Why ``name`` cannot be this project's name (see generator/naming.py); None when it can."""
    own_slug = conv.answers["project_slug"] if conv.slug_is_set else None
    return naming.name_problem(name, template, conv.output_dir, own_slug)


def ask_project_name(conv: Conversation, template: TemplateOptions | None) -> str:
    import questionary

    def validate(value: str) -> bool | str:
        return name_problem(conv, value, template) or True

    return questionary.text("Project name:", default=conv.project_name or "", validate=validate).unsafe_ask()


def settle_name(conv: Conversation, template: TemplateOptions | None) -> None:
    """Make sure the name (and its slug and folder) suits ``template``: the framework chosen since
    the name was checked may derive or reserve slugs differently. Asks the name again if not."""
    while problem := name_problem(conv, conv.project_name or "", template):
        if conv.slug_is_set and "project_slug" in conv.fixed:
            raise FwgenError(problem)  # a slug given on the command line: no name can mend it
        if conv.slug_by_hand:  # the typed slug does not suit this template: follow the name again
            conv.slug_by_hand = False
            conv.answers.pop("project_slug", None)
            continue
        _echo([problem])
        conv.project_name = ask_project_name(conv, template)


def ask_needs_step(step: str, current: dict[str, Any]) -> Any:
    """Ask one of the needs questions; returns its answer."""
    import questionary

    from generator.needs import experience_choices, kind_choices, need_choices, size_choices

    if step == "kind":
        choices = [questionary.Choice(c.label, c.key, description=c.description) for c in kind_choices()]
        return questionary.select(
            "What are you building?", choices=choices, default=current.get("kind") or "site"
        ).unsafe_ask()
    if step == "needs":
        chosen = set(current.get("needs") or ())

        def choice(trait: Any) -> Any:
            return questionary.Choice(
                trait.label, trait.key, checked=trait.key in chosen, description=trait.description
            )

        traits = need_choices()
        choices = [
            *(choice(t) for t in traits if t.group == "feature"),
            questionary.Separator("-- qualities that matter most --"),
            *(choice(t) for t in traits if t.group != "feature"),
        ]
        return questionary.checkbox(
            "What does it need? (space to tick, enter when done)", choices=choices
        ).unsafe_ask()
    if step == "experience":
        levels = experience_choices()
        choices = [questionary.Choice(c.label, c.key, description=c.description) for c in levels]
        return questionary.select(
            "How experienced with Python is the team?",
            choices=choices,
            default=current.get("experience") or "intermediate",
        ).unsafe_ask()
    if step == "async_experience":
        return questionary.confirm(
            "Has the team written async (asyncio) code before?",
            default=bool(current.get("async_experience", False)),
        ).unsafe_ask()
    if step == "size":
        choices = [questionary.Choice(c.label, c.key, description=c.description) for c in size_choices()]
        return questionary.select(
            "How big will it grow?", choices=choices, default=current.get("size") or "medium"
        ).unsafe_ask()
    raise ValueError(step)


def framework_choices(ranking: Any) -> list[Any]:
    """Every framework in rank order; those without a template are shown but cannot be picked."""
    import questionary

    choices = []
    for entry in ranking.entries:
        title = f"{entry.name:<10} fit {entry.score:3.0f}"
        if entry.key == ranking.pick:
            title += "  (recommended)"
        disabled = None
        if entry.status != "template":
            alternative = f"; fwgen offers {entry.alternative}" if entry.alternative else ""
            disabled = f"{entry.status}{alternative}"
        elif entry.excluded:
            title += f"  (misses: {'; '.join(entry.exclusions)})"
        choices.append(questionary.Choice(title, entry.key, disabled=disabled))
    return choices


def ask_framework(ranking: Any, current: str | None) -> str:
    import questionary

    default = current if current in {e.key for e in ranking.entries if e.status == "template"} else None
    return questionary.select(
        "Which framework?", choices=framework_choices(ranking), default=default or ranking.pick
    ).unsafe_ask()


def ask_option(
    template: TemplateOptions, option: Option, default: Any, allowed: list[Any], validate: Any = None
) -> Any:
    import questionary

    if option.kind == "choice":
        choices = [
            questionary.Choice(option.choice_labels.get(value, value), value)
            for value in option.choices
            if value in allowed
        ]
        return questionary.select(option.prompt, choices=choices, default=default).unsafe_ask()
    if option.kind == "boolean":
        return questionary.confirm(option.prompt, default=bool(default)).unsafe_ask()
    if validate is None and option.key == "project_slug" and template.identifier_slug:

        def validate(value: str) -> bool | str:
            try:
                validate_slug(value, template.reserved_slugs)
            except FwgenError as error:
                return str(error)
            return True

    kwargs = {"validate": validate} if validate else {}
    return questionary.text(option.prompt, default=str(default), **kwargs).unsafe_ask()


# --- option defaults and the template's questions --------------------------------------------------


def ask_options(
    template: TemplateOptions,
    given: dict[str, Any],
    needs: dict[str, Any] | None = None,
    skip: frozenset[str] = frozenset({"project_slug"}),
) -> dict[str, Any]:
    """Ask every option not in ``given`` in the template's order, skipping what does not apply.

    An option whose value the earlier answers already decide (through the template's constraints)
    is set without asking. ``skip`` options take their default (the slug follows the name).
    """
    answers = dict(given)
    for option in template.options:
        if option.key in answers or option.kind == "mapping":  # a mapping is never asked
            continue
        if option.key in skip:
            answers[option.key] = default_for(template, option.key, answers)
            continue
        if option.kind == "text":
            answers[option.key] = ask_option(template, option, default_for(template, option.key, answers), [])
            continue
        start, allowed = suggestion(template, option, answers, needs or {})
        # Only one value left: the earlier answers decided it, so there is nothing to ask.
        answers[option.key] = start if len(allowed) == 1 else ask_option(template, option, start, allowed)
    return answers


# --- the whole conversation -------------------------------------------------------------------------


def summary_lines(conv: Conversation) -> list[str]:
    rows: list[tuple[str, Any]] = [("project name", conv.project_name)]
    for key in NEEDS_STEPS:
        if key in conv.needs:
            value = conv.needs[key]
            if isinstance(value, list | tuple | set | frozenset):
                value = ", ".join(sorted(value)) or "(none)"
            elif isinstance(value, bool):
                value = "yes" if value else "no"
            rows.append((key.replace("_", " "), value))
    rows.append(("framework", conv.framework))
    rows += [(key.replace("_", " "), value) for key, value in conv.answers.items() if key != "project_name"]
    width = max(len(label) for label, _ in rows)
    return [f"  {label:<{width}}  {value}" for label, value in rows]


def _echo(lines: list[str]) -> None:
    import questionary

    for line in lines:
        questionary.print(line)


def _recommend(conv: Conversation) -> Any:
    from generator.needs import Needs
    from generator.ranking import rank
    from generator.ranking_text import format_ranking

    ranking = rank(Needs.from_dict(conv.needs))
    _echo(["", *format_ranking(ranking, detail=2), ""])
    return ranking


def _choose_framework(conv: Conversation, keep_current: bool = True) -> None:
    """Show the ranking and ask for the framework; the cursor starts on the current choice, or on
    the recommendation when the needs have just changed."""
    ranking = _recommend(conv)
    previous = conv.framework
    conv.framework = ask_framework(ranking, previous if keep_current else None)
    if conv.framework != previous:  # another template: its own options, but what the user set stays
        kept = conv.fixed | ({"project_slug"} if conv.slug_by_hand else set())
        conv.answers = {key: value for key, value in conv.answers.items() if key in kept}


def _ask_template_options(conv: Conversation) -> None:
    from generator.template_lookup import load_template

    template = load_template(conv.framework)
    settle_name(conv, template)
    given = {k: v for k, v in conv.answers.items() if k in template.all_keys}
    given["project_name"] = conv.project_name
    conv.answers = ask_options(template, given, conv.needs)


def _change_one(conv: Conversation) -> None:
    import questionary

    from generator.template_lookup import load_template

    template = load_template(conv.framework)
    choices = [questionary.Choice("project name", "project_name")]
    choices += [questionary.Choice(k.replace("_", " "), f"needs:{k}") for k in NEEDS_STEPS if k in conv.needs]
    choices.append(questionary.Choice("framework", "framework"))
    choices += [
        questionary.Choice(o.key.replace("_", " "), f"option:{o.key}")
        for o in template.options
        if o.key != "project_name" and o.key not in conv.fixed and o.kind != "mapping"
    ]
    which = questionary.select("Which answer?", choices=choices).unsafe_ask()
    if which == "project_name":
        if not conv.slug_is_set:
            conv.answers.pop("project_slug", None)  # the slug follows the name unless set by hand
        conv.project_name = ask_project_name(conv, template)
        conv.answers["project_name"] = conv.project_name
        _ask_template_options(conv)
    elif which.startswith("needs:"):
        step = which.removeprefix("needs:")
        conv.needs[step] = ask_needs_step(step, conv.needs)
        _choose_framework(conv, keep_current=False)
        _ask_template_options(conv)
    elif which == "framework":
        _choose_framework(conv)
        _ask_template_options(conv)
    else:
        key = which.removeprefix("option:")
        option = template.get(key)
        others = {k: v for k, v in conv.answers.items() if k != key}
        if key == "project_slug":
            conv.answers[key] = ask_option(
                template, option, conv.answers.get(key, ""), [], validate=_slug_validator(conv, template)
            )
            conv.slug_by_hand = True
        elif option.kind == "text":
            conv.answers[key] = ask_option(template, option, conv.answers.get(key, ""), [])
        else:
            allowed = allowed_values(template, option, others)
            current = conv.answers.get(key)
            conv.answers[key] = ask_option(
                template, option, current if current in allowed else allowed[0], allowed
            )
        # later options may no longer apply: drop the ones the new value rules out and re-ask them
        for later in template.options:
            ruled_out = conv.answers.get(later.key) not in allowed_values(template, later, conv.answers)
            if later.key != key and later.kind != "text" and later.key not in conv.fixed and ruled_out:
                conv.answers.pop(later.key, None)
        _ask_template_options(conv)


def _slug_validator(conv: Conversation, template: TemplateOptions) -> Any:
    def validate(value: str) -> bool | str:
        return naming.slug_problem(value, template, conv.output_dir) or True

    return validate


def converse(request: Request) -> Request:
    """Run the interactive conversation on ``request``; returns the request as the user finished it.

    Answers already in the request (flags, an answers file) are never asked. Where the project goes
    is the request's output folder: a name whose folder there is taken is refused as soon as it is
    typed (unless the request replaces with --force). A name or slug given on the command line that
    cannot be used fails at once, before any question.
    Raises KeyboardInterrupt on Ctrl-C and :class:`Cancelled` when the user cancels at the summary.
    """
    finished = _converse(
        request.given.get("project_name"),
        request.framework,
        {key: value for key, value in request.given.items() if key != "project_name"},
        dict(request.needs),
        None if request.force else request.output_dir,
    )
    framework, answers, needs = finished
    kept = {
        key: request.answers[key] if key in request.answers and request.answers[key].value == value
        else Answer(value, "asked")
        for key, value in answers.items()
    }  # fmt: skip
    return request.changed(framework=framework, answers=kept, needs=needs)


def _converse(
    project_name: str | None,
    framework: str | None,
    given: dict[str, Any],
    needs: dict[str, Any] | None = None,
    output_dir: Path | None = None,
) -> tuple[str, dict[str, Any], dict[str, Any]]:
    import questionary

    conv = Conversation(
        project_name=project_name,
        needs=dict(needs or {}),
        framework=framework,
        answers=dict(given),
        fixed=frozenset(given),
        output_dir=output_dir,
    )
    template = conv.template()
    if conv.slug_is_set and (
        problem := naming.slug_problem(conv.answers["project_slug"], template, conv.output_dir)
    ):
        raise FwgenError(problem)
    if conv.project_name is not None:
        if problem := name_problem(conv, conv.project_name, template):
            raise FwgenError(problem)
    else:
        conv.project_name = ask_project_name(conv, template)
    if conv.framework is None:
        for step in NEEDS_STEPS:
            if step not in conv.needs:
                conv.needs[step] = ask_needs_step(step, conv.needs)
        _choose_framework(conv, keep_current=False)
    _ask_template_options(conv)
    while True:
        _echo(["", "Summary:", *summary_lines(conv), ""])
        action = questionary.select(
            "Create this project?",
            choices=[
                questionary.Choice("Create it", "create"),
                questionary.Choice("Change an answer", "change"),
                questionary.Choice("Cancel", "cancel"),
            ],
        ).unsafe_ask()
        if action == "create":
            return conv.framework, conv.answers, conv.needs
        if action == "cancel":
            raise Cancelled
        _change_one(conv)


class Cancelled(Exception):
    """The user chose Cancel at the summary."""

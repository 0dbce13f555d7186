"""The questionary conversation: name -> needs -> recommendation -> template options -> summary.

It returns plain answers and renders nothing (render.py writes files, cli.py prints the result).
The decision point (recommendation and picker) is in flow_pick.py, the summary in flow_summary.py.
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
from generator.flow_needs import ask_needs_step
from generator.options import Option, TemplateOptions
from generator.request import Answer, Request
from generator.slug import validate_slug

NEEDS_STEPS = ("kind", "needs", "hard", "experience", "async_experience", "size")
DEFAULT_NAME = "My Project"
INTRO = (
    "Five steps: 1) the project name, 2) what you are building (a few short questions), 3) the\n"
    "framework, recommended with its reasons, 4) that template's options, 5) a summary. Nothing is\n"
    "written before you confirm it; Ctrl-C stops at any point."
)


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
    target_dir: Path | None = None  # where the project folder goes, checked or not (for the summary)
    replace: bool = False  # the user chose to back up and replace the project's existing folder

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
    """Ask until the name can be used. A problem is printed in full above the prompt (a validator's
    message sits on the last row, cut at the terminal's width), and the typed name is offered again
    to mend. When only its folder is taken, the user may instead back that folder up and replace it."""
    import questionary

    if conv.replace:  # a new name: the folder agreed to be replaced is no longer the target
        conv.replace, conv.output_dir = False, conv.target_dir
    typed = conv.project_name or ""
    suggested = _free_default_name(conv, template)
    while True:
        question = f"Project name (enter for {suggested!r}):" if not typed else "Project name:"
        typed = questionary.text(question, default=typed).unsafe_ask()
        name = typed if typed.strip() else suggested
        problem = name_problem(conv, name, template)
        if problem is None:
            return name
        folder_only = conv.output_dir is not None and not naming.name_problem(
            name, template, None, conv.answers["project_slug"] if conv.slug_is_set else None
        )
        _echo([f"! {problem}"])
        # Only a folder holding files can be backed up and replaced (not a file or a symlink).
        if folder_only and "is not empty" in problem and _replace_folder():
            conv.replace, conv.output_dir = True, None
            return name


def _free_default_name(conv: Conversation, template: TemplateOptions | None) -> str:
    """ "My Project", or "My Project 2", ... when its folder is taken."""
    for number in range(1, 100):
        name = DEFAULT_NAME if number == 1 else f"{DEFAULT_NAME} {number}"
        if name_problem(conv, name, template) is None:
            return name
    return DEFAULT_NAME


def _replace_folder() -> bool:
    import questionary

    return questionary.select(
        "That folder already holds files. What now?",
        choices=[
            questionary.Choice("Choose another name", False),
            questionary.Choice("Back the folder up (NAME.fwgen-backup-...) and replace it", True),
        ],
    ).unsafe_ask()


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


def _echo(lines: list[str]) -> None:
    import questionary

    for line in lines:
        questionary.print(line)


def _choose_framework(conv: Conversation, keep_current: bool = True) -> None:
    """Show the decision and ask for the framework; the cursor starts on the current choice, or on
    the recommendation when the needs have just changed."""
    from generator.flow_pick import ask_framework
    from generator.needs import Needs
    from generator.ranking import rank
    from generator.template_lookup import load_template

    ranking = rank(Needs.from_dict(conv.needs))
    previous = conv.framework
    conv.framework = ask_framework(ranking, previous if keep_current else None)
    if conv.framework != previous and previous is not None:
        # Another template: every answer it has an option for, with a value it allows, is kept
        # (a database, Docker); the rest it asks, starting from what the needs suggest.
        template = load_template(conv.framework)
        kept = {key: value for key, value in conv.answers.items() if key in conv.fixed}
        for key, value in conv.answers.items():
            if key in kept or key not in template.all_keys:
                continue
            option = template.get(key)
            if option.kind == "text" or value in allowed_values(template, option, kept):
                kept[key] = value
        if not conv.slug_by_hand and "project_slug" not in conv.fixed:
            kept.pop("project_slug", None)  # the new template derives its own slug from the name
        conv.answers = kept


def _ask_template_options(conv: Conversation) -> None:
    from generator.template_lookup import load_template

    template = load_template(conv.framework)
    settle_name(conv, template)
    given = {k: v for k, v in conv.answers.items() if k in template.all_keys}
    given["project_name"] = conv.project_name
    conv.answers = ask_options(template, given, conv.needs)


def _change_one(conv: Conversation) -> None:
    import questionary

    from generator.flow_summary import STEP_LABELS
    from generator.template_lookup import load_template

    template = load_template(conv.framework)
    choices = [questionary.Choice("Project name", "project_name")]
    choices += [questionary.Choice(STEP_LABELS[k], f"needs:{k}") for k in NEEDS_STEPS if k in conv.needs]
    choices.append(questionary.Choice("Framework", "framework"))
    choices += [
        questionary.Choice(o.prompt, f"option:{o.key}")
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
        if step == "needs":  # a must-have is a need: drop those no longer ticked, ask again
            conv.needs["hard"] = ask_needs_step("hard", conv.needs) if conv.needs["needs"] else []
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
    is the request's output folder: a name whose folder there is taken is caught as soon as it is
    typed (unless the request replaces with --force), and the user picks another name or has the
    folder backed up and replaced (the request then has force). A name or slug given on the command
    line that cannot be used fails at once, before any question.
    Raises KeyboardInterrupt on Ctrl-C and :class:`Cancelled` when the user cancels at the summary.
    """
    conv = Conversation(
        project_name=request.given.get("project_name"),
        needs=dict(request.needs),
        framework=request.framework,
        answers={key: value for key, value in request.given.items() if key != "project_name"},
        output_dir=None if request.force else request.output_dir,
        target_dir=request.output_dir,
    )
    conv.fixed = frozenset(conv.answers)
    _converse(conv, replacing=request.force)
    kept = {
        key: request.answers[key] if key in request.answers and request.answers[key].value == value
        else Answer(value, "asked")
        for key, value in conv.answers.items()
    }  # fmt: skip
    return request.changed(
        framework=conv.framework, answers=kept, needs=conv.needs, force=request.force or conv.replace
    )


def _converse(conv: Conversation, replacing: bool) -> None:
    import questionary

    from generator.flow_summary import summary_lines

    template = conv.template()
    if conv.slug_is_set and (
        problem := naming.slug_problem(conv.answers["project_slug"], template, conv.output_dir)
    ):
        raise FwgenError(problem)
    if conv.project_name is not None:
        if problem := name_problem(conv, conv.project_name, template):
            raise FwgenError(problem)
    else:
        if conv.framework is None:
            _echo([INTRO, ""])
        conv.project_name = ask_project_name(conv, template)
    if conv.framework is None:
        for step in NEEDS_STEPS:
            if step == "hard" and not conv.needs.get("needs"):
                conv.needs.setdefault("hard", [])
            elif step not in conv.needs:
                conv.needs[step] = ask_needs_step(step, conv.needs)
        _choose_framework(conv, keep_current=False)
    _ask_template_options(conv)
    while True:
        template = conv.template()
        slug = conv.answers.get("project_slug")
        folder = conv.target_dir / slug if conv.target_dir is not None and slug else None
        lines = summary_lines(conv, template, folder, replacing or conv.replace)
        _echo(["", "Summary:", *lines, ""])
        action = questionary.select(
            "Create this project?",
            choices=[
                questionary.Choice("Create it", "create"),
                questionary.Choice("Change an answer", "change"),
                questionary.Choice("Cancel", "cancel"),
            ],
        ).unsafe_ask()
        if action == "create":
            return
        if action == "cancel":
            raise Cancelled
        _change_one(conv)


class Cancelled(Exception):
    """The user chose Cancel at the summary."""

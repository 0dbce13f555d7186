"""`fwgen new`: from the parsed command line to a project on disk, and what to print about it.

cli.py parses the flags and calls ``run_new``; this module turns them into one Request (flags >
answers file > needs > defaults), asks what is missing in a terminal (flow.py), calls
``create_project`` and prints the next steps. ``--template`` takes any Cookiecutter template
instead, through outside.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.console import echo, shown, state
from generator.errors import FwgenError


def run_new(
    *,
    name: str | None,
    framework: str | None,
    template_spec: str | None,
    directory: str | None,
    checkout: str | None,
    sets: tuple[str, ...],
    answers_file: Path | None,
    no_input: bool,
    output_dir: Path,
    force: bool,
    no_git: bool,
    needs: dict[str, Any],
    interactive: bool,
    say: Callable[[str], None],
    ranking_for: Callable[[dict[str, Any]], Any],
) -> None:
    """Create the project the flags describe; ``interactive`` when stdin is a terminal and input
    is allowed (then flow.py asks what the flags leave open)."""
    from generator.answers import command_line, load_answers_file, parse_sets, shell_path
    from generator.context import default_for
    from generator.next_steps import next_steps
    from generator.project import check_given, create_project
    from generator.render import checkpoint
    from generator.request import Request
    from generator.template_lookup import load_template, resolve_framework, template_names

    request = Request(framework=framework, output_dir=output_dir, force=force)
    if answers_file is not None:
        file_framework, file_answers, file_needs = load_answers_file(answers_file)
        request = request.with_answers(file_answers, "answers-file").with_needs(file_needs)
        request = request.changed(framework=framework or file_framework)
    flags = parse_sets(sets)
    if name is not None and flags.get("project_name", name) != name:
        raise FwgenError(
            f"NAME {name!r} and --set project_name={flags['project_name']!r} disagree; give the name once"
        )
    request = request.with_answers({**flags, **({"project_name": name} if name is not None else {})}, "flag")
    request = request.with_needs(needs)
    if template_spec is not None or directory is not None or checkout is not None:
        if framework is not None or request.needs:
            raise FwgenError("--template replaces --framework and the needs flags; give one or the other")
        request = request.changed(framework=None)  # an answers file's framework names the template's folder
        _new_from_template(request, template_spec, directory, checkout, interactive, no_input, say)
        return
    if request.framework is not None:  # an unknown framework or option fails before anything is asked
        request = request.changed(framework=resolve_framework(request.framework))  # "Flask" is flask
        check_given(load_template(request.framework), request)
    if request.needs:
        ranking = ranking_for(dict(request.needs))  # bad needs fail before anything is asked
        request = request.changed(needs=ranking.needs.to_dict())  # one spelling from here on

    if interactive:
        from generator.flow import Cancelled, converse

        try:
            request = converse(request)
        except Cancelled:
            echo("Cancelled; nothing was written.")
            return
    elif request.framework is None:
        if not request.needs:
            raise FwgenError(
                f"no framework given; pass --framework {'|'.join(template_names())}, "
                "or --kind/--needs to take fwgen's recommendation"
            )
        if ranking.pick is None:
            raise FwgenError(f"no framework with a template fits: {' '.join(ranking.notes)}")
        request = request.changed(framework=ranking.pick)
        pick = ranking.entry(ranking.pick).name
        echo(f"Recommended for your needs: {pick} (confidence {ranking.confidence})")

    template = load_template(request.framework)
    missing = [key for key in template.keys if key not in request.answers and key != "project_slug"]
    if missing and not no_input and not interactive:
        raise FwgenError(
            "stdin is not a terminal, so fwgen cannot ask; pass "
            f"{flags_for(template, missing)} or --no-input to take the defaults"
        )
    from generator.outside import config_default_context, with_config_defaults

    request = with_config_defaults(request, config_default_context(), say)
    created = create_project(request, say=say)
    state.created = created.path
    checkpoint("created")

    defaults = {key: default_for(template, key, created.answers) for key in template.keys}
    echo(f"Created {shown(created.path)} ({created.framework}).")
    if not no_git:
        from generator.git_repo import start_history

        echo(shown(start_history(created.path)))
    echo("")
    for line in next_steps(shown(shell_path(created.path))):
        echo(line)
    echo("\nTo make this project again without questions:")
    again = command_line(created.framework, created.answers, defaults)
    if again != shown(again):
        # An answer holds characters the terminal would act on: point at the answers instead.
        again = f"fwgen new --answers {shell_path(created.path / '.fwgen.json')} --no-input -o OTHER_FOLDER"
    echo(f"  {shown(again)}")


def _new_from_template(
    request: Any,
    spec: str | None,
    directory: str | None,
    checkout: str | None,
    interactive: bool,
    no_input: bool,
    say: Callable[[str], None],
) -> None:
    """`fwgen new --template`: any Cookiecutter template, no recommendation (outside.py)."""
    from generator.answers import template_command_line
    from generator.outside import create_from_template
    from generator.render import checkpoint

    if spec is None:
        raise FwgenError("--directory and --checkout go with --template PATH_OR_GIT_URL")
    created = create_from_template(
        request, spec, directory=directory, checkout=checkout, interactive=interactive,
        no_input=no_input, say=say, missing_hint=flags_for,
    )  # fmt: skip
    state.created = created.path
    checkpoint("created")
    echo(f"Created {shown(created.path)} from {shown(spec)}.")
    echo("\nTo make this project again without questions:")
    echo(f"  {shown(template_command_line(spec, directory, checkout, created.path))}")


def flags_for(template: Any, keys: list[str]) -> str:
    """The --set flags that would give ``keys``, for a message that names what to pass."""
    flags = []
    for key in keys:
        option = template.get(key)
        if option.kind == "choice":
            flags.append(f"--set {key}={'|'.join(option.choices)}")
        elif option.kind == "boolean":
            flags.append(f"--set {key}=yes|no")
        else:
            flags.append(f"--set {key}=TEXT")
    return " ".join(flags)

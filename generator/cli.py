"""fwgen's command line: parses, calls, prints. The work happens in the modules it calls.

Heavy modules (cookiecutter, jinja2, questionary) are imported inside the commands that need them,
so `fwgen --help` and `fwgen --version` start fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from generator import __version__
from generator.errors import FwgenError

EXAMPLES = """\b
Examples:
  fwgen new                                  ask everything interactively
  fwgen new shop --framework flask --no-input
  fwgen new shop -f flask --set database=postgresql --set docker=yes --no-input
  fwgen new --answers shop/.fwgen.json -o elsewhere --no-input   (reproduce a run)
  fwgen list --json
"""


@click.group(epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fwgen")
def cli() -> None:
    """fwgen: pick the Python web framework that fits, and start a project with it.

    It renders a Cookiecutter template into a new folder whose tests pass and whose server
    answers on the first run.
    """


def _stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _flags_for(template: Any, keys: list[str]) -> str:
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


@cli.command()
@click.argument("name", required=False)
@click.option("-f", "--framework", help="The framework whose template to use (see `fwgen list`).")
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="KEY=VALUE",
    help="Answer one template option, e.g. --set database=sqlite. Repeatable.",
)
@click.option(
    "--answers",
    "answers_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON or YAML file of answers, e.g. a project's .fwgen.json to reproduce it.",
)
@click.option("--no-input", is_flag=True, help="Ask nothing: every missing answer takes its default.")
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Where to create the project folder.",
)
@click.option("--force", is_flag=True, help="Replace an existing, non-empty project folder.")
def new(
    name: str | None,
    framework: str | None,
    sets: tuple[str, ...],
    answers_file: Path | None,
    no_input: bool,
    output_dir: Path,
    force: bool,
) -> None:
    """Create a new project NAME (the project name; its folder is the slug of it)."""
    from generator.answers import command_line, load_answers_file, parse_sets
    from generator.context import default_for, resolve_context
    from generator.render import render_project
    from generator.templates import load_template, template_names

    given: dict[str, Any] = {}
    if answers_file is not None:
        file_framework, given = load_answers_file(answers_file)
        framework = framework or file_framework
    given.update(parse_sets(sets))
    if name is not None:
        given["project_name"] = name
    interactive = not no_input and _stdin_is_terminal()

    if framework is None:
        names = template_names()
        if not interactive:
            raise FwgenError(f"no framework given; pass --framework {'|'.join(names)}")
        from generator.flow import ask_framework

        framework = ask_framework(names)
    template = load_template(framework)
    for key in given:
        template.get(key)  # an unknown option fails before anything is asked

    missing = [key for key in template.keys if key not in given and key != "project_slug"]
    if missing and not no_input:
        if not interactive:
            raise FwgenError(
                "stdin is not a terminal, so fwgen cannot ask; pass "
                f"{_flags_for(template, missing)} or --no-input to take the defaults"
            )
        from generator.flow import ask_options

        given = ask_options(template, given)

    context = resolve_context(template, given)
    target = render_project(template, context, output_dir, force=force)
    answers = {key: context[key] for key in template.keys}
    defaults = {key: default_for(template, key, answers) for key in template.keys}
    click.echo(f"Created {target} ({framework}).")
    click.echo("\nNext steps:")
    click.echo(f"  cd {target}")
    click.echo("  uv sync          # or: python -m venv .venv && pip install -e . --group dev")
    click.echo("  uv run pytest")
    click.echo("  README.md has the run, lint, migration and production-server commands.")
    click.echo("\nTo make this project again without questions:")
    click.echo(f"  {command_line(framework, answers, defaults)}")


@cli.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def list_templates(as_json: bool) -> None:
    """Show the frameworks fwgen has templates for, with their options."""
    from generator.templates import load_template, template_names

    templates = [load_template(name) for name in template_names()]
    if as_json:
        data = [
            {
                "framework": t.name,
                "options": [
                    {
                        "key": o.key,
                        "kind": o.kind,
                        "prompt": o.prompt,
                        "default": o.default,
                        "choices": list(o.choices),
                    }
                    for o in t.options
                ],
            }
            for t in templates
        ]
        click.echo(json.dumps(data, indent=2))
        return
    for t in templates:
        click.echo(click.style(t.name, bold=True))
        for option in t.options:
            click.echo(f"  {option.describe()}")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: one-line errors instead of tracebacks, 130 on Ctrl-C."""
    try:
        cli.main(args=argv, prog_name="fwgen", standalone_mode=False)
    except FwgenError as error:
        click.echo(f"fwgen: error: {error}", err=True)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("fwgen: cancelled; nothing was written.", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except KeyboardInterrupt:
        click.echo("fwgen: cancelled; nothing was written.", err=True)
        sys.exit(130)
    except Exception as error:  # a bug in fwgen: one line, and the traceback on request
        if os.environ.get("FWGEN_DEBUG"):
            raise
        click.echo(
            f"fwgen: internal error: {type(error).__name__}: {error} "
            "(run with FWGEN_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        sys.exit(1)
    sys.exit(0)

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
from generator.console import OutputLost, echo, flush_stdout, interrupted, output_lost, shown, state
from generator.errors import FwgenError

EXAMPLES = """\b
Examples:
  fwgen new                                  ask everything interactively
  fwgen new shop --framework flask --no-input
  fwgen new shop -f flask --set database=postgresql --set docker=yes --no-input
  fwgen new --answers shop/.fwgen.json -o elsewhere --no-input   (reproduce a run)
  fwgen list --json
  fwgen update shop --set docker=yes         (change an answer; keeps your edits)
"""


@click.group(epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fwgen")
def cli() -> None:
    """fwgen: pick the Python web framework that fits, and start a project with it.

    It renders a Cookiecutter template into a new folder whose tests pass and whose server
    answers on the first run.
    """


def _say(line: str) -> None:
    echo(shown(line))


def _stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def needs_options(command: Any) -> Any:
    """The needs flags shared by `new` and `recommend`."""
    flags = [
        click.option("--kind", help="What you are building: site, api, realtime, small or unconventional."),
        click.option(
            "--needs",
            metavar="LIST",
            help="Comma-separated needs, e.g. admin,orm,auth (see `fwgen recommend --help`).",
        ),
        click.option("--hard", metavar="LIST", help="Needs that must be met; others only weigh."),
        click.option("--experience", help="The team's Python experience: beginner, intermediate, expert."),
        click.option(
            "--async-experience",
            type=click.Choice(["yes", "no"]),
            help="Has the team written asyncio code before?",
        ),
        click.option("--size", help="How big it will grow: small, medium, large."),
    ]
    for flag in reversed(flags):
        command = flag(command)
    return command


def _needs_from_flags(params: dict[str, Any]) -> dict[str, Any]:
    from generator.needs import NEEDS_FIELDS

    return {key: params[key] for key in NEEDS_FIELDS if params.get(key) is not None}


def _ranking(needs: dict[str, Any]) -> Any:
    from generator.needs import Needs, NeedsError
    from generator.ranking import rank

    try:
        return rank(Needs.from_dict(needs))
    except NeedsError as error:
        raise FwgenError(str(error)) from None


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
@click.option(
    "--force",
    is_flag=True,
    help="Replace an existing, non-empty project folder; the old one is kept beside it as "
    "NAME.fwgen-backup-YYYYMMDD-HHMMSS.",
)
@click.option(
    "--no-git", is_flag=True, help="Do not make the project a git repository (fwgen update needs one)."
)
@click.option(
    "-t",
    "--template",
    "template_spec",
    metavar="PATH_OR_GIT_URL",
    help="Use any Cookiecutter template instead of a framework's: a folder, a zip file or a git URL "
    "(as cookiecutter takes it, your cookiecutter abbreviations included). No recommendation.",
)
@click.option("--directory", metavar="SUBDIR", help="With --template: the template's folder inside it.")
@click.option("--checkout", metavar="REF", help="With --template from git: the branch, tag or commit.")
@needs_options
def new(
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
    **needs_flags: Any,
) -> None:
    """Create a new project called NAME (its folder is the slug of the name).

    In a terminal, with no --framework, fwgen asks what you are building, recommends a framework
    with its reasons, then asks that template's options. With --kind/--needs and no --framework it
    takes the recommendation. With --no-input nothing is asked.
    """
    from generator.new_command import run_new

    run_new(
        name=name, framework=framework, template_spec=template_spec, directory=directory,
        checkout=checkout, sets=sets, answers_file=answers_file, no_input=no_input,
        output_dir=output_dir, force=force, no_git=no_git, needs=_needs_from_flags(needs_flags),
        interactive=not no_input and _stdin_is_terminal(), say=_say, ranking_for=_ranking,
    )  # fmt: skip


@cli.command()
@click.argument("path", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help="Change one answer. Repeatable.")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option("--no-input", is_flag=True, help="Ask nothing, even in a terminal.")
@click.option("--no-commit", is_flag=True, help="Stage the update instead of committing it.")
def update(path: Path, sets: tuple[str, ...], dry_run: bool, no_input: bool, no_commit: bool) -> None:
    """Bring the project at PATH (default: here) up to the current template, with any --set
    changes to its recorded answers, by a three-way merge that keeps your edits. The project must
    be a committed git repository (`fwgen new` makes one). Exits 1 when conflicts are left to fix.

    \b
    Example: fwgen update shop --set docker=yes --dry-run
    """
    from generator.answers import parse_sets
    from generator.update import ask_changes, update_project
    from generator.update_text import finish_lines, summary_lines

    def applied() -> None:
        state.finished = f"{path} was already updated completely"

    interactive = not sets and not no_input and _stdin_is_terminal()
    done = update_project(
        path, parse_sets(sets), dry_run=dry_run, commit=not no_commit,
        ask=ask_changes if interactive else None, say=lambda line: echo(shown(line)), applied=applied,
    )  # fmt: skip
    for line in summary_lines(done, dry_run=dry_run):
        echo(shown(line))
    if not dry_run:
        for line in finish_lines(done, committed=not no_commit):
            echo(shown(line))
    if done.conflicted and not dry_run:
        raise click.exceptions.Exit(1)


@cli.command()
@needs_options
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as JSON.")
@click.option("--all", "show_all", is_flag=True, help="Every framework with every reason and weight.")
@click.option(
    "--detail", default=3, show_default=True, help="With --all: how many frameworks to explain in full."
)
def recommend(as_json: bool, show_all: bool, detail: int, **needs_flags: Any) -> None:
    """Rank the Python web frameworks for your needs, with the reasons. Writes nothing.

    \b
    Needs: admin, orm, auth, forms, templates, openapi, websockets, async,
           throughput, single_file, flexibility, learning_curve, community, maintenance
    Example: fwgen recommend --kind api --needs openapi,orm --hard openapi
    """
    from generator.ranking_text import format_ranking

    ranking = _ranking(_needs_from_flags(needs_flags))
    if as_json:
        echo(json.dumps(ranking.to_dict(), indent=2))
    elif show_all:
        for line in format_ranking(ranking, detail=detail):
            echo(line)
    else:  # the same one screen `fwgen new` decides on
        from generator.decision import decision_lines, render, use_color

        echo(render(decision_lines(ranking), color=use_color(sys.stdout)))


@cli.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def list_templates(as_json: bool) -> None:
    """Show the frameworks fwgen knows: templates with their options, and the status of the rest."""
    from generator.catalog import load_catalog
    from generator.template_lookup import load_template, template_names

    templates = [load_template(name) for name in template_names()]
    others = [fw for fw in load_catalog().frameworks if fw.key not in {t.name for t in templates}]
    if as_json:
        from generator.listing import framework_listing

        echo(json.dumps(framework_listing(), indent=2))
        return
    echo(click.style("Templates", bold=True))
    for t in templates:
        echo(click.style(f"  {t.name}", bold=True))
        for option in t.options:
            echo(f"    {option.describe()}")
    echo(click.style("\nOther frameworks (no template)", bold=True))
    for fw in others:
        alternative = f"; use {fw.alternative}" if fw.alternative else ""
        echo(f"  {fw.name:<10} {fw.status}{alternative}: {fw.reason}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="The port.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@click.option(
    "--allow-remote", is_flag=True, help="Allow a --host other machines can reach (no authentication)."
)
def serve(host: str, port: int, open_browser: bool, allow_remote: bool) -> None:
    """Serve the recommendation and the generator as a local web page, with a JSON API
    (/api/frameworks, /api/recommend, /api/preview, /api/generate). Needs `pip install 'fwgen[web]'`.
    """
    from generator.web import INSTALL_HINT

    try:
        from generator.web.server import serve as run_server
    except ModuleNotFoundError as missing:
        if missing.name not in {"starlette", "uvicorn"}:
            raise
        raise FwgenError(INSTALL_HINT) from None
    run_server(host, port, open_browser=open_browser, allow_remote=allow_remote, say=echo)


@cli.command(name="test")
@click.argument("templates", nargs=-1)
@click.option(
    "--quick", is_flag=True, help="Bake only the defaults of each template, not all pairs of options."
)
@click.option("--jobs", "-j", default=1, show_default=True, help="Combinations checked at once.")
@click.option("--keep", is_flag=True, help="Keep the baked projects (their folder is printed).")
@click.option("--python", "python", default="3.11", show_default=True, help="Python version to install with.")
@click.option(
    "--database-url",
    metavar="URL",
    help="A PostgreSQL server to make throw-away databases on; by default fwgen starts its own.",
)
def test_templates(
    templates: tuple[str, ...], quick: bool, jobs: int, keep: bool, python: str, database_url: str | None
) -> None:
    """Bake each TEMPLATE's option combinations (all of them when none is named) and run every baked
    project's own checks: install with uv, its tests, ruff and mypy, migrations, and its production
    server answering /health, as the template's `_fwgen.checks` say. Exits 1 when any check failed.

    \b
    Example: fwgen test flask --quick
    """
    from generator.template_lookup import load_template, template_names
    from generator.template_test import run_templates

    names = list(templates) or template_names()
    for name in names:
        load_template(name)  # an unknown template fails before anything is baked
    passed = run_templates(
        names, quick=quick, jobs=jobs, keep=keep, python=python, database_url=database_url, echo=echo
    )
    if not passed:
        raise click.exceptions.Exit(1)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: one-line errors instead of tracebacks, 130 on Ctrl-C, 128+N on signal N."""
    from generator.signals import Terminated, stop_on_signals

    try:
        with stop_on_signals():
            # Without standalone mode click returns a command's exit status instead of exiting.
            status = cli.main(args=argv, prog_name="fwgen", standalone_mode=False)
            flush_stdout()
        if isinstance(status, int) and status:
            sys.exit(status)
    except FwgenError as error:
        click.echo(f"fwgen: error: {error}", err=True)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        interrupted("cancelled", 130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as done:
        flush_stdout()
        sys.exit(done.exit_code)
    except KeyboardInterrupt:
        interrupted("cancelled", 130)
    except Terminated as stop:
        interrupted(f"stopped by {stop}", 128 + stop.signum)
    except OutputLost as lost:
        output_lost(lost.error)
    except BrokenPipeError as error:  # click's own output (--help) to a reader that went away
        output_lost(error)
    except OSError as error:  # the machine said no: a full disk, a vanished folder
        where = f": {error.filename}" if error.filename else ""
        click.echo(f"fwgen: error: {error.strerror or error}{where}", err=True)
        sys.exit(1)
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

"""What fwgen writes to the terminal, and what a run has done so far, so that every message on an
interruption or a lost standard output is true."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click


class OutputLost(Exception):
    """Standard output cannot be written: the reader went away or the device is full."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def echo(message: str = "") -> None:
    """click.echo to standard output, with a failure to write it told apart from other OS errors."""
    try:
        click.echo(message)
    except OSError as error:
        raise OutputLost(error) from None


class RunState:
    """What a run has done so far, so the message on an interruption is true."""

    created: Path | None = None
    finished: str | None = None  # what a run completed that is not a created project (an update)


state = RunState()


def interrupted(what: str, exit_code: int) -> None:
    if state.finished is not None:
        click.echo(f"fwgen: {what}; {state.finished}.", err=True)
    elif state.created is not None:
        click.echo(f"fwgen: {what}; {state.created} was already created completely.", err=True)
    else:
        click.echo(f"fwgen: {what}; nothing was written.", err=True)
    sys.exit(exit_code)


def output_lost(error: OSError) -> None:
    # Nothing more can reach the reader; point stdout at /dev/null so Python does not try again
    # (and complain) at exit.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if isinstance(error, BrokenPipeError):
        # The reader went away (`fwgen list | head -1`): stop quietly, with the status other Unix
        # tools have when SIGPIPE ends them.
        sys.exit(128 + signal.SIGPIPE)
    done = f"; {state.created} was created" if state.created else ""
    click.echo(f"fwgen: error: cannot write to standard output: {error.strerror}{done}", err=True)
    sys.exit(1)


def flush_stdout() -> None:
    """Write what is buffered now, so a closed pipe or a full device is reported here, not at exit."""
    try:
        sys.stdout.flush()
    except OSError as error:
        output_lost(error)


def shown(text: object) -> str:
    """``text`` safe to print: characters a terminal would act on or hide (escape sequences, other
    control characters, direction overrides) are written as escapes; everything else as it is."""
    return "".join(
        c if c.isprintable() or c == "\n" else c.encode("unicode_escape").decode() for c in str(text)
    )

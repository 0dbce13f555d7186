"""What `fwgen test` shows while it runs, and the summary table at the end.

On a terminal: a live view of the combinations being checked and the phase each is in, with a
line above it for each combination that finished. Elsewhere (a pipe, CI, NO_COLOR, TERM=dumb):
one plain line per finished phase, which a log keeps readable. rich comes with cookiecutter; it is
imported here, when `fwgen test` runs, never for other commands.
"""

from __future__ import annotations

import io
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from generator.checks import PHASES

if TYPE_CHECKING:
    from generator.template_test import CombinationResult, PhaseResult

SUMMARY_PHASES = ("bake", *PHASES)


def wants_live_view(stream: IO[str]) -> bool:
    """A live view only for a person at a terminal that can redraw, who did not ask for plain text."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


@dataclass
class _Running:
    template: str
    label: str
    phase: str
    since: float


class Progress:
    """Told when a combination's phase starts and ends (from several threads at once)."""

    def __init__(self, echo: Callable[[str], None], console: Any = None) -> None:
        self.echo = echo
        self.console = console  # a rich Console: live view; None: plain lines
        self.lock = threading.Lock()
        self.running: dict[str, _Running] = {}
        self.planned = 0
        self.finished = 0
        self.failed = 0
        self._live: Any = None

    @contextmanager
    def shown(self, planned: int) -> Iterator[Progress]:
        self.planned = planned
        if self.console is None:
            yield self
            return
        from rich.live import Live

        # transient: when the run ends the live lines go, and the summary table takes their place.
        with Live(
            console=self.console, get_renderable=self._view, refresh_per_second=4, transient=True
        ) as live:
            self._live = live
            try:
                yield self
            finally:
                self._live = None

    def _refresh(self) -> None:
        if self._live is not None:
            self._live.refresh()

    def started(self, result: CombinationResult, phase: str) -> None:
        with self.lock:
            self.running[result.path.name] = _Running(result.template, result.label, phase, time.monotonic())
        self._refresh()

    def ended(self, result: CombinationResult, phase: PhaseResult) -> None:
        mark = "ok" if phase.ok else "FAILED"
        line = f"  {result.template} [{result.label}] {phase.phase}: {mark} ({phase.seconds:.1f}s)"
        with self.lock:
            if self.console is None:
                self.echo(line)
                return
            if not phase.ok:
                self.console.print(line, style="red", markup=False, highlight=False)

    def combination_done(self, result: CombinationResult) -> None:
        with self.lock:
            self.running.pop(result.path.name, None)
            self.finished += 1
            self.failed += not result.ok
            if self.console is not None:
                total = sum(p.seconds for p in result.phases)
                mark, style = ("passed", "green") if result.ok else ("FAILED", "red")
                self.console.print(
                    f"{mark} {result.template} [{result.label}] ({total:.1f}s)",
                    style=style, markup=False, highlight=False,
                )  # fmt: skip
        self._refresh()

    def _view(self) -> Any:
        from rich.table import Table
        from rich.text import Text

        with self.lock:
            table = Table.grid(padding=(0, 2))
            table.add_row(Text(f"{self.finished}/{self.planned} done, {self.failed} failed", style="bold"))
            now = time.monotonic()
            for running in self.running.values():
                table.add_row(
                    Text(f"  {running.template} [{running.label}]"),
                    Text(running.phase, style="cyan"),
                    Text(f"{now - running.since:.0f}s"),
                )
            return table


def progress_for(echo: Callable[[str], None], stream: IO[str] | None = None) -> Progress:
    stream = stream or sys.stdout
    if not wants_live_view(stream):
        return Progress(echo)
    from rich.console import Console

    return Progress(echo, Console(file=stream))


def summary(results: list[CombinationResult], echo: Callable[[str], None], colour: bool) -> None:
    """One row per combination, one column per phase: its time when it passed, FAILED, or - (not
    run); then the counts, as the last line."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table("template", "combination", *SUMMARY_PHASES, title="fwgen test", title_justify="left")
    for result in results:
        cells = {
            p.phase: Text(f"{p.seconds:.1f}s", style="green") if p.ok else Text("FAILED", style="bold red")
            for p in result.phases
        }
        table.add_row(result.template, Text(result.label), *(cells.get(p, "-") for p in SUMMARY_PHASES))
    buffer = io.StringIO()
    # Wide enough that no label wraps in a log; on a terminal the table is as wide as it needs.
    console = Console(file=buffer, width=10_000, force_terminal=colour, no_color=not colour)
    console.print(table)
    echo("")
    for line in buffer.getvalue().splitlines():
        echo(line.rstrip())
    failed = sum(not r.ok for r in results)
    echo("")
    echo(f"{len(results) - failed} passed, {failed} failed")

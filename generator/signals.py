"""Signals while fwgen works: SIGTERM and SIGHUP stop it the way Ctrl-C does, and the few steps that
must not be cut in half can hold every one of them off until they are done.

Python turns SIGINT into KeyboardInterrupt by itself; ``Terminated`` does the same for SIGTERM and
SIGHUP, so one ``except BaseException`` cleanup path serves all three.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

STOPPING = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived; like KeyboardInterrupt, it is not an ``Exception``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_terminated(signum: int, _frame: Any) -> None:
    raise Terminated(signum)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Terminated` inside this block (SIGINT keeps raising
    KeyboardInterrupt)."""
    if not _main_thread():  # signals only reach the main thread; a library caller elsewhere keeps its own
        yield
        return
    previous = {sig: signal.signal(sig, _raise_terminated) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def held_off() -> Iterator[None]:
    """Defer SIGINT, SIGTERM and SIGHUP until the block is done, then deliver the first that came.

    For the renames and clean-ups whose half-done state would be worse than either end state.
    """
    if not _main_thread():
        yield
        return
    pending: list[int] = []

    def remember(signum: int, _frame: Any) -> None:
        pending.append(signum)

    previous = {sig: signal.signal(sig, remember) for sig in STOPPING}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if pending:
            signal.raise_signal(pending[0])

"""Per-framework probes for the shared slow test (tests/templates/test_baked_projects.py).

The shared test bakes every combination of every template and runs it through
``generator.template_test.check_combination``, exactly as `fwgen test` does: install, the project's
own tests and lint, migrations, and its production server answering /health. What is specific to
one framework lives in ``probes/<template>.py``, which exports:

``probe(base_url, answers, project)`` (required)
    Runs while the production server answers on ``base_url``: the framework's own HTTP behaviour
    (CSRF, websockets, the CRUD API, the admin, auth...). ``answers`` are the project's full
    answers (.fwgen.json: the combination, its name...); ``project`` runs commands and starts
    more servers in the server's environment (its database and ``SERVE_ENV``). It may return a
    function the shared test calls once the server has stopped: for what only shows then (the
    shutdown log, a restart on the same data).
``cases(combos)`` (optional)
    The cases to bake, one or more per combination: each combination's Python and free text, and
    extra cases (e.g. Django 6 on Python 3.12). Every combination must be among them; without
    it, each combination is baked once on Python 3.11 with plain text.
``SERVE_ENV`` (optional)
    Test-only switches for the server, e.g. the slow endpoint the gevent check needs.
``SERVE_TIMEOUT`` (optional)
    Seconds the server may take to answer /health first (default 45).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from support.free_text import HOSTILE

# The oldest Python the templates support, and the newest (the Docker images').
OLDEST_PYTHON = "3.11"
NEWEST_PYTHON = "3.13"


@dataclass(frozen=True)
class Case:
    """One project the shared test bakes and checks."""

    combo: dict[str, Any]
    python: str = OLDEST_PYTHON
    text: dict[str, str] = field(default_factory=dict)  # free-text answers, e.g. project_name
    slug: str = ""  # empty: check_<template>

    def label(self) -> str:
        words = [",".join(f"{key}={value}" for key, value in self.combo.items()) or "defaults"]
        if self.python != OLDEST_PYTHON:
            words.append(f"py{self.python}")
        if HOSTILE.items() <= self.text.items():
            words.append("hostile-text")
        return "-".join(words)


def cases_with(
    combos: list[dict[str, Any]],
    *,
    newest_python_last: bool = False,
    hostile_first: Callable[[dict[str, Any]], bool] | None = None,
    text: Mapping[str, str] | None = None,
    slug: str = "",
) -> list[Case]:
    """One case per combination: the last on the newest Python when ``newest_python_last``; the
    first combination that ``hostile_first`` accepts with hostile free text (an emoji, quotes,
    markup, right-to-left text) at no extra install; ``text`` and ``slug`` for all of them."""
    hostile_at = next((i for i, c in enumerate(combos) if hostile_first and hostile_first(c)), None)
    return [
        Case(
            combo,
            NEWEST_PYTHON if newest_python_last and number == len(combos) - 1 else OLDEST_PYTHON,
            {**(text or {}), **(HOSTILE if number == hostile_at else {})},
            slug,
        )
        for number, combo in enumerate(combos)
    ]


def every(combo: dict[str, Any]) -> bool:
    """For ``hostile_first``: the first combination, whatever it is."""
    return True


def load(template: str) -> ModuleType:
    return importlib.import_module(f"probes.{template}")


def cases(template: str, combos: list[dict[str, Any]]) -> list[Case]:
    module = load(template)
    made = module.cases(combos) if hasattr(module, "cases") else cases_with(combos)
    missing = [combo for combo in combos if combo not in [case.combo for case in made]]
    assert not missing, f"probes/{template}.py: cases() leaves out {missing}"
    return made

"""Resolve a template's options into the context cookiecutter renders with.

Rule 1 of the design: user values are data, never templates. Values the user gave are taken
verbatim (after type checks); only the template author's defaults go through Jinja, rendered with
the values resolved so far, exactly as cookiecutter would. The whole context is then handed to
cookiecutter's file generation, which never re-renders a value.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.errors import FwgenError
from generator.options import TemplateOptions
from generator.slug import validate_slug


def _render_default(env: Any, raw: Any, so_far: dict[str, Any], key: str) -> Any:
    if not isinstance(raw, str):
        return raw
    try:
        return env.from_string(raw).render(cookiecutter=so_far)
    except Exception as exc:  # a broken default is the template's bug, reported without a traceback
        raise FwgenError(f"template default for '{key}' does not render: {exc}", exit_code=1) from None


@contextlib.contextmanager
def template_import_path(template: TemplateOptions) -> Iterator[None]:
    """The template folder on the import path, as cookiecutter has it while it renders, so local
    ``_extensions`` (the shared free-text filters, say) import."""
    folder = str(Path(template.path).resolve())
    sys.path.insert(0, folder)
    try:
        yield
    finally:
        sys.path.remove(folder)


def template_environment(template: TemplateOptions, context: dict[str, Any]) -> Any:
    """cookiecutter's Jinja environment for ``template``, with the template's own extensions."""
    from cookiecutter.environment import StrictEnvironment  # lazy: keeps `fwgen --help` fast

    with template_import_path(template):
        return StrictEnvironment(context={"cookiecutter": context})


def _environment(template: TemplateOptions) -> Any:
    return template_environment(template, template.raw)


def default_for(template: TemplateOptions, key: str, answers: dict[str, Any]) -> Any:
    """The default of option ``key`` given the answers so far (for asking it interactively)."""
    option = template.get(key)
    context = {k: answers[k] for k in template.keys if k in answers}
    return _render_default(_environment(template), option.default, context, key)


def resolve_context(template: TemplateOptions, given: dict[str, Any]) -> dict[str, Any]:
    """Return the full ``cookiecutter`` context for ``given`` answers (missing ones take defaults).

    Raises :class:`FwgenError` naming the key for unknown options, bad values, unsupported
    combinations and an unsafe slug.
    """
    for key in given:
        template.get(key)  # unknown keys fail here, naming the template's options
    env = _environment(template)
    context: dict[str, Any] = {}
    for option in template.options:
        if option.key in given:
            context[option.key] = option.parse(given[option.key])
        else:
            context[option.key] = _render_default(env, option.default, context, option.key)
    problems = template.violations(context)
    if problems:
        raise FwgenError(f"unsupported combination for {template.name}: {problems[0]}")
    if "project_slug" in context:
        validate_slug(context["project_slug"], template.reserved_slugs)
    # Template data (keys starting with _) passes through untouched, as cookiecutter does;
    # double-underscore keys are template-authored expressions, rendered like defaults.
    for key, raw in template.raw.items():
        if key.startswith("__") and key != "__prompts__":
            context[key] = _render_default(env, raw, context, key)
        elif key.startswith("_"):
            context[key] = raw
    return context

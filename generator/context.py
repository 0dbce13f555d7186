"""Resolve a template's options into the context cookiecutter renders with.

Rule 1 of the design: user values are data, never templates. Values the user gave are taken
verbatim (after type checks); only the template author's defaults go through Jinja, rendered with
the values resolved so far, exactly as cookiecutter would (same order: plain variables and
``__private`` ones as they come, then the mappings). The whole context is then handed to
cookiecutter's file generation, which never re-renders a value.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.errors import FwgenError
from generator.options import TemplateOptions
from generator.slug import validate_slug

# How a name becomes a slug in every template (docs/templates.md): what the flow checks a name
# against before it knows which template will be used.
SHARED_SLUG_DEFAULT = "{{ cookiecutter.project_name|slugify(separator='_') }}"


def _json_path(template: TemplateOptions) -> Path:
    return Path(template.path) / "cookiecutter.json"


def _render(env: Any, raw: Any, so_far: dict[str, Any]) -> Any:
    """cookiecutter's render_variable: strings are Jinja, mappings and lists are rendered inside."""
    if raw is None or isinstance(raw, bool):
        return raw
    if isinstance(raw, dict):
        return {_render(env, k, so_far): _render(env, v, so_far) for k, v in raw.items()}
    if isinstance(raw, list):
        return [_render(env, v, so_far) for v in raw]
    return _compiled(env, str(raw)).render(cookiecutter=so_far)


@functools.lru_cache(maxsize=2048)
def _compiled(env: Any, source: str) -> Any:
    """A default compiled once per run: the same defaults are rendered again for every question and
    every check, and Jinja compiles a string anew on each from_string."""
    return env.from_string(source)


def _render_default(env: Any, raw: Any, so_far: dict[str, Any], key: str, template: TemplateOptions) -> Any:
    try:
        return _render(env, raw, so_far)
    except Exception as exc:  # a broken default is the template's bug, reported without a traceback
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FwgenError(
            f"{_json_path(template)}: the default of '{key}' does not render: {detail}", exit_code=1
        ) from None


def _merged(default: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """A mapping from an answers file laid over the template's (rendered) default, as cookiecutter
    lays extra context over a dict variable; the given values are taken as they are."""
    result = dict(default)
    for key, value in given.items():
        old = result.get(key)
        result[key] = _merged(old, value) if isinstance(old, dict) and isinstance(value, dict) else value
    return result


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
    """cookiecutter's Jinja environment for ``template``, with the template's own extensions.

    The context only decides which extensions load (renders pass their values explicitly), so one
    environment serves every render of a template with the same extensions.
    """
    extensions = context.get("_extensions", ())
    key = (str(Path(template.path).resolve()), tuple(extensions) if isinstance(extensions, list) else ())
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS[key] = _new_environment(template, context)
    return _ENVIRONMENTS[key]


_ENVIRONMENTS: dict[tuple[str, tuple[str, ...]], Any] = {}


def _new_environment(template: TemplateOptions, context: dict[str, Any]) -> Any:
    from cookiecutter.environment import StrictEnvironment  # lazy: keeps `fwgen --help` fast

    with template_import_path(template):
        try:
            return StrictEnvironment(context={"cookiecutter": context})
        except Exception as exc:  # an extension that does not import or load
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise FwgenError(f"{_json_path(template)}: '_extensions': {detail}", exit_code=1) from None


def _environment(template: TemplateOptions) -> Any:
    return template_environment(template, template.raw)


def _resolve(
    template: TemplateOptions, given: dict[str, Any], stop_at: str | None = None
) -> tuple[dict[str, Any], Any]:
    """Walk cookiecutter.json in cookiecutter's order, taking ``given`` values verbatim and rendering
    the rest. With ``stop_at``, stop there and return (context so far, that option's default)."""
    env = _environment(template)
    context: dict[str, Any] = {}

    def value_of(key: str, raw: Any) -> Any:
        if key.startswith("__"):
            return _render_default(env, raw, context, key, template)
        option = template.get(key)
        default = _render_default(env, option.default, context, key, template)
        if key == stop_at:
            raise _Stop(default)
        if key not in given:
            return default
        value = option.parse(given[key])
        return _merged(default, value) if option.kind == "mapping" else value

    try:
        for key, raw in template.raw.items():  # first pass: everything but the mappings
            if key == "__prompts__" or (isinstance(raw, dict) and not key.startswith("_")):
                continue
            context[key] = raw if key.startswith("_") and not key.startswith("__") else value_of(key, raw)
        for key, raw in template.raw.items():  # second pass: mappings, which may use any of the above
            is_mapping = isinstance(raw, dict) and (key.startswith("__") or not key.startswith("_"))
            if is_mapping and key != "__prompts__":
                context[key] = value_of(key, raw)
    except _Stop as stop:
        return context, stop.default
    return context, None


class _Stop(Exception):
    def __init__(self, default: Any) -> None:
        self.default = default


def default_for(template: TemplateOptions, key: str, answers: dict[str, Any]) -> Any:
    """The default of option ``key`` given the answers so far (for asking it interactively)."""
    template.get(key)  # an unknown key fails here, naming the options
    earlier = {k: answers[k] for k in template.all_keys if k in answers and k != key}
    return _resolve(template, earlier, stop_at=key)[1]


def slug_for_name(template: TemplateOptions | None, name: str) -> str:
    """The slug the template derives from ``name`` (its own ``project_slug`` default is the truth);
    with no template yet, the derivation every template shares."""
    if template is not None and "project_slug" in template.all_keys:
        return str(default_for(template, "project_slug", {"project_name": name}))
    from cookiecutter.environment import StrictEnvironment

    return StrictEnvironment().from_string(SHARED_SLUG_DEFAULT).render(cookiecutter={"project_name": name})


def resolve_defaults(template: TemplateOptions) -> dict[str, Any]:
    """The context with every option at its default: renders every default once (template checks)."""
    return _resolve(template, {})[0]


def resolve_context(template: TemplateOptions, given: dict[str, Any]) -> dict[str, Any]:
    """Return the full ``cookiecutter`` context for ``given`` answers (missing ones take defaults).

    Raises :class:`FwgenError` naming the key for unknown options, bad values, unsupported
    combinations and an unsafe slug.
    """
    for key in given:
        template.get(key)  # unknown keys fail here, naming the template's options
    context = _resolve(template, given)[0]
    problems = template.violations(context)
    if problems:
        raise FwgenError(f"unsupported combination for {template.name}: {problems[0]}")
    if "project_slug" in context:
        validate_slug(context["project_slug"], template.reserved_slugs)
    return context

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
from generator.options import Option, TemplateOptions
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
    text = str(raw)
    if not any(mark in text for mark in _syntax_marks(env)):
        return text  # what Jinja would give back: most choice items and many defaults are plain text
    return _compiled(env, text).render(cookiecutter=so_far)


@functools.lru_cache(maxsize=64)
def _syntax_marks(env: Any) -> tuple[str, ...]:
    """What starts Jinja syntax in ``env`` (a template's _jinja2_env_vars may change it)."""
    marks = (env.block_start_string, env.variable_start_string, env.comment_start_string)
    return marks + tuple(m for m in (env.line_statement_prefix, env.line_comment_prefix) if m)


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
    """cookiecutter's Jinja environment for ``template`` (its create_env_with_context: the
    template's extensions and ``_jinja2_env_vars``, trailing newlines kept).

    The context only decides which extensions load (renders pass their values explicitly), so one
    environment serves every render of a template with the same extensions.
    """
    extensions = context.get("_extensions", ())
    env_vars = context.get("_jinja2_env_vars", {})
    key = (
        str(Path(template.path).resolve()),
        tuple(extensions) if isinstance(extensions, list) else (),
        repr(sorted(env_vars.items())) if isinstance(env_vars, dict) else "",
    )
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS[key] = _new_environment(template, context)
    return _ENVIRONMENTS[key]


_ENVIRONMENTS: dict[tuple[str, tuple[str, ...], str], Any] = {}


def _new_environment(template: TemplateOptions, context: dict[str, Any]) -> Any:
    from cookiecutter.utils import create_env_with_context  # lazy: keeps `fwgen --help` fast

    with template_import_path(template):
        try:
            return create_env_with_context({"cookiecutter": context})
        except Exception as exc:  # an extension that does not import or load
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise FwgenError(f"{_json_path(template)}: '_extensions': {detail}", exit_code=1) from None


def _environment(template: TemplateOptions) -> Any:
    return template_environment(template, template.raw)


def _choice_items(option: Option, raw: list[Any]) -> list[Any]:
    """The raw items of a choice in the option's order (the user's config may have moved one to the
    front, as cookiecutter does)."""
    by_text = {item if isinstance(item, str) else str(item): item for item in raw}
    return [by_text.get(text, text) for text in option.choices]


def _resolve(
    template: TemplateOptions, given: dict[str, Any], stop_at: str | None = None
) -> tuple[dict[str, Any], Any]:
    """cookiecutter's prompt_for_config with no input, in its order, taking ``given`` values (then
    the user's config defaults) verbatim and rendering the rest. With ``stop_at``, stop there and
    return (context so far, that option's default)."""
    env = _environment(template)
    context: dict[str, Any] = {}
    chosen = {**template.user_defaults, **given}

    def value_of(key: str, raw: Any) -> Any:
        if key.startswith("__"):
            return _render_default(env, raw, context, key, template)
        option = template.get(key)
        if option.kind == "choice":
            rendered = _render_default(env, _choice_items(option, raw), context, key, template)
            if key == stop_at:
                raise _Stop(rendered[0])
            return (
                _chosen(option, rendered, _picked(option, rendered, chosen[key]))
                if key in chosen
                else rendered[0]
            )
        if option.kind == "mapping":
            default = _render_default(env, raw, context, key, template)
        elif option.kind == "text" and key in template.user_defaults:
            default = template.user_defaults[key]  # data, like every value the user gives
        else:
            default = _render_default(env, option.default, context, key, template)
        if key == stop_at:
            raise _Stop(default)
        if key not in chosen:
            return default
        value = option.parse(chosen[key])
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
    # cookiecutter updates its context in place, so keys keep cookiecutter.json's order (loops and
    # `cookiecutter|jsonify` see it) even though the mappings were resolved last.
    return {key: context[key] for key in template.raw if key in context}, None


def _picked(option: Option, rendered: list[Any], value: Any) -> Any:
    """A choice named by its item as written in cookiecutter.json (how fwgen's defaults and
    constraints know it) stands for that item as rendered."""
    if isinstance(value, str) and value in option.choices and value not in rendered:
        return rendered[option.choices.index(value)]
    return value


def _chosen(option: Option, rendered: list[Any], value: Any) -> Any:
    """A given choice: one of the rendered items; a list (cookiecutter's multi-choice overwrite)
    narrows the choices, and with no input the first of them is taken, as cookiecutter does."""
    texts = tuple(item if isinstance(item, str) else str(item) for item in rendered)
    if isinstance(value, list):
        if not value:
            raise FwgenError(f"option '{option.key}' takes one of: {', '.join(texts)} (not an empty list)")
        for item in value:
            option.parse(item, texts)
        value = value[0]
    return option.parse(value, texts)


def original_options(template: TemplateOptions, given: dict[str, Any]) -> dict[str, Any]:
    """cookiecutter's top-level ``_cookiecutter``: the template's options before rendering, with the
    values the user gave laid over them (a choice's value moved to the front, a list as given)."""
    chosen = {**template.user_defaults, **given}
    result: dict[str, Any] = {}
    for key, raw in template.raw.items():
        if key.startswith("_"):
            continue
        option = template.get(key)
        if option.kind == "choice":
            items = _choice_items(option, raw)
            value = chosen.get(key)
            if isinstance(value, list):
                result[key] = list(value)
                continue
            text = option._choice_for_boolean(value, option.choices) if isinstance(value, bool) else value
            front = [item for item in items if text is not None and str(item) == str(text)]
            result[key] = front + [item for item in items if item not in front]
        elif option.kind == "boolean" and key in chosen:
            result[key] = option.parse(chosen[key])  # cookiecutter converts "t", "yes"... too
        elif option.kind == "mapping" and isinstance(chosen.get(key), dict):
            result[key] = _merged(raw, chosen[key])
        else:
            result[key] = chosen.get(key, raw)
    return result


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
    if "project_slug" in context and template.identifier_slug:
        validate_slug(context["project_slug"], template.reserved_slugs)
    return context

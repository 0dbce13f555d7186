"""Checks of a template for its author: one line naming the file and key, exit 1, no traceback.

``check_schema`` runs on cookiecutter.json's parsed JSON before fwgen builds anything from it;
``check_template`` runs on a loaded template (its folder, its extensions, its defaults) before
`fwgen list` shows it or `fwgen new` uses it. What cookiecutter supports and fwgen does not is
refused here too, so it never fails half-way through a run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import FwgenError

if TYPE_CHECKING:
    from generator.options import TemplateOptions

# Keys cookiecutter gives a meaning that a folder of fwgen's templates cannot have: a template that
# chooses among sub-templates is used with `fwgen new --template` (template_source.py picks one).
UNSUPPORTED_KEYS = {
    "templates": "nested templates (the 'templates' key) are used with `fwgen new --template PATH`",
}
KNOWN_FWGEN_KEYS = {"constraints", "reserved_slugs", "checks", "need_defaults", "identifier_slug"}


def template_error(path: Path, message: str) -> FwgenError:
    return FwgenError(f"{path}: {message}", exit_code=1)


def _check_choices(path: Path, key: str, value: list[Any]) -> None:
    if not value:
        raise template_error(path, f"option '{key}' has an empty choice list")
    for item in value:  # cookiecutter renders each item (Jinja included) to text
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise template_error(path, f"option '{key}' has a choice that is not text or a number: {item!r}")


def _check_prompts(path: Path, prompts: Any) -> None:
    if not isinstance(prompts, dict):
        raise template_error(path, "'__prompts__' must be a mapping of option names to prompts")
    for key, prompt in prompts.items():
        if isinstance(prompt, dict):
            if not all(isinstance(text, str) for text in prompt.values()):
                raise template_error(path, f"'__prompts__' entry '{key}' must map choices to text")
        elif not isinstance(prompt, str):
            raise template_error(path, f"'__prompts__' entry '{key}' must be text or a mapping")


def _check_constraints(path: Path, raw: dict[str, Any], constraints: Any) -> None:
    where = "'_fwgen.constraints'"
    if not isinstance(constraints, list):
        raise template_error(path, f"{where} must be a list")
    for number, item in enumerate(constraints, start=1):
        here = f"{where} entry {number}"
        if not isinstance(item, dict) or set(item) - {"when", "require", "why"}:
            raise template_error(path, f"{here} must be a mapping with 'when', 'require' and 'why'")
        if not isinstance(item.get("why", ""), str):
            raise template_error(path, f"{here}: 'why' must be text")
        for part in ("when", "require"):
            values = item.get(part)
            if not isinstance(values, dict) or not values:
                raise template_error(path, f"{here}: '{part}' must be a non-empty mapping of options")
            for key, value in values.items():
                allowed = value if part == "require" else [value]
                if part == "require" and not isinstance(value, list):
                    raise template_error(path, f"{here}: 'require.{key}' must be a list of values")
                _check_constraint_values(path, raw, f"{here}: '{part}.{key}'", key, allowed)


def _check_constraint_values(path: Path, raw: dict[str, Any], where: str, key: str, values: list) -> None:
    if key.startswith("_") or key not in raw:
        raise template_error(path, f"{where} names an unknown option")
    option = raw[key]
    if isinstance(option, list):
        for value in values:
            if value not in option:
                raise template_error(path, f"{where}: {value!r} is not one of its choices")
    elif isinstance(option, bool):
        if not all(isinstance(value, bool) for value in values):
            raise template_error(path, f"{where}: a yes/no option takes true or false")
    else:
        raise template_error(path, f"{where}: only choice and yes/no options can be constrained")


def _check_fwgen_block(path: Path, raw: dict[str, Any], block: Any) -> None:
    if not isinstance(block, dict):
        raise template_error(path, "'_fwgen' must be a mapping")
    unknown = sorted(set(block) - KNOWN_FWGEN_KEYS)
    if unknown:
        known = ", ".join(sorted(KNOWN_FWGEN_KEYS))
        raise template_error(path, f"'_fwgen' has unknown key(s) {', '.join(unknown)}; known: {known}")
    _check_constraints(path, raw, block.get("constraints", []))
    reserved = block.get("reserved_slugs", [])
    if not isinstance(reserved, list) or not all(isinstance(name, str) for name in reserved):
        raise template_error(path, "'_fwgen.reserved_slugs' must be a list of names")
    _check_need_defaults(path, raw, block.get("need_defaults", {}))
    if not isinstance(block.get("identifier_slug", False), bool):
        raise template_error(path, "'_fwgen.identifier_slug' must be true or false")


def _check_need_defaults(path: Path, raw: dict[str, Any], table: Any) -> None:
    """need -> {option: value}: needs the catalog knows, options the template has, values they take."""
    from generator.catalog import load_catalog

    if not isinstance(table, dict):
        raise template_error(path, "'_fwgen.need_defaults' must map needs to {option: value}")
    traits = load_catalog().trait_keys
    for need, values in table.items():
        where = f"'_fwgen.need_defaults.{need}'"
        if need not in traits:
            raise template_error(path, f"{where}: no such need; needs are: {', '.join(traits)}")
        if not isinstance(values, dict):
            raise template_error(path, f"{where} must map options to values")
        for key, value in values.items():
            choices = raw.get(key)
            if not isinstance(choices, list):
                raise template_error(path, f"{where} names {key!r}, which is not a choice option")
            if value not in choices:
                raise template_error(path, f"{where}: {key} has no value {value!r} ({', '.join(choices)})")


def check_schema(path: Path, raw: Any) -> None:
    """Raise a one-line error naming ``path`` and the key when ``raw`` is not a template fwgen can
    use."""
    if not isinstance(raw, dict):
        raise template_error(path, "must hold a JSON object of option names to defaults")
    for key, message in UNSUPPORTED_KEYS.items():
        if key in raw:
            raise template_error(path, message)
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list):
            _check_choices(path, key, value)
        elif value is not None and not isinstance(value, str | int | float | bool | dict):
            raise template_error(path, f"option '{key}' has a default fwgen cannot use: {value!r}")
    _check_prompts(path, raw.get("__prompts__", {}))
    for key in ("_extensions", "_copy_without_render"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise template_error(path, f"'{key}' must be a list of strings")
    _check_fwgen_block(path, raw, raw.get("_fwgen", {}))


def check_template(template: TemplateOptions) -> None:
    """The checks that need the template's folder and Jinja: one project folder, extensions that
    import, and defaults that render (with every option at its default)."""
    from generator.context import resolve_defaults, template_environment
    from generator.reserved import project_root

    root = project_root(Path(template.path))
    if root is None:
        raise template_error(
            Path(template.path), "a template needs exactly one project folder named with {{ cookiecutter.… }}"
        )
    from generator.checks import load_checks

    load_checks(template)  # `fwgen test`'s commands: a mistake is found on load, not after baking
    context = resolve_defaults(template)  # raises naming the file and key
    try:
        template_environment(template, context).from_string(root.name).render(cookiecutter=context)
    except FwgenError:
        raise
    except Exception as exc:
        raise template_error(root, f"the folder name does not render: {describe_render_error(exc)}") from None


def describe_render_error(exc: BaseException) -> str:
    """One line for an error cookiecutter or Jinja raised while rendering the template's files:
    which file and what, without the whole context cookiecutter's own message dumps."""
    from jinja2 import TemplateSyntaxError

    inner = getattr(exc, "error", None)
    if inner is not None and hasattr(exc, "context") and hasattr(exc, "message"):
        return f"{exc.message}: {getattr(inner, 'message', None) or inner}"  # UndefinedVariableInTemplate
    if isinstance(exc, TemplateSyntaxError):
        return f"{exc.filename or exc.name or 'a template'}, line {exc.lineno}: {exc.message}"
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__

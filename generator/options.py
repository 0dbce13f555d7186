"""A template's options, read from its cookiecutter.json into a typed schema.

cookiecutter.json stays the single source of truth: fwgen reads the same file cookiecutter does.
Conventions (see docs/templates.md): a list is a choice whose first item is the default, a JSON
boolean is a yes/no option, a string is free text whose default may be a Jinja expression over
earlier options, an object is a mapping (cookiecutter's dict variable: never asked, taken from an
answers file or its default), ``__prompts__`` holds the human text, keys starting with ``_`` are
template data, and ``_fwgen.constraints`` lists combinations the template does not support.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import FwgenError
from generator.spelling import canonical, did_you_mean
from generator.template_check import check_schema

# cookiecutter's own yes/no words (its YesNoPrompt), so `--set flag=t` means what it means there.
TRUE_WORDS = ("yes", "y", "true", "t", "1", "on")
FALSE_WORDS = ("no", "n", "false", "f", "0", "off")


@dataclass(frozen=True)
class Option:
    key: str
    kind: str  # "text", "choice", "boolean" or "mapping"
    default: Any  # text: a raw (possibly Jinja) string; choice: the first choice; boolean: bool;
    # mapping: the raw object (its strings may be Jinja)
    choices: tuple[str, ...] = ()
    prompt: str = ""
    choice_labels: dict[str, str] = field(default_factory=dict)

    def parse(self, raw: Any, choices: tuple[str, ...] | None = None) -> Any:
        """Turn a user-supplied value into this option's value, or raise a one-line error.

        ``choices`` are a choice option's items as rendered (cookiecutter renders Jinja in them);
        the raw items when not given."""
        if self.kind == "boolean":
            if isinstance(raw, bool):
                return raw
            word = str(raw).strip().lower()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            raise FwgenError(f"option '{self.key}' takes yes or no, not {raw!r}")
        if self.kind == "choice":
            choices = self.choices if choices is None else choices
            value = self._choice_for_boolean(raw, choices) if isinstance(raw, bool) else str(raw)
            if value not in choices:
                if (meant := canonical(value, choices)) is not None:
                    return meant  # SQLite means sqlite
                allowed = ", ".join(choices)
                hint = did_you_mean(value, choices)
                raise FwgenError(f"option '{self.key}' takes one of: {allowed} (not {value!r}){hint}")
            return value
        if self.kind == "mapping":
            if not isinstance(raw, dict):
                raise FwgenError(
                    f"option '{self.key}' takes a mapping, given in an answers file (not {raw!r})"
                )
            return raw
        if raw is None:
            return None  # cookiecutter's null: stays None (a template tests it with `is none`)
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            raw = str(raw)  # `version: 1.0` in a YAML answers file means the text
        if not isinstance(raw, str):
            raise FwgenError(f"option '{self.key}' takes text, not {raw!r}")
        if "\x00" in raw:
            raise FwgenError(f"option '{self.key}' contains a NUL character")
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate, e.g. from a command line in another encoding
            raise FwgenError(f"option '{self.key}' is not valid Unicode text") from None
        return raw

    @staticmethod
    def _choice_for_boolean(raw: bool, choices: tuple[str, ...]) -> str:
        """YAML 1.1 reads `docker: yes` as true: map it back to the word this option uses."""
        for pair in (("yes", "no"), ("true", "false"), ("on", "off"), ("y", "n")):
            word = pair[0] if raw else pair[1]
            if word in choices:
                return word
        return str(raw)

    def describe(self) -> str:
        """One line for listings: key, allowed values, default."""
        if self.kind == "choice":
            return f"{self.key}: {' | '.join(self.choices)} (default {self.choices[0]})"
        if self.kind == "boolean":
            return f"{self.key}: yes | no (default {'yes' if self.default else 'no'})"
        if self.kind == "mapping":
            return f"{self.key}: mapping, from an answers file (default {self.default!r})"
        if self.default is None:
            return f"{self.key}: text (default none)"
        return f"{self.key}: text (default {self.default!r})"


def _shown(value: Any) -> str:
    """A value as a user types it: yes/no for a boolean."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@dataclass(frozen=True)
class Constraint:
    when: dict[str, Any]  # a choice's value, or a yes/no option's bool
    require: dict[str, tuple[Any, ...]]
    why: str

    def violated_by(self, values: dict[str, Any]) -> str | None:
        if any(values.get(key) != value for key, value in self.when.items()):
            return None
        for key, allowed in self.require.items():
            if values.get(key) not in allowed:
                condition = ", ".join(f"{k}={_shown(v)}" for k, v in self.when.items())
                return (
                    f"{condition} needs {key} to be one of: {', '.join(map(_shown, allowed))} "
                    f"(not {_shown(values.get(key))}): {self.why}"
                )
        return None


@dataclass(frozen=True)
class TemplateOptions:
    name: str
    path: Path
    options: tuple[Option, ...]
    constraints: tuple[Constraint, ...]
    raw: dict[str, Any]
    # The template as the user named it (cookiecutter's `_template`): a path or a git URL; the folder
    # when empty.
    source: str = ""
    checkout: str | None = None  # the --checkout of a template from git (cookiecutter's `_checkout`)
    # Defaults from the user's cookiecutter config (`default_context`), parsed: data, never Jinja.
    user_defaults: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def keys(self) -> list[str]:
        """The options a user answers, by question or ``--set`` (mappings are not among them)."""
        return [option.key for option in self.options if option.kind != "mapping"]

    @property
    def all_keys(self) -> list[str]:
        """Every option, mappings included, in cookiecutter.json's order."""
        return [option.key for option in self.options]

    def get(self, key: str) -> Option:
        for option in self.options:
            if option.key == key:
                return option
        known = ", ".join(self.all_keys)
        hint = did_you_mean(key, self.all_keys)
        raise FwgenError(f"unknown option '{key}' for {self.name}{hint}; its options are: {known}")

    def answers_in(self, context: dict[str, Any]) -> dict[str, Any]:
        """The user-facing answers in a resolved context: what reproduces the project."""
        return {key: context[key] for key in self.all_keys}

    def choice_options(self) -> dict[str, list[Any]]:
        """The options with a fixed set of values (what a test matrix varies)."""
        result: dict[str, list[Any]] = {}
        for option in self.options:
            if option.kind == "choice":
                result[option.key] = list(option.choices)
            elif option.kind == "boolean":
                result[option.key] = [option.default, not option.default]
        return result

    def violations(self, values: dict[str, Any]) -> list[str]:
        return [msg for c in self.constraints if (msg := c.violated_by(values)) is not None]

    @property
    def identifier_slug(self) -> bool:
        """Whether ``project_slug`` must be a Python package name (fwgen's rule for its own
        templates, declared with ``_fwgen.identifier_slug``); otherwise only a plain folder name."""
        return bool(self.raw.get("_fwgen", {}).get("identifier_slug", False))

    def with_user_defaults(self, config: dict[str, Any]) -> tuple[TemplateOptions, list[str]]:
        """This template with the defaults of the user's cookiecutter config laid over its own, as
        cookiecutter's generate_context does (keys the template lacks are ignored; a choice moves to
        the front). Returns the template and a line for each value that does not fit (skipped)."""
        from dataclasses import replace

        options, defaults, skipped = [], {}, []
        for option in self.options:
            if option.key not in config:
                options.append(option)
                continue
            try:
                value = option.parse(config[option.key])
            except FwgenError as error:
                skipped.append(f"default_context in your cookiecutter config: {error}; ignored")
                options.append(option)
                continue
            if option.kind == "choice":
                rest = tuple(c for c in option.choices if c != value)
                options.append(replace(option, default=value, choices=(value, *rest)))
            elif option.kind == "boolean":
                options.append(replace(option, default=value))
            else:
                options.append(option)
            defaults[option.key] = value
        return replace(self, options=tuple(options), user_defaults=defaults), skipped

    @property
    def reserved_slugs(self) -> frozenset[str]:
        """Names the slug may not take: derived from the template's files (its dependencies and the
        folders beside the package), plus ``_fwgen.reserved_slugs``."""
        from generator.reserved import derived_reserved_names

        explicit = frozenset(self.raw.get("_fwgen", {}).get("reserved_slugs", ()))
        return explicit | derived_reserved_names(Path(self.path).resolve())


def load_options(template_dir: Path, source: str = "", checkout: str | None = None) -> TemplateOptions:
    """Read ``template_dir/cookiecutter.json`` into a :class:`TemplateOptions`."""
    path = template_dir / "cookiecutter.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FwgenError(f"{template_dir} is not a template: it has no cookiecutter.json") from None
    except json.JSONDecodeError as exc:
        raise FwgenError(f"{path} is not valid JSON: {exc}", exit_code=1) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FwgenError(f"{path} cannot be read: {exc}", exit_code=1) from None
    check_schema(path, raw)
    prompts = raw.get("__prompts__", {})
    options = []
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        prompt = prompts.get(key, key)
        labels: dict[str, str] = {}
        if isinstance(prompt, dict):
            labels = {k: v for k, v in prompt.items() if k != "__prompt__"}
            prompt = prompt.get("__prompt__", key)
        if isinstance(value, list):
            choices = tuple(item if isinstance(item, str) else str(item) for item in value)
            options.append(Option(key, "choice", choices[0], choices, prompt, labels))
        elif isinstance(value, bool):
            options.append(Option(key, "boolean", value, (), prompt))
        elif isinstance(value, dict):
            options.append(Option(key, "mapping", value, (), prompt))
        else:  # text, or a number cookiecutter renders as text, or null (stays None)
            options.append(Option(key, "text", None if value is None else str(value), (), prompt))
    constraints = tuple(
        Constraint(
            when=dict(item["when"]),
            require={k: tuple(v) for k, v in item["require"].items()},
            why=item.get("why", ""),
        )
        for item in raw.get("_fwgen", {}).get("constraints", ())
    )
    return TemplateOptions(
        template_dir.name, template_dir, tuple(options), constraints, raw, source, checkout
    )

"""`fwgen new --template PATH_OR_GIT_URL`: any Cookiecutter template, without the recommendation.

The template is fetched (template_source.py), its options come from flags, an answers file, the
user's cookiecutter config and the template's defaults, and create_project writes it with the same
safety as fwgen's own templates. Questions are asked only in a terminal without --no-input.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.errors import FwgenError
from generator.project import Created, check_given, create_project, request_template
from generator.request import Request


def _ask_nested(key: str, choices: list[str]) -> str:
    import questionary

    return str(
        questionary.select(f"Which {key[:-1] if key.endswith('s') else key}?", choices=choices).unsafe_ask()
    )


def config_defaults() -> tuple[dict[str, Any], dict[str, str]]:
    """The user's cookiecutter ``default_context`` and ``abbreviations``."""
    from generator.template_source import user_config

    config = user_config()
    return _checked_config(config)


def config_default_context() -> dict[str, Any]:
    """The user's ``default_context`` alone: what `fwgen new --framework` needs, on its hot path.
    Without a config file that is empty, and cookiecutter's loader (and YAML) is not imported."""
    if not os.environ.get("COOKIECUTTER_CONFIG") and not Path("~/.cookiecutterrc").expanduser().exists():
        return {}
    return config_defaults()[0]


def _checked_config(config: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    defaults, abbreviations = config.get("default_context") or {}, config.get("abbreviations") or {}
    if not isinstance(defaults, dict) or not isinstance(abbreviations, dict):
        raise FwgenError("your cookiecutter config: default_context and abbreviations must be mappings")
    return defaults, abbreviations


def with_config_defaults(request: Request, defaults: dict[str, Any], say: Callable[[str], None]) -> Request:
    """The request with the config's defaults for the options its template has (cookiecutter ignores
    the others: one config serves every template); a value that does not fit is said and skipped."""
    if not defaults:
        return request
    template = request_template(request)
    known = {key: value for key, value in defaults.items() if key in template.all_keys}
    fitted, skipped = template.with_user_defaults(known)
    for line in skipped:
        say(line)
    return request.changed(user_defaults=fitted.user_defaults)


def create_from_template(
    request: Request,
    spec: str,
    *,
    directory: str | None,
    checkout: str | None,
    interactive: bool,
    no_input: bool,
    say: Callable[[str], None],
    missing_hint: Callable[[Any, list[str]], str],
) -> Created:
    """Fetch the template ``spec`` names, complete ``request`` for it and write the project."""
    from generator.template_source import fetched_template

    defaults, abbreviations = config_defaults()
    ask = _ask_nested if interactive else None
    with fetched_template(
        spec, directory=directory, checkout=checkout, abbreviations=abbreviations, ask=ask
    ) as fetched:
        request = request.changed(
            template_dir=fetched.folder, template_source=fetched.source, checkout=fetched.checkout
        )
        request = with_config_defaults(request, defaults, say)
        template = request_template(request)
        if "project_name" in request.answers and "project_name" not in template.all_keys:
            raise FwgenError(f"template {spec} has no project_name option, so NAME sets nothing; drop it")
        check_given(template, request)
        if interactive:
            from generator.flow import ask_options

            request = request.with_answers(ask_options(template, request.given, skip=frozenset()), "asked")
        else:
            missing = [key for key in template.keys if key not in request.answers]
            if missing and not no_input:
                raise FwgenError(
                    f"stdin is not a terminal, so fwgen cannot ask; pass {missing_hint(template, missing)} "
                    "or --no-input to take the defaults"
                )
        return create_project(request, say=say)

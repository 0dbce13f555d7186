"""The library entry point: a request in, a project on disk out.

    from generator.project import create_project
    from generator.request import Request

    request = Request(framework="flask").with_answers({"project_name": "Shop"}, "flag")
    created = create_project(request)   # FwgenError (one line) for anything the user can fix
    created.path                        # Path("shop")

`fwgen new` is a thin caller of this, and so are `fwgen test`, the web page and `fwgen update`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import FwgenError
from generator.options import TemplateOptions
from generator.request import Request


@dataclass(frozen=True)
class Created:
    path: Path
    framework: str
    answers: dict[str, Any]  # every option's value, as recorded in the project's .fwgen.json


def check_given(template: TemplateOptions, request: Request) -> None:
    """Every given answer names an option of the template (one line listing them otherwise)."""
    for key in request.answers:
        template.get(key)


def request_template(request: Request) -> TemplateOptions:
    """The template a request names: one outside fwgen's folder (``template_dir``) or a framework's,
    with the defaults of the user's cookiecutter config laid over its own."""
    from generator.template_lookup import load_template, load_template_folder

    if request.template_dir is not None:
        template = load_template_folder(request.template_dir, request.template_source, request.checkout)
    elif request.framework is None:
        raise FwgenError("no framework chosen")
    else:
        template = load_template(request.framework)
    if request.user_defaults:
        template = template.with_user_defaults(dict(request.user_defaults))[0]
    return template


def resolve(request: Request) -> tuple[TemplateOptions, dict[str, Any]]:
    """The request's template and the full context it renders with: given answers as they are,
    need-informed defaults for the rest, then the template's defaults; constraints and the slug
    checked. The one resolve step of every caller."""
    from generator.context import resolve_context
    from generator.defaults import option_defaults

    template = request_template(request)
    check_given(template, request)
    return template, resolve_context(template, option_defaults(template, request.given, dict(request.needs)))


def create_project(request: Request, *, say: Callable[[str], None] = lambda line: None) -> Created:
    """Write the project ``request`` describes; ``say`` hears what the user should know on the way
    (a backup kept, a stale folder removed)."""
    from generator.context import original_options
    from generator.render import render_project

    template, context = resolve(request)
    path = render_project(
        template,
        context,
        request.output_dir,
        force=request.force,
        needs=dict(request.needs),
        say=say,
        original=original_options(template, request.given),
    )
    return Created(path, template.name, template.answers_in(context))

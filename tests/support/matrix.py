"""The option combinations each template test bakes, derived from the template's cookiecutter.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.matrix import all_pairs
from generator.options import TemplateOptions, load_options

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "templates"


def template_dir(name: str) -> Path:
    return TEMPLATES / name


def template_names() -> list[str]:
    """Every template in the repository (folders with a cookiecutter.json; _shared is not one)."""
    return sorted(p.parent.name for p in TEMPLATES.glob("*/cookiecutter.json"))


def template_options(name: str) -> TemplateOptions:
    return load_options(template_dir(name))


def combos(name: str) -> list[dict[str, Any]]:
    """All-pairs combinations of the template's choice options, skipping unsupported ones."""
    options = template_options(name)
    return all_pairs(options.choice_options(), lambda combo: not options.violations(combo))


def combo_id(combo: dict[str, Any]) -> str:
    """A short, readable pytest id such as ``database=sqlite,docker=yes,ci=none``."""
    return ",".join(f"{key}={value}" for key, value in combo.items())

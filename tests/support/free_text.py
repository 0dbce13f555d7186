"""Hostile free text for the tests, and the shared filters that write free text into generated files."""

from __future__ import annotations

import html
import importlib.util
import json
from types import ModuleType

from support.matrix import TEMPLATES

# What a real user may type: emoji, right-to-left text, quotes, markup, a backslash. The shared slow
# test bakes one combination of each template that shows its name with these (probes/<fw>.py cases)
# and looks at the running server's pages.
HOSTILE = {
    "project_name": 'Zq 🎉 "Shop" <script>x</script> \\ עברית',
    "description": 'Sells ☕ & "tea" to <b>everyone</b> \\o/ — مرحبا',
    "author": "Zoë O'Brien \u202eevil\u202c 👩\u200d👩\u200d👧",
}


def _load_filters() -> ModuleType:
    """templates/_shared/fwgen_filters.py, the module every template renders free text with."""
    path = TEMPLATES / "_shared" / "fwgen_filters.py"
    spec = importlib.util.spec_from_file_location("fwgen_filters", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


filters = _load_filters()


def rendered_forms(*values: str) -> tuple[str, ...]:
    """Every form the values take in generated files: as typed, through each filter, and as JSON
    (.fwgen.json)."""
    return tuple(
        form
        for value in values
        for form in (
            value,
            filters.md_line(value),
            filters.toml_str(value),
            filters.py_str(value),
            json.dumps(value),
        )
    )


def assert_page_shows_escaped(page: str, name: str) -> None:
    """A page shows ``name`` as text: HTML-escaped (whichever entities the engine picks for quotes),
    so its markup is never live."""
    assert name in html.unescape(page), f"{name!r} not shown on the page:\n{page[:3000]}"
    if "<" in name and ">" in name:
        markup = name[name.index("<") : name.rindex(">") + 1]  # e.g. <script>x</script>
        assert markup not in page, f"raw markup {markup!r} on the page:\n{page[:3000]}"

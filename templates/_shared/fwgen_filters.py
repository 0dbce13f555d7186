"""Jinja filters that write free text a user typed into a generated file as data, for all of Unicode.

Every template loads this module through ``"_extensions": ["fwgen_filters.FreeTextFilters"]`` in its
cookiecutter.json (each template folder links here, and cookiecutter puts the template folder on the
import path while it renders, so plain ``cookiecutter templates/<fw>`` works too). One filter per
language a value lands in:

    description = {{ cookiecutter.description|toml_str }}      pyproject.toml
    PROJECT_NAME = {{ cookiecutter.project_name|py_str }}     Python source
    name: {{ cookiecutter.project_name|yaml_str }}            YAML
    # {{ cookiecutter.project_name|md_line }}                 a Markdown heading or line

Why not ``tojson``: JSON escapes a character outside the Basic Multilingual Plane (an emoji) as a
pair of surrogate escapes, which TOML rejects and which Python reads as two lone surrogates that
cannot be encoded, so pages fail with a 500.
"""

from __future__ import annotations

from collections.abc import Callable

from jinja2.ext import Extension

# Escapes that TOML, YAML and Python double-quoted strings all read the same way.
_SHORT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _code_point(char: str) -> str:
    number = ord(char)
    return f"\\u{number:04x}" if number <= 0xFFFF else f"\\U{number:08x}"


def _quoted(value: object, keep: Callable[[str], bool], quote: str = '"') -> str:
    escapes = {**_SHORT, quote: "\\" + quote}
    if quote != '"':
        del escapes['"']  # the other quote character needs no escape
    text = str(value)
    return quote + "".join(escapes.get(c) or (c if keep(c) else _code_point(c)) for c in text) + quote


def toml_str(value: object) -> str:
    """A TOML basic string. Printable characters stay as typed; control and format characters
    (newlines, bidirectional overrides, zero-width joiners) are escaped, so the file shows no
    invisible text."""
    return _quoted(value, str.isprintable)


# YAML's double-quoted scalars take the same escapes, and YAML forbids the same invisible characters.
yaml_str = toml_str


def py_str(value: object) -> str:
    """A Python string literal in plain ASCII. Every other character is escaped, so ruff's checks for
    confusable and invisible characters pass on any name, and ``ruff format`` leaves it unchanged
    (lower-case hex; and the quote ruff picks: double, unless the text holds more double quotes than
    single ones, so ``'Say "hi"'`` is not rewritten from ``"Say \\"hi\\""``)."""
    text = str(value)
    quote = "'" if text.count('"') > text.count("'") else '"'
    return _quoted(text, lambda c: c.isascii() and c.isprintable(), quote)


# Every character str.splitlines() breaks a line at: besides \n and \r, editors and viewers also
# break at the Unicode line and paragraph separators, NEL and the ASCII form feed and separators.
_LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


def md_line(value: object) -> str:
    """Text on one Markdown line: line breaks become spaces, so a heading stays one heading."""
    return str(value).translate(_LINE_BREAKS)


class FreeTextFilters(Extension):
    """Registers the filters above on the Jinja environment cookiecutter (or fwgen) renders with."""

    def __init__(self, environment):  # noqa: ANN001 - Jinja's signature
        super().__init__(environment)
        environment.filters.update(toml_str=toml_str, yaml_str=yaml_str, py_str=py_str, md_line=md_line)

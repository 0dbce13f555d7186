"""Free text (project_name, description, author) is data in every file, for all of Unicode.

Properties, checked with hypothesis over every code point a UTF-8 file can hold: each filter of
templates/_shared/fwgen_filters.py gives back exactly the value it was given when its language reads
it, and every template, baked through fwgen's own code path, writes any value as data. The deeper
runs of the template property are marked ``deep`` (and ``slow``, so the fast suite skips them).
"""

from __future__ import annotations

import ast
import shlex
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.answers import command_line, load_answers_file, parse_sets
from generator.cli import cli
from generator.context import resolve_context
from generator.errors import FwgenError
from generator.options import load_options
from generator.render import render_project
from support.baking import check_generated_tree
from support.free_text import HOSTILE, filters, rendered_forms
from support.matrix import combos, template_dir, template_names

# Every code point but the surrogates (no UTF-8 file can hold them) and NUL (fwgen refuses it, see
# test_nul_is_refused_before_any_filter_sees_it).
FREE_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))

# The inputs that broke or could break a generator: each is tried by every filter property.
TRICKY = [
    "🎉 Party",  # outside the Basic Multilingual Plane: tojson wrote two surrogate escapes
    "👩\u200d👩\u200d👧 family",  # a ZWJ sequence
    "abc\u202etxt.exe",  # right-to-left override
    "\u05e2\u05d1\u05e8\u05d9\u05ea \u0645\u0631\u062d\u0628\u0627",  # Hebrew and Arabic
    "e\u0301\u0302 Zalgo\u0336\u0337",  # combining marks
    "漢字プロジェクト 한국어",  # CJK
    'it\'s "quoted"',
    'only "double" quotes',
    "only 'single' quotes",
    '"',
    "'",
    "\\ back\\slash \\n \\u00e9 \\",
    "line\r\nbreak\rand\nmore",
    "line\u2028separator\u2029paragraph\x85next",
    "{{ 7*7 }} {{ cookiecutter.project_slug }}",
    "{% raw %}{% endraw %}{# comment #}",
    "del\x7f",
    "c1 \x80\x9f",
    "\ufeffbom",
    "tab\tbell\x07vt\x0bff\x0c",
    "\U0010ffff\ue000\ufffe\uffff",  # the last code point, private use, non-characters
    " ",
    "",
]


# The same examples on every run, so a failure in CI fails again on a laptop; no example database
# written into the checkout.
REPRODUCIBLE = settings(derandomize=True, database=None, deadline=None)


def with_tricky_examples(test: Any) -> Any:
    for text in TRICKY:
        test = example(text)(test)
    return test


# --- The filters, one language each ------------------------------------------------------------


@with_tricky_examples
@settings(REPRODUCIBLE, max_examples=500)
@given(FREE_TEXT)
def test_toml_str_reads_back_as_the_value(text: str) -> None:
    assert tomllib.loads(f"x = {filters.toml_str(text)}\n")["x"] == text


@with_tricky_examples
@settings(REPRODUCIBLE, max_examples=500)
@given(FREE_TEXT)
def test_yaml_str_reads_back_as_the_value(text: str) -> None:
    assert yaml.safe_load(f"x: {filters.yaml_str(text)}\n") == {"x": text}


@with_tricky_examples
@settings(REPRODUCIBLE, max_examples=500)
@given(FREE_TEXT)
def test_py_str_is_an_ascii_literal_of_the_value(text: str) -> None:
    literal = filters.py_str(text)
    assert literal.isascii() and literal.isprintable()
    assert ast.literal_eval(literal) == text


@with_tricky_examples
@settings(REPRODUCIBLE, max_examples=500)
@given(FREE_TEXT)
def test_md_line_is_one_line_that_keeps_everything_else(text: str) -> None:
    line = filters.md_line(text)
    assert len(line.splitlines()) <= 1
    for shown, typed in zip(line, text, strict=True):  # only line breaks became spaces
        assert shown == typed or (shown == " " and len(f"a{typed}b".splitlines()) == 2)


def assert_ruff_format_keeps(literals: list[str]) -> None:
    """One ruff run over a list of every literal, one a line. (A list, because ruff wraps a long
    assignment in brackets whatever the literal; the templates mark that line `# fmt: skip`.)"""
    source = "NAMES = [\n" + "".join(f"    {literal},\n" for literal in literals) + "]\n"
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", "100", "-"],
        input=source, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    changed = [
        (before, after)
        for before, after in zip(source.splitlines(), result.stdout.splitlines(), strict=True)
        if before != after
    ]
    assert not changed, f"ruff format rewrites py_str output: {changed[:5]}"


def test_ruff_format_keeps_py_str_of_the_tricky_examples() -> None:
    assert_ruff_format_keeps([filters.py_str(text) for text in TRICKY])


@settings(REPRODUCIBLE, max_examples=10)
@given(st.lists(FREE_TEXT, min_size=20, max_size=60))
def test_ruff_format_keeps_py_str(texts: list[str]) -> None:
    assert_ruff_format_keeps([filters.py_str(text) for text in texts])


def test_nul_is_refused_before_any_filter_sees_it() -> None:
    """The filters need not cope with NUL: fwgen refuses it in every free-text answer."""
    options = load_options(template_dir("flask"))
    for key in ("project_name", "description", "author"):
        with pytest.raises(FwgenError, match="NUL"):
            resolve_context(options, {key: "a\x00b", "project_slug": "zq_shop"})


# --- Every template, baked the way `fwgen new` bakes ---------------------------------------------

SLUG = "zq_shop"  # fixed, so the property is about the free text, not about slugs
NAMES = FREE_TEXT.filter(bool)
# No template's own text holds "Zq": a Python string with it in must be the name, exactly.
MARKER = "Zq"
MARKED_NAMES = NAMES.map(MARKER.__add__)


def snapshot(folder: Path, skip: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` but ``skip``, with file contents."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
        if not p.is_relative_to(skip)
    }


def python_constants(project: Path) -> tuple[set[str], list[tuple[Path, str]]]:
    """All string constants of the project's Python files, and the values assigned to a setting
    called PROJECT_NAME or project_name."""
    constants: set[str] = set()
    assigned: list[tuple[Path, str]] = []
    for source in project.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Constant):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id.lower() == "project_name" for t in targets):
                    assigned.append((source.relative_to(project), node.value.value))
    return constants, assigned


def check_free_text_is_data(project: Path, combo: dict[str, Any], answers: dict[str, str]) -> None:
    name, description, author = answers["project_name"], answers["description"], answers["author"]
    check_generated_tree(project, combo, free_text=rendered_forms(name, description, author))

    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == description
    assert pyproject["project"]["authors"][0]["name"] == author

    constants, assigned = python_constants(project)
    assert not assigned or name in constants  # aiohttp without pages has no PROJECT_NAME
    for source, value in assigned:
        assert value == name, f"{source}: PROJECT_NAME is {value!r}, not {name!r}"
    if name.startswith(MARKER) and MARKER not in description + author:
        assert {c for c in constants if MARKER in c} <= {name}

    readme = (project / "README.md").read_text(encoding="utf-8").splitlines()
    assert f"# {filters.md_line(name)}" in readme
    assert filters.md_line(description) in readme

    # .fwgen.json, which `fwgen new --answers` reads to make the project again.
    _, recorded, _ = load_answers_file(project / ".fwgen.json")
    assert {key: recorded[key] for key in answers} == answers


def bake_with_fwgen(parent: Path, template: str, combo: dict[str, Any], answers: dict[str, str]) -> Path:
    """resolve_context + render_project, as `fwgen new` does; nothing outside the project changes."""
    (parent / "keep.txt").write_text("the user's own file\n")
    (parent / "other").mkdir()
    before = snapshot(parent, parent / SLUG)
    options = load_options(template_dir(template))
    context = resolve_context(options, {**combo, **answers, "project_slug": SLUG})
    project = render_project(options, context, parent)
    assert project == parent / SLUG
    assert snapshot(parent, project) == before
    return project


def ruff_is_clean(folders: list[Path]) -> None:
    """`ruff check` and `ruff format --check` over many baked projects in two runs; each project's
    own ruff.toml applies to its files."""
    for command in (["check", "--no-cache"], ["format", "--check", "--no-cache"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, *map(str, folders)],
            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert result.returncode == 0, f"ruff {command[0]}:\n{result.stdout[-6000:]}{result.stderr}"


def check_template(template: str, max_examples: int) -> None:
    """The property for one template; every project stays on disk until ruff has seen it."""
    blank_others = {"project_name": HOSTILE["project_name"], "description": "", "author": " "}
    with tempfile.TemporaryDirectory(prefix="fwgen-free-text-") as root:
        baked: list[Path] = []

        @settings(REPRODUCIBLE, max_examples=max_examples, suppress_health_check=[HealthCheck.too_slow])
        @example(combo=combos(template)[0], answers=HOSTILE)
        @example(combo=combos(template)[-1], answers=blank_others)
        @example(combo=combos(template)[0], answers=dict.fromkeys(HOSTILE, "{{ 7*7 }} {% raw %}"))
        @given(
            combo=st.sampled_from(combos(template)),
            answers=st.fixed_dictionaries(
                {"project_name": NAMES | MARKED_NAMES, "description": FREE_TEXT, "author": FREE_TEXT}
            ),
        )
        def bakes_free_text_as_data(combo: dict[str, Any], answers: dict[str, str]) -> None:
            parent = Path(tempfile.mkdtemp(dir=root))
            project = bake_with_fwgen(parent, template, combo, answers)
            check_free_text_is_data(project, combo, answers)
            baked.append(project)

        bakes_free_text_as_data()
        ruff_is_clean(baked)


@pytest.mark.parametrize("template", template_names())
def test_every_template_writes_free_text_as_data(template: str) -> None:
    check_template(template, max_examples=20)


@pytest.mark.slow
@pytest.mark.deep
@pytest.mark.parametrize("template", template_names())
def test_every_template_writes_free_text_as_data_deep(template: str) -> None:
    check_template(template, max_examples=120)


@pytest.mark.slow
@pytest.mark.deep
@pytest.mark.parametrize("template", template_names())
def test_fwgen_new_writes_free_text_as_data(tmp_path: Path, template: str) -> None:
    """The command line itself, for the hostile example: arguments reach the files unchanged."""
    sets = [f"--set={key}={value}" for key, value in {**HOSTILE, "project_slug": SLUG}.items()]
    (tmp_path / "keep.txt").write_text("the user's own file\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "new", "-f", template, *sets, "--no-input"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt", SLUG]
    check_free_text_is_data(tmp_path / SLUG, {}, HOSTILE)
    ruff_is_clean([tmp_path / SLUG])


# --- The command `fwgen new` prints to make the project again -----------------------------------


def reparsed(command: str) -> tuple[str, dict[str, str]]:
    """The framework and answers that ``command`` gives `fwgen new`, parsed as its shell and click
    would parse it (nothing is run)."""
    words = shlex.split(command)
    assert words[:2] == ["fwgen", "new"], command
    new = cli.get_command(click.Context(cli), "new")
    params = new.make_context("new", words[2:]).params
    return params["framework"], {"project_name": params["name"], **parse_sets(params["sets"])}


def free_text_answers(name: str, description: str, author: str) -> dict[str, str]:
    return {"project_name": name, "project_slug": SLUG, "description": description, "author": author}


@settings(REPRODUCIBLE, max_examples=300)
@example(HOSTILE["project_name"], HOSTILE["description"], HOSTILE["author"])
@example("it's", "a\nb", "--set x=y")
@given(NAMES.filter(lambda name: not name.startswith("-")), FREE_TEXT, FREE_TEXT)
def test_the_reproduce_command_gives_back_the_answers(name: str, description: str, author: str) -> None:
    answers = free_text_answers(name, description, author)
    assert reparsed(command_line("flask", answers, defaults={})) == ("flask", answers)


def test_the_reproduce_command_gives_back_a_name_starting_with_a_dash() -> None:
    answers = free_text_answers("-Zq shop", "", "")
    assert reparsed(command_line("flask", answers, defaults={})) == ("flask", answers)


def test_fwgen_new_prints_no_terminal_control_characters(tmp_path: Path) -> None:
    name = "Zq \x1b]0;title\x07\x1b[2J \u202eevil"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "new", name, "-f", "flask", "--no-input",
         f"--set=project_slug={SLUG}"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = result.stdout + result.stderr
    assert not [c for c in shown if c != "\n" and not c.isprintable()], repr(shown)
    assert f"fwgen new --answers {SLUG}/.fwgen.json --no-input" in result.stdout

"""The shared free-text filters write any value as data that reads back exactly, in a form the
generated project's own linters accept (ruff format must leave a Python literal as it is)."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from support.matrix import TEMPLATES


def load_filters() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fwgen_filters", TEMPLATES / "_shared/fwgen_filters.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


filters = load_filters()
py_str, toml_str = filters.py_str, filters.toml_str

VALUES = [
    "My Shop",
    'Zq9x\'s "Shop" \\ <script>alert(1)</script>',
    'Only "double" quotes',
    "Only 'single' quotes",
    "Equal ' and \" quotes",
    "Café Ünïcode 🚀 שלום\u202e\u200d",
    "tab\tnew\nline\r",
    "{{ 7*7 }} {% raw %}",
]


@pytest.mark.parametrize("value", VALUES)
def test_values_read_back_exactly(value: str) -> None:
    assert ast.literal_eval(py_str(value)) == value
    assert py_str(value).isascii()
    assert tomllib.loads(f"name = {toml_str(value)}")["name"] == value


def test_ruff_format_leaves_python_literals_unchanged(tmp_path: Path) -> None:
    source = tmp_path / "names.py"
    source.write_text("".join(f"NAME_{i} = {py_str(value)}\n" for i, value in enumerate(VALUES)))
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "format", "--diff", "--isolated", str(source)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr

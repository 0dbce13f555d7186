"""Conformance with cookiecutter on its own test templates: every template folder in the tests/ of
cookiecutter's sdist (the installed version, downloaded once into the user's cache) is rendered by
cookiecutter and by `fwgen new --template`; expected.json says what each must give. The templates
stay in cookiecutter's sdist: this repository keeps only the list and the expected results.

Set FWGEN_CONFORMANCE_SDIST to a cookiecutter sdist (.tar.gz) to use that file instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

import pytest

from .render_both import differences, render_both

EXPECTED = json.loads((Path(__file__).parent / "expected.json").read_text())
pytestmark = pytest.mark.slow  # 28 templates, each rendered twice: CI runs it, the fast suite does not


def _cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "fwgen" / "conformance"


def _sdist() -> Path:
    given = os.environ.get("FWGEN_CONFORMANCE_SDIST")
    if given:
        return Path(given)
    wanted = version("cookiecutter")
    folder = _cache()
    found = sorted(folder.glob(f"cookiecutter-{wanted}.tar.gz"))
    if found:
        return found[0]
    folder.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "pip", "download", "-q", "--no-binary", ":all:", "--no-deps"]
    result = subprocess.run(
        [*argv, f"cookiecutter=={wanted}", "-d", str(folder)], capture_output=True, text=True, timeout=300
    )
    found = sorted(folder.glob(f"cookiecutter-{wanted}.tar.gz"))
    if result.returncode or not found:
        message = f"cannot download cookiecutter {wanted}'s sdist: {result.stderr.strip()[-300:]}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found[0]


@pytest.fixture(scope="session")
def cookiecutter_tests(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """cookiecutter's tests/ folder, unpacked from its sdist."""
    target = tmp_path_factory.mktemp("cookiecutter-sdist")
    with tarfile.open(_sdist()) as archive:
        members = [m for m in archive.getmembers() if "/tests/" in m.name]
        archive.extractall(target, members=members, filter="tar")
    (root,) = target.iterdir()
    return root / "tests"


def test_every_template_in_the_sdist_has_an_expected_result(cookiecutter_tests: Path) -> None:
    found = sorted(
        str(p.parent.relative_to(cookiecutter_tests)) for p in cookiecutter_tests.rglob("cookiecutter.json")
    )
    assert found == sorted(EXPECTED["fixtures"]), "derive expected.json again for this cookiecutter"


@pytest.mark.parametrize("name", sorted(EXPECTED["fixtures"]))
def test_fwgen_renders_what_cookiecutter_renders(name: str, cookiecutter_tests: Path, tmp_path: Path) -> None:
    expected = EXPECTED["fixtures"][name]
    theirs, ours = render_both(cookiecutter_tests / name, tmp_path)
    if isinstance(expected, dict) and "refused" in expected:
        assert not theirs.ok, "cookiecutter renders it now: derive expected.json again"
        assert not ours.ok and ours.error.startswith("fwgen: error: "), ours.error
        assert expected["refused"] in ours.error
        assert ours.tree == {}  # nothing left behind
        return
    assert theirs.ok, theirs.error
    assert ours.ok, ours.error
    random = set(expected.get("random", ())) if isinstance(expected, dict) else set()
    for path in random:  # filled by a random function on every run: the same file, other bytes
        assert ours.tree[path][:2] == theirs.tree[path][:2]
        ours.tree[path] = theirs.tree[path]
    assert differences(ours.tree, theirs.tree) == []

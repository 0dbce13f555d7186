"""The test harness itself: the option matrix, the PostgreSQL fixture, the HTTP helpers."""

from __future__ import annotations

import pytest

from generator.matrix import all_pairs, uncovered_values
from support.matrix import combos, template_names, template_options


def test_all_pairs_covers_every_pair_and_respects_constraints() -> None:
    options = {"a": [1, 2, 3], "b": ["x", "y"], "c": [True, False]}
    chosen = all_pairs(options, lambda combo: not (combo["a"] == 3 and combo["b"] == "y"))
    assert all(not (c["a"] == 3 and c["b"] == "y") for c in chosen)
    for a in (1, 2, 3):
        for b in ("x", "y"):
            if (a, b) != (3, "y"):
                assert any(c["a"] == a and c["b"] == b for c in chosen), (a, b)
        for flag in (True, False):
            assert any(c["a"] == a and c["c"] == flag for c in chosen), (a, flag)
    assert len(chosen) < 3 * 2 * 2  # fewer than the full product


def test_all_pairs_single_option_and_none() -> None:
    assert all_pairs({"a": ["x", "y"]}, lambda c: True) == [{"a": "x"}, {"a": "y"}]
    assert all_pairs({}, lambda c: True) == [{}]


@pytest.mark.parametrize("name", template_names())
def test_every_option_value_of_every_template_is_baked(name: str) -> None:
    """The meta-test: the matrix the template tests bake uses every value of every option."""
    options = template_options(name)
    missing = uncovered_values(options.choice_options(), combos(name))
    # A value can only be missing when a constraint forbids it everywhere: that is a template bug too.
    assert not missing, f"{name}: never baked: {', '.join(missing)}"


def test_postgres_fixture_is_a_real_server(postgres) -> None:
    import subprocess

    name = postgres.create_database()
    result = subprocess.run(
        [str(postgres.bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(postgres.port), "-U", "fwgen",
         "-d", name, "-tAc", "select 1 + 1"],
        env={"PGPASSWORD": "fwgen", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
        check=True, timeout=30,
    )  # fmt: skip
    assert result.stdout.strip() == "2"

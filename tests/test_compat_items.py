"""Issue 19, item by item: one minimal template each (tests/fixtures/compat), rendered by plain
cookiecutter and by `fwgen new --template`; the trees must be identical (paths, contents, modes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conformance.render_both import Outcome, differences, render_both

COMPAT = Path(__file__).parent / "fixtures" / "compat"


def both(work: Path, name: str, **kwargs: Any) -> tuple[Outcome, Outcome]:
    theirs, ours = render_both(COMPAT / name, work, **kwargs)
    assert theirs.ok, theirs.error
    assert ours.ok, ours.error
    assert differences(ours.tree, theirs.tree) == []
    return theirs, ours


def text(outcome: Outcome, path: str) -> str:
    return outcome.tree[path][2].decode()


@pytest.mark.parametrize(
    "name",
    [
        "02-local-extension",
        "03-private-variables",
        "04-null",
        "06-copy-without-render-names",
        "08-slug-outside-fwgen-rule",
        "09-hook-link-outside",
        "10-private-dict-and-choice-jinja",
        "11-pre-prompt-hook",
        "12-hooks-see-the-final-path",
        "13-context-order",
    ],
)
def test_the_item_renders_as_cookiecutter_renders_it(name: str, tmp_path: Path) -> None:
    both(tmp_path, name)


def test_what_the_items_render_is_what_they_are_about(tmp_path: Path) -> None:
    """The identical trees above are the right ones, not two equally wrong ones."""
    checks = {
        "03-private-variables": ("priv-priv-demo/private.txt", "priv priv-priv\n"),
        "04-null": ("null-demo/null.txt", "True None\n"),
        "08-slug-outside-fwgen-rule": ("my-project/slug.txt", "my-project\n"),
        "10-private-dict-and-choice-jinja": (
            "render-demo/rendered.txt", "render-demo-plain render-demo render-demo-plain\n"
        ),
        "11-pre-prompt-hook": ("pre-prompt-demo/added.txt", "from pre_prompt\n"),
        "12-hooks-see-the-final-path": (
            "path-demo/post.txt", f"{tmp_path / '12-hooks-see-the-final-path' / 'out' / 'path-demo'}\n"
        ),
        "13-context-order": (
            "order-demo/keys.txt", "zebra=z\nproject_slug=order-demo\nmapping={'k': 'v'}\nalpha=a\n"
        ),
    }  # fmt: skip
    for name, (path, expected) in checks.items():
        _, ours = both(tmp_path / name, name)
        assert text(ours, path).startswith(expected), name
    _, ours = both(tmp_path / "09", "09-hook-link-outside")
    assert ours.tree["link-demo/python"][0] == "link"


def test_a_dict_variable_from_an_answers_file(tmp_path: Path) -> None:
    _, ours = both(tmp_path, "01-dict-variable", extra={"db": {"name": "postgresql", "pool": {"size": 20}}})
    assert text(ours, "dict-demo/db.txt") == "postgresql at dict-demo.db, pool 20\n"


def test_a_nested_template_takes_the_first_without_input(tmp_path: Path) -> None:
    _, ours = both(tmp_path, "05-nested-templates")
    assert text(ours, "nested-app/which.txt") == f"app {COMPAT / '05-nested-templates' / 'app'}\n"


def test_the_top_level_cookiecutter_variable(tmp_path: Path) -> None:
    _, ours = both(tmp_path, "07-top-level-cookiecutter", extra={"kind": "b"})
    assert '"kind": [\n        "b",\n        "a"\n    ]' in text(ours, "top-level/original.json")


def test_the_users_cookiecutter_config(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "default_context:\n  full_name: Config Name {{ not jinja }}\n"
        "  license: BSD-3\n  open: 'yes'\n  other: x\n"
        f"abbreviations:\n  here: {COMPAT}/{{0}}\n"
    )
    theirs, ours = render_both("here:14-user-config", tmp_path, env={"COOKIECUTTER_CONFIG": str(config)})
    # cookiecutter renders a config value as Jinja; to fwgen every value a user gives is data
    assert not theirs.ok and "Unable to render variable 'full_name'" in theirs.error
    assert ours.ok, ours.error
    assert text(ours, "config-demo/who.txt") == "Config Name {{ not jinja }} BSD-3 True\n"
    config.write_text(config.read_text().replace(" {{ not jinja }}", ""))
    theirs, ours = render_both("here:14-user-config", tmp_path, env={"COOKIECUTTER_CONFIG": str(config)})
    assert differences(ours.tree, theirs.tree) == []
    assert text(ours, "config-demo/who.txt") == "Config Name BSD-3 True\n"


def test_booleans_multi_choice_and_no_project_name(tmp_path: Path) -> None:
    _, ours = both(
        tmp_path, "15-values-without-project-name", extra={"flag": "t", "licence": ["BSD-3", "GPL"]}
    )
    assert text(ours, "values-demo/values.txt") == "True BSD-3\n['BSD-3', 'GPL']\n"

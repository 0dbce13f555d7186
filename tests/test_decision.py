"""The decision screen: honest ranking, every need named, one screen at 80 columns, forgiving input.

The persona table runs over the real catalog; the screen is rendered as plain text at 80 columns,
as `fwgen recommend` prints it to a pipe (tests/test_terminal.py renders it in a real 80x24 pty).
"""

from __future__ import annotations

import pytest

from generator.catalog import load_catalog
from generator.decision import decision_lines, generatable, render, use_color
from generator.errors import FwgenError
from generator.needs import Needs
from generator.ranking import rank
from generator.spelling import canonical, did_you_mean
from generator.template_lookup import load_template, resolve_framework

# (persona, answers, expected pick, needs the pick must show as missed, conflicting pair or None)
PERSONAS = [
    ("content site with admin", {"kind": "site", "needs": "admin,orm,auth,templates"}, "django", [], None),
    ("JSON API", {"kind": "api", "needs": "openapi"}, "fastapi", [], None),
    (
        "websocket service",
        {"kind": "realtime", "needs": "websockets,async", "async_experience": "yes"},
        "aiohttp",
        [],
        None,
    ),
    ("tiny tool", {"kind": "small", "needs": "single_file", "size": "small"}, "flask", [], None),
    (
        "large flexible app",
        {"kind": "unconventional", "needs": "flexibility", "size": "large"},
        "twisted",
        [],
        None,
    ),
    (
        "raw-throughput service",
        {"kind": "api", "needs": "throughput", "hard": "throughput", "async_experience": "yes"},
        "fastapi",
        [],
        None,
    ),
    (
        "App Engine user (coming from webapp2)",
        {"kind": "small", "needs": "templates,single_file", "size": "small", "experience": "beginner"},
        "flask",
        [],
        None,
    ),
    ("Laravel fan", {"kind": "site", "needs": "orm,auth,templates,forms"}, "django", [], None),
    (
        "contradictory needs",
        {"kind": "site", "needs": "admin,single_file"},
        "django",
        ["single_file"],
        ("admin", "single_file"),
    ),
]


@pytest.mark.parametrize(
    ("answers", "pick", "missed", "conflict"), [p[1:] for p in PERSONAS], ids=[p[0] for p in PERSONAS]
)
def test_personas(answers: dict, pick: str, missed: list[str], conflict: tuple | None) -> None:
    ranking = rank(Needs.from_dict(answers))
    assert ranking.pick == pick
    # The picker's first three are frameworks fwgen generates; one that does not install never
    # ranks above one that does.
    assert all(e.status == "template" for e in generatable(ranking)[:3])
    installs = [e.installs for e in ranking.entries if not e.excluded]
    assert installs == sorted(installs, reverse=True)
    assert list(ranking.unmet) == missed
    text = render(decision_lines(ranking), color=False, width=80)
    catalog = load_catalog()
    for key in missed:
        assert f"does not meet your need {catalog.trait(key).label}" in text
    if conflict:
        assert conflict in ranking.conflicts
        labels = [catalog.trait(k).label for k in conflict]
        assert f"Your needs {labels[0]} and {labels[1]} pull apart" in text
    else:
        assert not ranking.conflicts and "pull apart" not in text
    # Every need the user gave is on the screen with its verdict.
    for key in Needs.from_dict(answers).needs:
        criterion = ranking.entry(pick).criterion(key)
        mark = {"met": "+", "partly": "~", "missed": "-"}[criterion.verdict]
        assert f"  {mark} {criterion.label}" in text


def test_the_screen_fits_80_columns_and_16_rows() -> None:
    for _, answers, *_ in PERSONAS:
        rows = render(decision_lines(rank(Needs.from_dict(answers))), color=False, width=80).splitlines()
        assert len(rows) <= 16, "\n".join(rows)
        assert all(len(row) <= 80 for row in rows)


def test_a_newcomers_blog_names_web2py_as_not_generated_below_the_alternatives() -> None:
    ranking = rank(
        Needs.from_dict({"kind": "site", "needs": "admin,orm,templates", "experience": "beginner"})
    )
    keys = [e.key for e in ranking.entries]
    assert keys.index("web2py") > keys.index("py4web")  # fits better on paper, but does not install
    text = render(decision_lines(ranking), color=False, width=80)
    assert "Also fits: web2py" in text and "not generated (does not install); fwgen offers py4web" in text
    assert "Next best:\n  py4web" in text


def test_confidence_is_the_margin_to_the_best_generatable_alternative() -> None:
    ranking = rank(
        Needs.from_dict({"kind": "site", "needs": "admin,orm,templates", "experience": "beginner"})
    )
    runner_up = generatable(ranking)[1]
    assert ranking.runner_up == runner_up.key
    assert ranking.margin == round(ranking.entry(ranking.pick).score - runner_up.score, 1)


def test_the_json_output_carries_unmet_needs_conflicts_and_where_weights_come_from() -> None:
    ranking = rank(Needs.from_dict({"kind": "site", "needs": "admin,single_file"}))
    data = ranking.to_dict()
    assert data["unmet"] == ["single_file"] and data["conflicts"] == [["admin", "single_file"]]
    admin = next(c for c in data["entries"][0]["criteria"] if c["trait"] == "admin")
    assert admin["sources"] == ["kind: A website (+2)", "you need it (+4)"]
    assert type(ranking).from_dict(data) == ranking


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert use_color(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())
    lines = decision_lines(rank(Needs.from_dict({"kind": "api", "needs": "openapi"})))
    assert "\x1b[" in render(lines, color=True, width=80)
    assert "\x1b[" not in render(lines, color=False, width=80)


# --- forgiving input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "key"), [("Flask", "flask"), ("FLASK", "flask"), (" fastapi ", "fastapi")])
def test_a_framework_is_found_whatever_its_case(typed: str, key: str) -> None:
    assert resolve_framework(typed) == key


def test_a_near_miss_gets_did_you_mean() -> None:
    with pytest.raises(FwgenError, match=r"no template for 'flsk' \(did you mean 'flask'\?\)"):
        resolve_framework("flsk")


@pytest.mark.parametrize(("typed", "alternative"), [("webapp2", "flask"), ("Japronto", "aiohttp")])
def test_a_framework_fwgen_does_not_generate_answers_with_its_reason(typed: str, alternative: str) -> None:
    fw = load_catalog().framework(typed.lower())
    with pytest.raises(FwgenError) as raised:
        resolve_framework(typed)
    assert f"fwgen does not generate {fw.name}: {fw.reason}" in str(raised.value)
    assert str(raised.value).endswith(f"fwgen offers --framework {alternative} instead")


def test_option_values_ignore_case_and_keys_get_did_you_mean() -> None:
    flask = load_template("flask")
    assert flask.get("database").parse("SQLite") == "sqlite"
    with pytest.raises(FwgenError, match=r"\(not 'sqlit'\) \(did you mean 'sqlite'\?\)"):
        flask.get("database").parse("sqlit")
    with pytest.raises(FwgenError, match=r"unknown option 'databse' for flask \(did you mean 'database'\?\)"):
        flask.get("databse")


def test_spelling_helpers() -> None:
    assert canonical("Abc", ["abc", "x"]) == "abc"
    assert canonical("abc", ["ABC", "abc"]) == "abc"  # the exact spelling wins over folding
    assert canonical("abc", ["ABC", "Abc"]) is None  # ambiguous: no guess
    assert did_you_mean("zzzz", ["database"]) == ""


def test_the_full_view_says_where_each_weight_comes_from() -> None:
    from generator.ranking_text import format_ranking

    lines = format_ranking(rank(Needs.from_dict({"kind": "api", "needs": "openapi"})))
    assert "  OpenAPI docs 7 = kind: A JSON API +3, you need it +4" in lines
    assert "  Actively maintained 2 = every project +2" in lines

"""The recommender: realistic profiles get the framework a senior engineer would suggest, for reasons
that trace back to the catalog data, and edge cases get a clear answer instead of a crash."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import tomllib
from importlib import resources

import pytest

from generator.catalog import Catalog, load_catalog, parse_catalog
from generator.needs import Needs, NeedsError, experience_choices, kind_choices, need_choices, size_choices
from generator.ranking import Ranking, rank, shortfalls, weights
from generator.ranking_text import format_ranking

# (id, answers as the CLI or an answers file gives them, expected pick)
PROFILES = [
    (
        "content-site-with-admin",
        {"kind": "site", "needs": "admin,orm,auth,templates", "hard": "admin"},
        "django",
    ),
    ("json-api-with-openapi", {"kind": "api", "needs": ["openapi"]}, "fastapi"),
    (
        "websocket-long-poll-service",
        {"kind": "realtime", "needs": ["websockets"], "async_experience": "yes"},
        "aiohttp",
    ),
    ("realtime-new-to-async", {"kind": "realtime", "needs": ["websockets"]}, "aiohttp"),
    ("tiny-single-file-service", {"kind": "small", "needs": ["single_file"], "size": "small"}, "flask"),
    (
        "unconventional-must-stay-flexible",
        {"kind": "unconventional", "needs": ["flexibility"], "hard": ["flexibility"], "experience": "expert"},
        "twisted",
    ),
    ("beginner-blog", {"kind": "site", "experience": "beginner", "size": "small"}, "django"),
]


def raw_data() -> dict:
    text = resources.files("generator").joinpath("frameworks.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def synthetic(frameworks: list[dict], **rules: float) -> Catalog:
    """The real traits, kinds and rules with made-up frameworks: every score 1 unless given."""
    data = copy.deepcopy(raw_data())
    traits = [t["key"] for t in data["trait"]]
    data["rules"].update(rules)
    data["framework"] = []
    for spec in frameworks:
        spec = dict(spec)
        scores = {t: 1 for t in traits} | spec.pop("scores", {})
        entry = {
            "name": spec["key"].title(),
            "pypi": spec["key"],
            "category": "micro",
            "summary": "A made-up framework.",
            "version": "1.0",
            "checked": data["checked"],
            "status": "template",
            "async_only": False,
            "scores": scores,
        } | spec
        if entry["status"] != "template":
            entry.setdefault("reason", "Made up.")
        data["framework"].append(entry)
    return parse_catalog(data)


@pytest.mark.parametrize(("answers", "expected"), [p[1:] for p in PROFILES], ids=[p[0] for p in PROFILES])
def test_realistic_profiles(answers: dict, expected: str) -> None:
    ranking = rank(Needs.from_dict(answers))
    assert ranking.pick == expected, "\n".join(format_ranking(ranking))
    assert ranking.entries[0].score >= ranking.entry(expected).score
    assert ranking.confidence in ("high", "medium", "low")
    assert len(ranking.entries) == len(load_catalog().frameworks)


def test_site_with_admin_is_a_clear_choice() -> None:
    ranking = rank(Needs.from_dict(PROFILES[0][1]))
    assert ranking.confidence == "high"
    # Admin is a hard need: frameworks with no admin at all stay listed, greyed, with the reason.
    pyramid = ranking.entry("pyramid")
    assert pyramid.excluded and not pyramid.eligible
    assert any("Admin panel" in reason for reason in pyramid.exclusions)
    # Flask's admin comes from an extension: below the hard minimum, and the gap is named.
    flask = ranking.entry("flask")
    assert flask.excluded and "Flask-Admin" in flask.criterion("admin").note
    excluded = [e.excluded for e in ranking.entries]
    assert excluded == sorted(excluded), "excluded frameworks come after the others"


def test_realtime_pick_is_async_end_to_end() -> None:
    ranking = rank(Needs.from_dict({"kind": "realtime", "needs": ["websockets"]}))
    catalog = load_catalog()
    assert catalog.framework(ranking.pick).category == "async"
    # Planned async frameworks tie or beat it but cannot be generated; they point back to a template.
    for e in ranking.entries[:3]:
        assert e.eligible or catalog.framework(e.alternative).has_template


def test_single_file_service_can_have_bottle() -> None:
    ranking = rank(Needs.from_dict(PROFILES[4][1]))
    bottle = ranking.entry("bottle")
    assert bottle.status == "template" and bottle.eligible
    assert [e.key for e in ranking.entries].index("bottle") < 3, "Bottle fits a tiny service"


def test_no_needs_still_ranks_with_low_confidence() -> None:
    ranking = rank(Needs())
    assert Needs().is_empty
    assert ranking.pick in {fw.key for fw in load_catalog().template_backed()}
    assert ranking.confidence == "low"
    assert any("No kind of project and no needs" in note for note in ranking.notes)
    # Only the general qualities weigh.
    assert set(weights(Needs())) <= {"maintenance", "community", "learning_curve"}


def test_conflicting_hard_needs_give_no_pick_and_say_why() -> None:
    needs = Needs.from_dict({"needs": ["admin", "async", "single_file"], "hard": "admin,async,single_file"})
    ranking = rank(needs)
    assert ranking.pick is None and ranking.runner_up is None and ranking.margin is None
    assert ranking.confidence == "none"
    assert not any(e.eligible for e in ranking.entries)
    note = ranking.notes[0]
    assert note.startswith("No framework with a template meets every hard requirement")
    # Admin and single-file contradict each other, and the notes say so in one sentence.
    assert ranking.conflicts == (("admin", "single_file"),)
    assert any("Admin panel and Single-file simplicity pull apart" in n for n in ranking.notes[1:])
    assert "Closest:" in note and "soft need" in note
    lines = format_ranking(ranking)
    assert lines[0] == "No recommendation."
    assert sum(line.startswith(" x ") for line in lines) == sum(e.excluded for e in ranking.entries)


def test_only_template_backed_frameworks_can_be_the_pick() -> None:
    catalog = synthetic(
        [
            {"key": "dream", "status": "planned", "alternative": "real", "scores": {"openapi": 3}},
            {"key": "real", "scores": {"openapi": 2}},
            {"key": "other"},
        ]
    )
    ranking = rank(Needs(kind="api", needs={"openapi"}), catalog)
    assert ranking.entries[0].key == "dream"
    assert ranking.pick == "real"
    assert any(note.startswith("Dream also fits (") and "template planned" in note for note in ranking.notes)
    assert any("Meanwhile fwgen offers real" in note for note in ranking.notes)


def test_confidence_follows_the_gap_between_the_top_choices() -> None:
    needs = Needs(kind="api", needs={"openapi"})
    dominant = synthetic([{"key": "best", "scores": {"openapi": 3, "forms": 3, "orm": 3}}, {"key": "rest"}])
    ranking = rank(needs, dominant)
    assert (ranking.pick, ranking.runner_up, ranking.confidence) == ("best", "rest", "high")
    assert ranking.margin >= dominant.rules.confidence_high

    # One notch apart on a trait the kind weighs only lightly.
    close = synthetic([{"key": "best", "scores": {"throughput": 2}}, {"key": "rest"}])
    ranking = rank(needs, close)
    assert (ranking.pick, ranking.confidence) == ("best", "low")
    assert 0 < ranking.margin < close.rules.confidence_medium
    assert any("fit almost equally well" in note for note in ranking.notes)

    # The thresholds are data: the same gap reads as high when the catalog says so.
    lenient = synthetic(
        [{"key": "best", "scores": {"throughput": 2}}, {"key": "rest"}],
        confidence_high=0.5,
        confidence_medium=0.1,
    )
    assert rank(needs, lenient).confidence == "high"


def test_real_close_call_is_reported_as_such() -> None:
    # An API that also needs an ORM: FastAPI (OpenAPI built in) and Django (ORM built in) each miss
    # what the other has, so the recommendation must not sound certain.
    ranking = rank(Needs.from_dict({"kind": "api", "needs": ["openapi", "orm"]}))
    assert {ranking.pick, ranking.runner_up} == {"fastapi", "django"}
    assert ranking.confidence == "low"


def test_a_lone_eligible_framework_is_a_confident_pick() -> None:
    catalog = synthetic([{"key": "only", "scores": {"admin": 3}}, {"key": "nope", "scores": {"admin": 0}}])
    ranking = rank(Needs(hard={"admin"}), catalog)
    assert (ranking.pick, ranking.runner_up, ranking.confidence) == ("only", None, "high")


def test_rankings_follow_the_data_not_the_profile() -> None:
    data = copy.deepcopy(raw_data())
    frameworks = {f["key"]: f for f in data["framework"]}
    frameworks["django"]["scores"], frameworks["flask"]["scores"] = (
        frameworks["flask"]["scores"],
        frameworks["django"]["scores"],
    )
    swapped = parse_catalog(data)
    needs = Needs.from_dict(PROFILES[0][1])
    assert rank(needs).pick == "django"
    assert rank(needs, swapped).pick == "flask"


@pytest.mark.parametrize("answers", [p[1] for p in PROFILES] + [{}], ids=[p[0] for p in PROFILES] + ["empty"])
def test_every_reason_traces_back_to_the_data(answers: dict) -> None:
    catalog = load_catalog()
    needs = Needs.from_dict(answers)
    table = weights(needs)
    ranking = rank(needs)
    for entry in ranking.entries:
        fw = catalog.framework(entry.key)
        assert entry.status == fw.status and entry.alternative == fw.alternative
        assert {c.trait for c in entry.criteria} == set(table)
        earned = possible = 0
        for c in entry.criteria:
            weight, sources = table[c.trait]
            assert c.weight == weight and c.sources == sources
            assert weight == sum(int(re.search(r"\(\+(\d+)\)$", s)[1]) for s in sources)
            if c.adjustment:
                assert c.trait == "learning_curve" and fw.async_only and not needs.async_experience
                assert c.score == max(0, fw.scores[c.trait] - catalog.rules.async_only_penalty)
            else:
                assert c.score == fw.scores[c.trait]
            expected_note = fw.notes.get(c.trait) or catalog.score_word(c.trait, c.score).capitalize() + "."
            assert c.note == expected_note
            assert c.verdict == {0: "missed", 3: "met"}.get(c.score, "partly")
            assert c.hard == (c.trait in needs.hard)
            earned += c.weight * c.score
            possible += c.weight * 3
        assert entry.score == round(100 * earned / possible, 1)
        failed = [c for c in entry.criteria if c.hard and c.score < catalog.rules.hard_minimum]
        assert entry.excluded == bool(failed) and len(entry.exclusions) == len(failed)


def test_weights_come_from_kind_needs_experience_and_size() -> None:
    catalog = load_catalog()
    rules = catalog.rules
    beginner = weights(Needs(kind="api", needs={"orm"}, experience="beginner", size="large"))
    expert = weights(Needs(kind="api", experience="expert"))
    kind = catalog.kind("api").weights
    assert beginner["openapi"][0] == kind["openapi"]
    assert beginner["orm"][0] == kind["orm"] + rules.need_weight
    assert any(s.startswith("you need it") for s in beginner["orm"][1])
    assert beginner["learning_curve"][0] == catalog.experience_level("beginner").weights["learning_curve"]
    assert "learning_curve" not in expert
    assert beginner["maintenance"][0] == (
        catalog.base_weights["maintenance"] + catalog.size("large").weights["maintenance"]
    )
    hard = weights(Needs(hard={"orm"}))
    assert hard["orm"] == (rules.need_weight, (f"hard requirement (+{rules.need_weight})",))


def test_async_only_frameworks_are_harder_without_async_experience() -> None:
    new = rank(Needs(kind="realtime")).entry("aiohttp").criterion("learning_curve")
    seasoned = (
        rank(Needs(kind="realtime", async_experience=True)).entry("aiohttp").criterion("learning_curve")
    )
    assert "new to async" in new.adjustment and new.score < seasoned.score
    assert seasoned.adjustment == ""
    # FastAPI also runs plain def endpoints, so it is not penalised.
    assert rank(Needs(kind="realtime")).entry("fastapi").criterion("learning_curve").adjustment == ""


def test_needs_from_dict_accepts_flags_and_answer_files() -> None:
    from_flags = Needs.from_dict({"kind": "api", "needs": "openapi, ORM", "async_experience": "no"})
    from_file = Needs.from_dict({"kind": "api", "needs": ["orm", "openapi"], "async_experience": False})
    assert from_flags == from_file
    assert from_flags.needs == {"openapi", "orm"}
    assert (from_flags.experience, from_flags.size) == ("intermediate", "medium")
    # A hard need is a need.
    assert Needs.from_dict({"hard": ["admin"]}).needs == {"admin"}
    assert Needs.from_dict(from_flags.to_dict()) == from_flags


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"kind": "webapp"}, "unknown kind 'webapp'; choose one of: site, api"),
        ({"needs": "swagger"}, "unknown need(s): swagger; choose from: admin"),
        ({"experience": "guru"}, "unknown experience"),
        ({"size": "huge"}, "unknown size"),
        ({"async_experience": "maybe"}, "yes or no"),
        ({"framework": "flask"}, "unknown field(s): framework"),
        ({"needs": 3}, "list of trait keys"),
    ],
)
def test_bad_answers_name_the_valid_values(answers: dict, message: str) -> None:
    with pytest.raises(NeedsError) as info:
        Needs.from_dict(answers)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_needs_rejects_a_bare_string() -> None:
    with pytest.raises(NeedsError):
        Needs(needs="openapi")


@pytest.mark.parametrize("answers", [p[1] for p in PROFILES], ids=[p[0] for p in PROFILES])
def test_ranking_round_trips_through_json(answers: dict) -> None:
    ranking = rank(Needs.from_dict(answers))
    data = json.loads(json.dumps(ranking.to_dict()))
    assert Ranking.from_dict(data) == ranking
    assert data["pick"] == ranking.pick
    assert all(e["eligible"] == (e["status"] == "template" and not e["excluded"]) for e in data["entries"])


def test_choices_for_prompts_and_flags() -> None:
    catalog = load_catalog()
    assert [k.key for k in kind_choices()] == ["site", "api", "realtime", "small", "unconventional"]
    needs = need_choices()
    assert {t.key for t in needs} == set(catalog.trait_keys)
    groups = [t.group for t in needs]
    assert groups == sorted(groups, key=lambda g: g != "feature"), "features are offered first"
    assert all(t.label and t.description for t in needs)
    assert [e.key for e in experience_choices()] == ["beginner", "intermediate", "expert"]
    assert [s.key for s in size_choices()] == ["small", "medium", "large"]


def test_format_ranking_explains_the_pick() -> None:
    ranking = rank(Needs.from_dict({"kind": "api", "needs": ["openapi"], "hard": ["openapi"]}))
    lines = format_ranking(ranking, detail=1)
    assert all(isinstance(line, str) and "\n" not in line for line in lines)
    assert lines[0].startswith("Recommended: FastAPI (fit ")
    assert f"confidence {ranking.confidence}" in lines[0]
    assert "+!OpenAPI docs" in "\n".join(lines)  # met, and a hard requirement
    # Pyramid's OpenAPI support is spec-first through an add-on: below the hard minimum, greyed.
    text = "\n".join(lines)
    assert re.search(r" x  Pyramid +\d+  excluded\n +fails hard requirement OpenAPI docs", text)
    assert "checked 2026-11-25" in lines[-1]


def test_lower_entries_say_where_they_fall_behind_the_pick() -> None:
    ranking = rank(Needs.from_dict(PROFILES[1][1]))  # JSON API -> FastAPI
    pick = ranking.entry(ranking.pick)
    behind = shortfalls(ranking, "django")
    assert behind[0].trait == "openapi", "the costliest gap comes first"
    assert all(pick.criterion(c.trait).score > c.score for c in behind)
    assert shortfalls(ranking, ranking.pick) == []
    assert "       behind FastAPI on: OpenAPI docs 1/3" in "\n".join(format_ranking(ranking, detail=1))


def test_recommend_imports_nothing_heavy() -> None:
    # `fwgen --help` imports the recommender; it must stay standard library only.
    code = (
        "import sys, generator.needs, generator.ranking, generator.ranking_text; "
        "heavy = {'click', 'questionary', 'prompt_toolkit', 'cookiecutter', 'jinja2', 'rich', 'yaml'}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

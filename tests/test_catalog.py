"""The framework knowledge base (generator/frameworks.toml) is complete and consistent."""

from __future__ import annotations

import copy
import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from generator.catalog import CATEGORIES, Catalog, CatalogError, load_catalog, parse_catalog

REPO = Path(__file__).resolve().parent.parent

# The frameworks a typical "best Python web frameworks" guide covers (issue 4), and py4web, which
# fwgen generates in web2py's place (web2py's successor by the same team).
GUIDE_FRAMEWORKS = {
    "django", "web2py", "pyramid", "twisted", "masonite", "flask", "bottle", "falcon", "japronto",
    "fastapi", "sanic", "aiohttp", "tornado", "zope", "webapp2", "pulsar", "gevent", "py4web",
}  # fmt: skip
TEMPLATE_BACKED = {
    "flask",
    "django",
    "fastapi",
    "pyramid",
    "aiohttp",
    "bottle",
    "sanic",
    "falcon",
    "tornado",
    "twisted",
    "zope",
    "py4web",
    "masonite",
}
TRAITS = {
    "admin", "orm", "auth", "forms", "templates", "openapi", "websockets", "async", "throughput",
    "single_file", "flexibility", "learning_curve", "community", "maintenance",
}  # fmt: skip


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def raw_data() -> dict:
    """The TOML as parsed, to break on purpose."""
    text = resources.files("generator").joinpath("frameworks.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_load_is_cached(catalog: Catalog) -> None:
    assert load_catalog() is catalog


def test_every_guide_framework_has_one_entry(catalog: Catalog) -> None:
    assert sorted(catalog.framework_keys) == sorted(GUIDE_FRAMEWORKS)


def test_trait_list_is_the_agreed_one(catalog: Catalog) -> None:
    assert set(catalog.trait_keys) == TRAITS
    for trait in catalog.traits:
        assert trait.label and trait.description.endswith(".")


def test_every_framework_scores_every_trait(catalog: Catalog) -> None:
    for fw in catalog.frameworks:
        assert list(fw.scores) == list(catalog.trait_keys), fw.key
        assert all(score in range(4) for score in fw.scores.values()), fw.key
        assert set(fw.notes) <= set(catalog.trait_keys), fw.key


def test_entries_are_complete(catalog: Catalog) -> None:
    for fw in catalog.frameworks:
        assert fw.key == fw.key.lower()
        assert fw.category in CATEGORIES
        assert fw.name and fw.summary and fw.pypi and fw.version, fw.key
        assert fw.checked == catalog.checked == "2026-11-25", fw.key
        # A release month we read from the distribution, or empty when nothing installs (Japronto).
        assert re.fullmatch(r"(\d{4}(-\d{2})?)?", fw.released), fw.key
        if not fw.released:
            assert fw.version_note, f"{fw.key}: say why there is no release date"


def test_exactly_the_written_templates_are_template_backed(catalog: Catalog) -> None:
    assert {fw.key for fw in catalog.template_backed()} == TEMPLATE_BACKED


def test_every_template_backed_entry_has_its_template(catalog: Catalog) -> None:
    for fw in catalog.template_backed():
        path = REPO / "templates" / fw.key / "cookiecutter.json"
        assert path.is_file(), f"{fw.key} is marked status = 'template' but {path} is missing"
        json.loads(path.read_text(encoding="utf-8"))


def test_every_other_entry_has_a_reason_and_a_template_backed_alternative(catalog: Catalog) -> None:
    for fw in catalog.frameworks:
        if fw.has_template:
            assert fw.alternative is None
            continue
        assert fw.reason.endswith("."), fw.key
        assert fw.alternative in TEMPLATE_BACKED, fw.key
        assert catalog.framework(fw.alternative).has_template


def test_unmaintained_entries_are_not_generated(catalog: Catalog) -> None:
    for fw in catalog.frameworks:
        if fw.scores["maintenance"] == 0:
            assert fw.status == "not-generated", fw.key


def test_current_facts_not_stale_claims(catalog: Catalog) -> None:
    # Django (3.1+) and Flask (2.0+) support async views; guides written before say they do not.
    assert catalog.framework("django").scores["async"] >= 2
    assert catalog.framework("flask").scores["async"] >= 1
    assert "Flask 2.0" in catalog.framework("flask").notes["async"]
    # Masonite 5 moved to a new distribution name; the old one is abandoned.
    assert catalog.framework("masonite").pypi == "masonite-framework"
    # Django 6 needs Python 3.12+, which matters to a project supporting 3.11.
    assert "3.12" in catalog.framework("django").version_note


def test_choices_cover_every_answer(catalog: Catalog) -> None:
    assert [k.key for k in catalog.kinds] == ["site", "api", "realtime", "small", "unconventional"]
    assert [e.key for e in catalog.experience] == ["beginner", "intermediate", "expert"]
    assert [s.key for s in catalog.sizes] == ["small", "medium", "large"]
    for choice in (*catalog.kinds, *catalog.experience, *catalog.sizes):
        assert choice.label and choice.description
        assert set(choice.weights) <= set(catalog.trait_keys)


def test_score_words_exist_for_every_score(catalog: Catalog) -> None:
    for trait in catalog.trait_keys:
        assert [catalog.score_word(trait, s) for s in range(4)]


def test_lookups_name_the_valid_keys(catalog: Catalog) -> None:
    with pytest.raises(KeyError, match="flask"):
        catalog.framework("flsk")
    with pytest.raises(KeyError, match="openapi"):
        catalog.trait("swagger")


def _break(mutate) -> str:
    data = copy.deepcopy(raw_data())
    mutate(data)
    with pytest.raises(CatalogError) as info:
        parse_catalog(data)
    return str(info.value)


def _fw(data: dict, key: str) -> dict:
    return next(f for f in data["framework"] if f["key"] == key)


def test_the_shipped_data_parses() -> None:
    assert parse_catalog(raw_data()).framework_keys == load_catalog().framework_keys


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: _fw(d, "flask")["scores"].update(swagger=3), "unknown trait"),
        (lambda d: _fw(d, "flask")["scores"].pop("admin"), "no score for admin"),
        (lambda d: _fw(d, "flask")["scores"].update(admin=4), "0-3"),
        (lambda d: _fw(d, "flask")["notes"].update(swagger="x"), "unknown trait"),
        (lambda d: _fw(d, "pulsar").update(alternative="quart"), "not in the catalog"),
        (lambda d: _fw(d, "pulsar").update(alternative="webapp2"), "has no template"),
        (lambda d: _fw(d, "pulsar").pop("reason"), "needs a reason"),
        (lambda d: _fw(d, "flask").update(status="maybe"), "status must be one of"),
        (lambda d: _fw(d, "flask").update(category="macro"), "category must be one of"),
        (lambda d: d["framework"].append(copy.deepcopy(_fw(d, "flask"))), "duplicate framework"),
        (lambda d: d["kind"][0]["weights"].update(swagger=1), "unknown trait"),
        (lambda d: d["rules"].pop("need_weight"), "need_weight"),
    ],
    ids=[
        "unknown-score", "missing-score", "score-range", "unknown-note", "alt-missing",
        "alt-not-template", "no-reason", "bad-status", "bad-category", "duplicate", "bad-weight",
        "no-rule",
    ],
)  # fmt: skip
def test_inconsistent_data_is_rejected(mutate, message: str) -> None:
    assert message in _break(mutate)

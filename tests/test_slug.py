"""Slug validation: the slug becomes a path and an import name, so it is checked before any write."""

from __future__ import annotations

import pytest

from generator.context import slug_for_name
from generator.errors import FwgenError
from generator.slug import suggest_slug, target_taken, validate_slug


@pytest.mark.parametrize(
    ("slug", "reason"),
    [
        ("../x", "not a valid package name"),
        ("/abs", "not a valid package name"),
        ("a/b", "not a valid package name"),
        ("", "empty"),
        (".", "not a valid package name"),
        ("my-shop", "not a valid package name"),
        ("My_Shop", "not a valid package name"),
        ("1shop", "not a valid package name"),
        ("shop\x00", "not a valid package name"),
        ("shop\n", "not a valid package name"),
        ("class", "keyword"),
        ("match", "keyword"),
        ("json", "standard library"),
        ("email", "standard library"),
        ("flask", "shadow the package"),
        ("sqlalchemy", "shadow the package"),
        ("tests", "shadow the package"),
        ("a" * 41, "longer than 40"),
    ],
)
def test_bad_slugs_are_rejected_with_a_reason(slug: str, reason: str) -> None:
    with pytest.raises(FwgenError, match=reason) as raised:
        validate_slug(slug)
    assert "\n" not in str(raised.value).replace(repr(slug), "")  # one line


def test_template_reserved_slugs() -> None:
    with pytest.raises(FwgenError, match="shadow"):
        validate_slug("config", frozenset({"config"}))


@pytest.mark.parametrize("slug", ["shop", "my_shop", "a" * 40, "shop2", "blog_api"])
def test_good_slugs_pass(slug: str) -> None:
    assert validate_slug(slug) == slug


@pytest.mark.parametrize(
    ("name", "slug"),
    [("  My Shop-Front ", "my_shop_front"), ("Café Ünïcode", "cafe_unicode"), ("Joe's Shop", "joe_s_shop")],
)
def test_names_become_slugs_as_the_templates_derive_them(name: str, slug: str) -> None:
    assert slug_for_name(None, name) == slug


@pytest.mark.parametrize(
    ("slug", "suggested"),
    [("3d_shop", "shop_3d"), ("2024", "project_2024"), ("flask", "flask_app"), ("class", "class_app"),
     ("", "my_project"), ("a" * 41, "a" * 40), ("my-shop", "my_shop")],
)  # fmt: skip
def test_a_refused_slug_comes_with_a_valid_suggestion(slug: str, suggested: str) -> None:
    assert suggest_slug(slug) == suggested
    with pytest.raises(FwgenError, match=f"e.g. '{suggested}'"):
        validate_slug(slug)


def test_target_taken(tmp_path) -> None:
    assert target_taken(tmp_path, "shop") is None
    (tmp_path / "shop").mkdir()
    assert target_taken(tmp_path, "shop") is None  # an empty folder is used
    (tmp_path / "shop" / "notes.txt").write_text("mine")
    assert "already exists and is not empty" in target_taken(tmp_path, "shop")
    (tmp_path / "file").write_text("x")
    assert "is not a folder" in target_taken(tmp_path, "file")

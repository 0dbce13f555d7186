"""Slug validation: the slug becomes a path and an import name, so it is checked before any write."""

from __future__ import annotations

import pytest

from generator.errors import FwgenError
from generator.slug import slugify, validate_slug


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


def test_slugify() -> None:
    assert slugify("  My Shop-Front ") == "my_shop_front"

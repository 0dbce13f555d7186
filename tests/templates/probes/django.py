"""Django in production (DEBUG off, `check --deploy` and collectstatic passed as the template's
``prepare`` checks) while gunicorn serves it: the admin login behind an HTTPS proxy with CSRF,
HSTS and secure cookies, WhiteNoise's hashed static files, the notes page, and the chosen API.
Python 3.11 gets the Django 5.2 LTS; one extra case checks that Python 3.12 gets Django 6."""

from __future__ import annotations

import re
from typing import Any

from probes import Case, cases_with, every
from support.free_text import assert_page_shows_escaped
from support.project import Project, http

VIA_HTTPS_PROXY = {"X-Forwarded-Proto": "https"}
DJANGO_6_COMBO = {
    "database": "postgresql",
    "api": "django-ninja",
    "async": "yes",
    "docker": "no",
    "ci": "none",
}
DJANGO_FOR_PYTHON = {"3.11": "5.2", "3.12": "6."}


def cases(combos: list[dict[str, Any]]) -> list[Case]:
    return [*cases_with(combos, hostile_first=every), Case(DJANGO_6_COMBO, python="3.12")]


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    version = project.run("python", "-c", "import django; print(django.__version__)").stdout
    expected = DJANGO_FOR_PYTHON[project.python]
    assert version.startswith(expected), (
        f"Python {project.python} should get Django {expected}, got {version}"
    )

    login = http("GET", base + "/admin/login/", headers=VIA_HTTPS_PROXY)
    assert login.status == 200, login.text[:500]
    assert 'name="csrfmiddlewaretoken"' in login.text
    assert "max-age=3600" in login.headers.get("Strict-Transport-Security", "")
    assert "Secure" in login.headers.get("Set-Cookie", "")
    # collectstatic's hashed names, served by WhiteNoise with far-future caching.
    stylesheet = re.search(r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', login.text)
    assert stylesheet, "the admin page does not use the hashed static files"
    css = http("GET", base + stylesheet.group(1), headers=VIA_HTTPS_PROXY)
    assert css.status == 200
    assert "immutable" in css.headers.get("Cache-Control", "")

    notes = http("GET", base + "/", headers=VIA_HTTPS_PROXY)
    assert notes.status == 200
    assert "No notes yet." in notes.text
    assert_page_shows_escaped(notes.text, answers["project_name"])

    if answers["api"] == "django-rest-framework":
        listing = http("GET", base + "/api/notes/", headers=VIA_HTTPS_PROXY)
        assert listing.status == 200
        assert listing.json()["results"] == []
        refused = http("POST", base + "/api/notes/", {"title": "x"}, headers=VIA_HTTPS_PROXY)
        assert refused.status == 403
    elif answers["api"] == "django-ninja":
        listing = http("GET", base + "/api/notes/", headers=VIA_HTTPS_PROXY)
        assert listing.status == 200
        assert listing.json() == {"items": [], "count": 0}
        docs = http("GET", base + "/api/docs", headers=VIA_HTTPS_PROXY)
        assert docs.status == 200
        assert "/api/openapi.json" in docs.text

"""Pyramid while pserve serves production.ini: the page shows the name escaped and sets a secure
session cookie, and CSRF protection refuses forged posts to the page and the notes API while the
page's own token gets through."""

from __future__ import annotations

import re
from typing import Any

from probes import cases_with, every
from support.free_text import assert_page_shows_escaped
from support.project import Project, http

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)">')


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, hostile_first=every)


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    page = http("GET", base + "/")
    assert page.status == 200
    assert_page_shows_escaped(page.text, answers["project_name"])
    cookie = page.headers["Set-Cookie"]
    assert {"secure", "httponly", "samesite=lax"} <= {part.strip().lower() for part in cookie.split(";")}
    token = CSRF_META.search(page.text).group(1)
    session = {"Cookie": cookie.split(";", 1)[0]}

    # A cross-site form post: the session cookie may ride along, the token cannot.
    forged = http("POST", base + "/", body="name=Mallory", headers=session)
    assert forged.status == 400

    if answers["database"] != "none":
        forged = http("POST", base + "/api/notes", body={"title": "Forged"}, headers=session)
        assert forged.status == 400
        created = http(
            "POST",
            base + "/api/notes",
            body={"title": "Served", "body": "by pserve"},
            headers={**session, "X-CSRF-Token": token},
        )
        assert created.status == 201, created.text
        listed = http("GET", base + "/api/notes")
        assert listed.status == 200
        assert [note["title"] for note in listed.json()["notes"]] == ["Served"]

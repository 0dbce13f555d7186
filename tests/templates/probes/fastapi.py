"""FastAPI while uvicorn or gunicorn serves it: the docs page shows the name escaped, the OpenAPI
title, the items API on the migrated database, and JWT sign-up and sign-in. (mypy runs as one of
the template's lint checks.)"""

from __future__ import annotations

from typing import Any

from probes import cases_with, every
from support.free_text import assert_page_shows_escaped
from support.project import Project, http


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, hostile_first=every)


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    name = answers["project_name"]
    docs = http("GET", f"{base}/docs")
    assert docs.status == 200 and "swagger" in docs.text.lower()
    assert_page_shows_escaped(docs.text, name)
    assert http("GET", f"{base}/openapi.json").json()["info"]["title"] == name

    if answers["database"] != "none" and answers["auth"] != "jwt":  # with accounts, writing needs a user
        created = http("POST", f"{base}/items", {"name": "Widget"})
        assert created.status == 201, created.text
        item_url = f"{base}/items/{created.json()['id']}"
        assert http("GET", item_url).json()["name"] == "Widget"
        assert http("GET", f"{base}/items?limit=0").status == 422
        assert http("DELETE", item_url).status == 204
        assert http("GET", item_url).status == 404

    if answers["auth"] == "jwt":
        user = {"username": "ada", "email": "ada@example.com", "password": "correct horse battery"}
        assert http("POST", f"{base}/users", user).status == 201
        assert http("GET", f"{base}/users/me").status == 401
        form = "username=ada&password=correct+horse+battery"
        token = http(
            "POST", f"{base}/auth/token", form, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert token.status == 200, token.text
        bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
        me = http("GET", f"{base}/users/me", headers=bearer)
        assert (me.status, me.json()["username"]) == (200, "ada")
        assert http("POST", f"{base}/items", {"name": "Widget"}).status == 401
        created = http("POST", f"{base}/items", {"name": "Widget"}, headers=bearer)
        assert created.status == 201, created.text

"""Masonite while gunicorn serves it: the README's migrate command creates the notes table, the home
page with secure cookies, HTML and JSON 404s without tracebacks, malformed JSON refused, the notes
API; and without SECRET_KEY the application refuses to boot."""

from __future__ import annotations

import html
from typing import Any

from probes import cases_with
from support.baking import readme_command
from support.live_checks import check_notes_api
from support.project import Project, http


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, newest_python_last=True)


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    # Secrets are never defaulted: without SECRET_KEY the application does not boot.
    unset = project.run("python", "-c", "import wsgi", env={"SECRET_KEY": ""}, check=False)
    assert unset.returncode != 0
    assert "SECRET_KEY is not set" in unset.stderr
    # The README's migrate command creates the notes table (rolled back first: the migrate phase
    # ran it already).
    project.run("python", "craft", "migrate:rollback")
    migrated = project.run(*readme_command(project.path, "python"))
    assert "create_notes_table" in migrated.stdout, migrated.stdout

    home = http("GET", f"{base}/")
    assert home.status == 200
    assert f"<h1>{html.escape(answers['project_name'])}</h1>" in home.text
    assert "HttpOnly;Secure;" in home.headers["Set-Cookie"]
    page = http("GET", f"{base}/no-such-page")
    assert (page.status, "Traceback" in page.text) == (404, False)
    assert "404 Not Found" in page.text
    api = http("GET", f"{base}/api/no-such-thing")
    assert (api.status, api.json()["error"]) == (404, "Not Found")
    malformed = http("POST", f"{base}/api/notes", '{"title": ', {"Content-Type": "application/json"})
    assert (malformed.status, malformed.json()["error"]) == (400, "Bad Request")
    check_notes_api(base)

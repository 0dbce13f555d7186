"""Bottle while gunicorn serves it: the home page, JSON 404s, the notes API on the migrated
database, gevent's concurrency, and App Engine's entrypoint (app.yaml) serving too."""

from __future__ import annotations

import html
from typing import Any

from probes import cases_with
from support.live_checks import check_wsgi_options
from support.project import Project, http

SERVE_ENV = {"SLOW_TEST_ENDPOINT": "true"}  # the test-only endpoint the gevent check needs


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, newest_python_last=True)


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    home = http("GET", f"{base}/")
    assert home.status == 200
    assert f"<h1>{html.escape(answers['project_name'])}</h1>" in home.text
    missing = http("GET", f"{base}/no-such-page")
    assert (missing.status, missing.json()["error"]) == (404, "Not Found")
    check_wsgi_options(base, answers, project)

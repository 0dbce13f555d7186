"""Flask while gunicorn serves it: the home page shows the name escaped, the notes API works on
the migrated database, gevent serves slow requests concurrently, and App Engine's entrypoint
(app.yaml) serves too."""

from __future__ import annotations

from typing import Any

from probes import cases_with, every
from support.free_text import assert_page_shows_escaped
from support.live_checks import check_wsgi_options
from support.project import Project, http

SERVE_ENV = {"SLOW_TEST_ENDPOINT": "true"}  # the test-only endpoint the gevent check needs


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, newest_python_last=True, hostile_first=every)


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    home = http("GET", f"{base}/")
    assert home.status == 200
    assert_page_shows_escaped(home.text, answers["project_name"])
    check_wsgi_options(base, answers, project)

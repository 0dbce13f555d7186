"""py4web while its own server runs the app: the home page escapes the name (YATL), the auth
pages answer, there is no dashboard in production, and the notes API works. (pyDAL creates the
tables when the app loads, so there is no migrate step.)"""

from __future__ import annotations

from typing import Any

from probes import cases_with
from support.live_checks import check_notes_api
from support.project import Project, http


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, newest_python_last=True, text={"project_name": "My py4web <App>"})


def probe(base: str, answers: dict[str, Any], project: Project) -> None:
    app = f"{base}/{answers['project_slug']}"
    home = http("GET", f"{app}/")
    assert home.status == 200
    assert "<h1>My py4web &lt;App&gt;</h1>" in home.text  # YATL escaped the name
    assert http("GET", f"{app}/auth/login").status == 200
    assert http("GET", f"{base}/_dashboard").status == 404  # no dashboard in production
    check_notes_api(app)

"""Zope while runwsgi serves it: /health, the dashboard behind HTTP basic auth with the .env's
admin, the ZODB in the project's var/. Once stopped: a new password in the environment replaces
the old one at the next start (same ZODB), and the placeholder password keeps Zope from starting."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from generator.checks import load_checks
from probes import cases_with
from support.matrix import template_options
from support.project import Project, free_port, http

SERVE_TIMEOUT = 90  # Zope builds its ZODB at the first start


def cases(combos: list[dict[str, Any]]) -> list:
    return cases_with(combos, newest_python_last=True)


def basic_auth(name: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{name}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def env_values(project: Project) -> dict[str, str]:
    lines = (project.path / ".env").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def probe(base: str, answers: dict[str, Any], project: Project) -> Callable[[], None]:
    admin = env_values(project)
    name, password = admin["ZOPE_ADMIN_USER"], admin["ZOPE_ADMIN_PASSWORD"]
    health = http("GET", f"{base}/health")
    assert health.headers["Content-Type"].startswith("application/json")

    anonymous = http("GET", f"{base}/dashboard")
    assert anonymous.status == 401
    headers = {key.lower(): value for key, value in anonymous.headers.items()}
    assert headers["www-authenticate"].startswith('basic realm="Zope"')
    assert http("GET", f"{base}/dashboard", headers=basic_auth(name, "wrong")).status == 401
    dashboard = http("GET", f"{base}/dashboard", headers=basic_auth(name, password))
    assert dashboard.status == 200, dashboard.text
    assert f"<h1>{answers['project_name']}</h1>" in dashboard.text
    assert f"Signed in as <strong>{name}</strong>" in dashboard.text
    assert http("GET", f"{base}/no-such-page").status == 404

    # The template's own serve command, as the serve check started it ({port} still to fill).
    [serve] = load_checks(template_options("zope")).commands("serve", answers, project_slug=project.path.name)

    def restarts() -> None:
        assert (project.path / "var/Data.fs").is_file()  # the ZODB lives in the project's var/

        # A new password in the environment replaces the old one at the next start, same ZODB.
        rotated = {"ZOPE_ADMIN_PASSWORD": "a-rotated-password-for-the-test"}
        with project.serve(*serve, env=rotated, timeout=SERVE_TIMEOUT) as again:
            assert http("GET", f"{again}/dashboard", headers=basic_auth(name, password)).status == 401
            new = basic_auth(name, rotated["ZOPE_ADMIN_PASSWORD"])
            assert http("GET", f"{again}/dashboard", headers=new).status == 200

        # No default password: the placeholder keeps Zope from starting at all.
        argv = [arg.replace("{port}", str(free_port())) for arg in serve]
        refused = project.run(*argv, env={"ZOPE_ADMIN_PASSWORD": "change-me"}, check=False, timeout=120)
        assert refused.returncode != 0
        assert "ZOPE_ADMIN_PASSWORD" in refused.stderr

    return restarts

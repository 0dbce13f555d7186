"""The zope template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/zope.py."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from support.baking import bake, baked_files, dependency_names
from support.matrix import combo_id, combos, template_dir

TEMPLATE = "zope"
COMBOS = combos(TEMPLATE)
PRODUCTION = re.compile(r"^uv run (runwsgi etc/zope\.ini bind=127\.0\.0\.1:8080)$", re.M)


def expected_files(slug: str, combo: dict[str, Any]) -> set[str]:
    """Every file of a baked project with these options."""
    files = {
        "pyproject.toml", "README.md", ".gitignore", ".env.example", ".env", "ruff.toml",
        ".pre-commit-config.yaml",
        "etc/zope.conf", "etc/zope.ini", "etc/site.zcml", "var/.gitignore",
        f"{slug}/__init__.py", f"{slug}/settings.py", f"{slug}/admin.py", f"{slug}/views.py",
        f"{slug}/configure.zcml", f"{slug}/templates/dashboard.pt",
        f"{slug}/logs.py", f"{slug}/middleware.py",
        "tests/__init__.py", "tests/conftest.py", "tests/test_views.py", "tests/test_admin.py",
        "tests/test_logs.py",
    }  # fmt: skip
    if combo["docker"] == "yes":
        files |= {"Dockerfile", "compose.yaml", ".dockerignore"}
    if combo["ci"] == "github":
        files |= {".github/workflows/ci.yml", ".github/dependabot.yml"}
    return files


def production_command(project: Path) -> list[str]:
    """The README's production server command, as argv without `uv run`."""
    found = PRODUCTION.search((project / "README.md").read_text())
    assert found, "README.md has no production `uv run runwsgi etc/zope.ini bind=...` command"
    return shlex.split(found.group(1))


def env_values(project: Path) -> dict[str, str]:
    lines = (project / ".env").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = bake(cookies, TEMPLATE, combo)
    slug = project.name
    docker = combo["docker"] == "yes"

    baked = baked_files(project)
    assert baked == expected_files(slug, combo)

    assert dependency_names(project) == {"Zope", "waitress", "python-dotenv"}
    pyproject = (project / "pyproject.toml").read_text()
    assert '"Zope[wsgi]>=6.3"' in pyproject  # Paste's translogger writes the access log

    # The administrator: a name, and a password only the hook writes (never a default).
    assert "ZOPE_ADMIN_USER=admin" in (project / ".env.example").read_text()
    assert "ZOPE_ADMIN_PASSWORD=change-me" in (project / ".env.example").read_text()
    env = env_values(project)
    assert env["ZOPE_ADMIN_USER"] == "admin"
    assert len(env["ZOPE_ADMIN_PASSWORD"]) >= 40

    # A WSGI instance as mkwsgiinstance makes it: the ZODB in var/, debug off, the add-on loaded.
    zope_conf = (project / "etc/zope.conf").read_text()
    assert "path $INSTANCE/var/Data.fs" in zope_conf
    assert re.search(r"^debug-mode off$", zope_conf, re.M)
    assert f'<include package="{slug}" />' in (project / "etc/site.zcml").read_text()
    zope_ini = (project / "etc/zope.ini").read_text()
    assert "use = egg:Zope#main" in zope_ini and "use = egg:waitress#main" in zope_ini
    configure = (project / slug / "configure.zcml").read_text()
    assert 'name="health"' in configure and 'permission="zope.Public"' in configure
    assert 'template="templates/dashboard.pt"' in configure

    # The README's production command is the one `fwgen test` starts.
    checks = json.loads((template_dir(TEMPLATE) / "cookiecutter.json").read_text())["_fwgen"]["checks"]
    serve = " ".join(production_command(project)).replace("127.0.0.1:8080", "127.0.0.1:{port}")
    assert checks["serve"] == [serve]

    readme = (project / "README.md").read_text()
    assert "uv run runwsgi -d etc/zope.ini" in readme  # debug mode only when asked for
    assert ("## Docker" in readme) == docker
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")
    if docker:
        dockerfile = (project / "Dockerfile").read_text()
        assert dockerfile.startswith("# syntax=")
        assert 'CMD ["runwsgi", "etc/zope.ini", "bind=0.0.0.0:8000"]' in dockerfile
        assert "db:" not in (project / "compose.yaml").read_text()
        # The image gets var/ (zope.conf needs it) but never a developer's Data.fs.
        assert "var/*\n!var/.gitignore" in (project / ".dockerignore").read_text()
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run pytest" in workflow and "postgres" not in workflow

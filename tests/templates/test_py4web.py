"""The py4web template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/py4web.py."""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

import pytest

from support.baking import bake, baked_files, dependency_names, readme_command
from support.matrix import combo_id, combos, template_dir

TEMPLATE = "py4web"
COMBOS = combos(TEMPLATE)
# What the README, the Dockerfile and the template's own checks all run in production.
PRODUCTION_OPTIONS = ["--dashboard_mode", "none", "--watch", "off"]


def expected_files(slug: str, combo: dict[str, Any]) -> set[str]:
    """Every file of a baked project: one py4web app in apps/, its tests, and the option files."""
    app = f"apps/{slug}"
    files = {
        "pyproject.toml", "README.md", ".gitignore", ".env.example", ".env", "ruff.toml",
        ".pre-commit-config.yaml",
        "apps/__init__.py", f"{app}/__init__.py", f"{app}/settings.py", f"{app}/common.py", f"{app}/logs.py",
        f"{app}/models.py", f"{app}/controllers.py", f"{app}/templates/layout.html",
        f"{app}/templates/index.html", f"{app}/templates/auth.html", f"{app}/static/css/app.css",
        "tests/__init__.py", "tests/conftest.py", "tests/test_pages.py", "tests/test_notes.py",
        "tests/test_settings.py", "tests/test_auth.py", "tests/test_logs.py",
        "tests/test_test_database.py",
    }  # fmt: skip
    if combo["docker"] == "yes":
        files |= {"Dockerfile", "compose.yaml", ".dockerignore"}
    if combo["ci"] == "github":
        files |= {".github/workflows/ci.yml", ".github/dependabot.yml"}
    return files


def checks_serve_command(slug: str) -> list[str]:
    """The serve command of the template's ``_fwgen.checks``, as the README writes it."""
    checks = json.loads((template_dir(TEMPLATE) / "cookiecutter.json").read_text())["_fwgen"]["checks"]
    [command] = checks["serve"]
    return shlex.split(command.format(port=8000, project_slug=slug))


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = bake(cookies, TEMPLATE, combo)
    slug = project.name
    postgresql = combo["database"] == "postgresql"

    baked = baked_files(project)
    assert baked == expected_files(slug, combo)

    deps = dependency_names(project)
    assert {"py4web", "pydal", "python-dotenv"} <= deps
    assert ("psycopg2-binary" in deps) == postgresql

    env_example = (project / ".env.example").read_text()
    assert "SECRET_KEY=change-me" in env_example
    assert (f"DATABASE_URL=sqlite://{slug}.db" in env_example) == (not postgresql)
    assert ("DATABASE_URL=postgresql://" in env_example) == postgresql
    assert re.search(r"^SECRET_KEY=\S{40,}$", (project / ".env").read_text(), re.M)

    controllers = (project / f"apps/{slug}/controllers.py").read_text()
    assert '@action("/health")' in controllers  # absolute: at the site root
    assert 'db.executesql("SELECT 1")' in controllers
    settings = (project / f"apps/{slug}/settings.py").read_text()
    assert ('"sqlite://' in settings) == (not postgresql)
    assert ('"postgresql://' in settings) == postgresql
    gitignore = (project / ".gitignore").read_text()
    assert "apps/.service/" in gitignore and "apps/*/databases/" in gitignore

    serve = readme_command(project, "py4web")
    assert serve == checks_serve_command(slug)  # `fwgen test` runs what the README says
    assert serve[:2] == ["py4web", "run"] and serve[-1] == "apps"
    assert serve[serve.index("--app_names") + 1] == slug
    assert all(option in serve for option in PRODUCTION_OPTIONS)
    readme = (project / "README.md").read_text()
    assert f"uv run py4web run --dev --app_names {slug} apps" in readme
    assert ("## Docker" in readme) == (combo["docker"] == "yes")
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert dockerfile.startswith("# syntax=")
        assert f'"--app_names", "{slug}", "apps"]' in dockerfile
        assert '"--host", "0.0.0.0"' in dockerfile and '"--dashboard_mode", "none"' in dockerfile
        assert ("postgresql://app:" in (project / "compose.yaml").read_text()) == postgresql
        assert "apps/.service" in (project / ".dockerignore").read_text()
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run pytest" in workflow
        assert ("postgresql://app:app@localhost:5432/" in workflow) == postgresql

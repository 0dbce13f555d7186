"""The twisted template, fast: every option combination (all pairs) bakes exactly its own files and
lines. Installing, testing, linting, migrating and serving each baked project is the shared
test_baked_projects.py, with this framework's HTTP checks in probes/twisted.py."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator.checks import load_checks
from support.baking import bake, baked_files, dependency_names
from support.matrix import combo_id, combos, template_options

TEMPLATE = "twisted"
COMBOS = combos(TEMPLATE)
# The README's production addresses; the tests put free ports on 127.0.0.1 in their place.
README_LISTEN = "tcp:port=8000:interface=0.0.0.0"
README_ECHO_LISTEN = "tcp:port=8007:interface=0.0.0.0"


def echo(combo: dict[str, Any]) -> bool:
    return combo["echo"] == "yes"


def expected_files(slug: str, combo: dict[str, Any]) -> set[str]:
    """Every file of a baked project with these options."""
    modules = ["__init__", "__main__", "app", "logs", "pages", "server", "settings"]
    files = {
        "pyproject.toml", "README.md", ".gitignore", ".env.example", ".env", "ruff.toml",
        ".pre-commit-config.yaml",
        "tests/conftest.py", "tests/test_app.py", "tests/test_main.py", "tests/test_server.py",
        "tests/test_settings.py", "tests/test_logs.py", f"{slug}/templates/index.html",
    }  # fmt: skip
    files |= {f"{slug}/{name}.py" for name in modules}
    if echo(combo):
        files |= {f"{slug}/echo.py", "tests/test_echo.py"}
    if combo["docker"] == "yes":
        files |= {"Dockerfile", "compose.yaml", ".dockerignore"}
    if combo["ci"] == "github":
        files |= {".github/workflows/ci.yml", ".github/dependabot.yml"}
    return files


def production_command(project: Path) -> list[str]:
    """The README's production command (`uv run python -m <slug> --listen ...`), argv without uv run."""
    for line in (project / "README.md").read_text().splitlines():
        if line.startswith("uv run python -m ") and "--listen" in line:
            return shlex.split(line)[2:]
    raise AssertionError("README.md has no `uv run python -m ... --listen ...` command")


def on_test_ports(argv: list[str], echo_port: int | str) -> list[str]:
    """The production command on 127.0.0.1: HTTP on Project.serve's {port}, echo on ``echo_port``."""
    replaced = {
        README_LISTEN: "tcp:port={port}:interface=127.0.0.1",
        README_ECHO_LISTEN: f"tcp:port={echo_port}:interface=127.0.0.1",
    }
    return [replaced.get(arg, arg) for arg in argv]


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_bake_has_exactly_the_files_and_lines_of_its_options(cookies: Any, combo: dict[str, Any]) -> None:
    project = bake(cookies, TEMPLATE, combo)
    slug = project.name

    baked = baked_files(project)
    assert baked == expected_files(slug, combo)

    assert dependency_names(project) == {"klein", "twisted", "python-dotenv"}
    pyproject = (project / "pyproject.toml").read_text()
    for tool in ("pytest", "pytest-twisted", "treq", "ruff", "mypy", "mypy-zope"):
        assert f'"{tool}>=' in pyproject, tool
    # Type checked like FastAPI: strict mypy (with the zope.interface plugin Twisted needs).
    mypy = tomllib.loads(pyproject)["tool"]["mypy"]
    assert mypy["strict"] is True and mypy["plugins"] == ["mypy_zope:plugin"]

    env_example = (project / ".env.example").read_text()
    assert "DEBUG=false" in env_example
    assert "DATABASE_URL" not in env_example  # no database option: see the README

    server = (project / slug / "server.py").read_text()
    assert ("from .echo import echo_factory" in server) == echo(combo)
    main = (project / slug / "__main__.py").read_text()
    assert ('"--echo-listen"' in main) == echo(combo)

    argv = production_command(project)
    assert argv[:3] == ["python", "-m", slug]
    assert argv[argv.index("--listen") + 1] == README_LISTEN
    assert ("--echo-listen" in argv) == echo(combo)
    if echo(combo):
        assert argv[argv.index("--echo-listen") + 1] == README_ECHO_LISTEN
    # `fwgen test` starts the README's command: the same argv, on test ports (echo on any free one).
    checks = load_checks(template_options(TEMPLATE))
    [serve] = checks.commands("serve", combo, project_slug=slug)
    assert serve == on_test_ports(argv, echo_port=0)

    readme = (project / "README.md").read_text()
    assert "There is no database" in readme
    assert "uv run mypy ." in readme
    assert ("nc 127.0.0.1 8007" in readme) == echo(combo)
    assert ("## Docker" in readme) == (combo["docker"] == "yes")
    assert ("## Continuous integration" in readme) == (combo["ci"] == "github")
    if combo["docker"] == "yes":
        dockerfile = (project / "Dockerfile").read_text()
        assert f'CMD ["python", "-m", "{slug}", "--listen", "tcp:port=8000"' in dockerfile
        assert ('"--echo-listen", "tcp:port=8007"]' in dockerfile) == echo(combo)
        assert re.search(r"^EXPOSE 8000 8007$" if echo(combo) else r"^EXPOSE 8000$", dockerfile, re.M)
        compose = (project / "compose.yaml").read_text()
        assert ('"8007:8007"' in compose) == echo(combo)
        assert "postgres" not in compose
    if combo["ci"] == "github":
        workflow = (project / ".github/workflows/ci.yml").read_text()
        assert "uv run pytest" in workflow
        assert "postgres" not in workflow

"""One list of commands per template: the migrate and lint steps a template declares in
``_fwgen.checks`` are what `fwgen test` runs (generator/checks.py), and also what the generated CI
workflow, the pre-commit hooks and the container's entrypoint run (the shared partials render them
from the same data). This holds every template to that, for every combination it is baked in."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.checks import Checks, load_checks
from support.baking import bake
from support.matrix import combo_id, combos, template_names, template_options

# One combination per database and tasks value is enough: the steps' conditions name only those.
CASES = [
    (name, {**combo, "docker": "yes", "ci": "github"})
    for name in template_names()
    for combo in {(c.get("database"), c.get("tasks")): c for c in combos(name)}.values()
]


def checks_of(name: str) -> Checks:
    return load_checks(template_options(name))


def expected(name: str, phase: str, combo: dict[str, Any], slug: str) -> list[str]:
    checks = checks_of(name)
    return [shlex.join(argv) for argv in checks.commands(phase, combo, project_slug=slug)]


def workflow_commands(project: Path) -> list[str]:
    workflow = yaml.safe_load((project / ".github/workflows/ci.yml").read_text())
    [job] = workflow["jobs"].values()
    return [step["run"].removeprefix("uv run ") for step in job["steps"] if "run" in step]


@pytest.mark.parametrize(("name", "combo"), CASES, ids=[f"{n}:{combo_id(c)}" for n, c in CASES])
def test_ci_pre_commit_and_entrypoint_run_the_templates_own_checks(
    cookies: Any, name: str, combo: dict[str, Any]
) -> None:
    project = bake(cookies, name, combo)
    answers = {**{o.key: o.default for o in template_options(name).options}, **combo}
    lint = expected(name, "lint", answers, project.name)
    migrate = expected(name, "migrate", answers, project.name)

    # CI: sync the locked environment, lint, test (with the coverage floor), then migrate the job's
    # fresh database.
    assert workflow_commands(project) == ["uv sync --locked", *lint, "pytest --cov", *migrate]

    # pre-commit: ruff as hooks on the changed files, any other lint command on the whole project.
    hooks = yaml.safe_load((project / ".pre-commit-config.yaml").read_text())["repos"][0]["hooks"]
    assert all(hook["language"] == "system" and hook["entry"].startswith("uv run ") for hook in hooks)
    others = [hook["entry"].removeprefix("uv run ") for hook in hooks if not hook["id"].startswith("ruff")]
    assert others == [command for command in lint if not command.startswith("ruff ")]

    # The container: migrate on every start, then exec the server; no entrypoint without migrations.
    entrypoint = project / "docker-entrypoint.sh"
    dockerfile = (project / "Dockerfile").read_text()
    if migrate:
        lines = entrypoint.read_text().splitlines()
        assert lines[0] == "#!/bin/sh" and lines[-1] == 'exec "$@"'
        assert [line for line in lines if line and not line.startswith(("#", "set ", "exec "))] == migrate
        assert entrypoint.stat().st_mode & 0o111, "the entrypoint must be executable"
        assert 'ENTRYPOINT ["/app/docker-entrypoint.sh"]' in dockerfile
    else:
        assert not entrypoint.exists() and "ENTRYPOINT" not in dockerfile

    # SQLite data lives on a volume; the image has the folder, writable by the app's user.
    compose = yaml.safe_load((project / "compose.yaml").read_text())
    assert "RUN install -d -o app -g app /app/data" in dockerfile
    if answers.get("database") == "sqlite":
        assert compose["services"]["app"]["volumes"] == ["appdata:/app/data"]
        assert "appdata" in compose["volumes"]
    # A task queue brings Redis: in CI as a service, in compose beside the app (and its worker).
    redis = checks_of(name).redis_variable(answers)
    services = compose["services"]
    assert ("redis" in services) == bool(redis)
    if redis:
        assert services["app"]["environment"][redis] == "redis://redis:6379/0"
        assert "redis" in services["app"]["depends_on"]
        assert services["worker"]["entrypoint"] == []  # the same image; only the app migrates
        job = next(iter(yaml.safe_load((project / ".github/workflows/ci.yml").read_text())["jobs"].values()))
        assert "redis" in job["services"] and job["env"][redis] == "redis://localhost:6379/0"
    dependabot = yaml.safe_load((project / ".github/dependabot.yml").read_text())
    ecosystems = [update["package-ecosystem"] for update in dependabot["updates"]]
    assert ecosystems == ["uv", "github-actions", "docker"]

"""A template's own checks, read from ``_fwgen.checks`` in its cookiecutter.json, run on a baked project.

The checks are data, so a new template needs no new Python:

    "checks": {
      "postgresql": {"when": {"database": ["postgresql"]}, "scheme": "postgresql+psycopg"},
      "migrate": [{"when": {"database": ["sqlite", "postgresql"]},
                   "run": "flask --app {project_slug} db upgrade"}],
      "prepare": ["python manage.py collectstatic --noinput"],
      "serve": [{"when": {"server": ["gevent"]}, "run": "gunicorn -k gevent --bind 127.0.0.1:{port} app:app"},
                "gunicorn --bind 127.0.0.1:{port} app:app"],
      "serve_env": {"DEBUG": "false"},
      "redis": {"when": {"tasks": ["celery"]}, "env": "REDIS_URL"},
      "health": "/health"
    }

A step is a command line, or ``{"when": {option: [values]}, "run": command or [commands]}``. Commands
run in the project's virtual environment (what ``uv run`` does), split like a shell would; the only
placeholders are ``{port}`` and ``{project_slug}``, never free text a user typed. ``test`` and
``lint`` default to pytest and ruff plus mypy; ``serve`` takes the first step whose ``when`` matches.
``redis`` names the variable that gets the URL of a throw-away Redis database (a real server on
127.0.0.1) when a combination needs one, for its tests and its server alike.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.errors import FwgenError
from generator.options import TemplateOptions

PHASES = ("install", "test", "lint", "migrate", "serve")
# --cov: every project has pytest-cov and a coverage floor (partials/coverage.toml) its tests must keep.
DEFAULT_TEST = ("pytest -q -p no:cacheprovider --cov",)
# Every generated project type-checks: mypy in strict mode, configured in its pyproject.toml.
DEFAULT_LINT = ("ruff check .", "ruff format --check .", "mypy .")
PLACEHOLDERS = ("port", "project_slug")


@dataclass(frozen=True)
class Step:
    when: Mapping[str, tuple[str, ...]]
    commands: tuple[str, ...]

    def applies(self, combo: Mapping[str, Any]) -> bool:
        return all(_word(combo.get(key)) in values for key, values in self.when.items())


@dataclass(frozen=True)
class Checks:
    """What a template says its baked projects must pass."""

    test: tuple[Step, ...]
    lint: tuple[Step, ...]
    migrate: tuple[Step, ...]
    prepare: tuple[Step, ...]
    serve: tuple[Step, ...]
    serve_env: Mapping[str, str]
    health: str
    postgresql: Step | None  # when a combination needs a PostgreSQL server, and its URL scheme
    redis: Step | None = None  # when a combination needs a Redis server, and the variable for its URL

    def commands(self, phase: str, combo: Mapping[str, Any], **values: Any) -> list[list[str]]:
        """The argv lists of ``phase`` for ``combo``, placeholders filled from ``values``."""
        steps = [step for step in getattr(self, phase) if step.applies(combo)]
        if phase == "serve":
            steps = steps[:1]
        return [_argv(command, values) for step in steps for command in step.commands]

    def postgresql_scheme(self, combo: Mapping[str, Any]) -> str | None:
        if self.postgresql is None or not self.postgresql.applies(combo):
            return None
        return self.postgresql.commands[0]

    def redis_variable(self, combo: Mapping[str, Any]) -> str | None:
        if self.redis is None or not self.redis.applies(combo):
            return None
        return self.redis.commands[0]


def _word(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _argv(command: str, values: Mapping[str, Any]) -> list[str]:
    """Split first, then fill each word: a value can never become more than one word."""
    return [word.format_map({key: str(values.get(key, "{" + key + "}")) for key in PLACEHOLDERS})
            for word in shlex.split(command)]  # fmt: skip


def load_checks(template: TemplateOptions) -> Checks:
    """The template's ``_fwgen.checks``; a mistake in it is one line naming the file and key."""
    where = f"{template.path / 'cookiecutter.json'}: _fwgen.checks"
    raw = template.raw.get("_fwgen", {}).get("checks", {})
    if not isinstance(raw, dict):
        raise FwgenError(f"{where} must be a mapping", 1)
    unknown = set(raw) - {
        "test",
        "lint",
        "migrate",
        "prepare",
        "serve",
        "serve_env",
        "health",
        "postgresql",
        "redis",
    }
    if unknown:
        raise FwgenError(f"{where} has unknown keys: {', '.join(sorted(unknown))}", 1)

    def steps(key: str, default: tuple[str, ...] = ()) -> tuple[Step, ...]:
        items = raw.get(key, list(default))
        if not isinstance(items, list):
            raise FwgenError(f"{where}.{key} must be a list of steps", 1)
        return tuple(_step(item, f"{where}.{key}", template) for item in items)

    postgresql = None
    if "postgresql" in raw:
        item = raw["postgresql"]
        if not isinstance(item, dict) or not isinstance(item.get("scheme"), str):
            raise FwgenError(f"{where}.postgresql needs a 'scheme', e.g. postgresql+psycopg", 1)
        postgresql = _step(
            {"when": item.get("when", {}), "run": item["scheme"]}, f"{where}.postgresql", template
        )
    redis = None
    if "redis" in raw:
        item = raw["redis"]
        if not isinstance(item, dict) or not str(item.get("env", "")).isidentifier():
            raise FwgenError(f"{where}.redis needs an 'env', the variable for the URL, e.g. REDIS_URL", 1)
        redis = _step({"when": item.get("when", {}), "run": item["env"]}, f"{where}.redis", template)
    serve_env = raw.get("serve_env", {})
    if not isinstance(serve_env, dict) or not all(isinstance(v, str) for v in serve_env.values()):
        raise FwgenError(f"{where}.serve_env must map names to strings", 1)
    return Checks(
        test=steps("test", DEFAULT_TEST),
        lint=steps("lint", DEFAULT_LINT),
        migrate=steps("migrate"),
        prepare=steps("prepare"),
        serve=steps("serve"),
        serve_env=dict(serve_env),
        health=str(raw.get("health", "/health")),
        postgresql=postgresql,
        redis=redis,
    )


def _step(item: Any, where: str, template: TemplateOptions) -> Step:
    if isinstance(item, str):
        return Step({}, (item,))
    if not isinstance(item, dict) or "run" not in item:
        raise FwgenError(f"{where}: a step is a command or {{'when': ..., 'run': ...}}", 1)
    run = item["run"]
    commands = (run,) if isinstance(run, str) else tuple(run)
    when = item.get("when", {})
    if not isinstance(when, dict):
        raise FwgenError(f"{where}: 'when' maps options to lists of values", 1)
    for key, values in when.items():
        option = next((o for o in template.options if o.key == key), None)
        if option is None:
            raise FwgenError(f"{where}: 'when' names {key!r}, which is not an option", 1)
        allowed = option.choices if option.kind == "choice" else ("yes", "no")
        bad = [v for v in values if v not in allowed]
        if bad:
            raise FwgenError(f"{where}: {key} has no value {bad[0]!r} (it has {', '.join(allowed)})", 1)
    for command in commands:
        try:
            shlex.split(command)
        except ValueError as error:
            raise FwgenError(f"{where}: {command!r} does not split into words: {error}", 1) from None
    return Step({key: tuple(values) for key, values in when.items()}, commands)

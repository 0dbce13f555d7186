"""`fwgen test`: bake a template's option combinations and run each baked project's own checks.

For each combination: bake it with fwgen itself, then install (uv), run its tests and linters,
migrate where it has migrations, and start its production server and ask it for /health, as the
template's ``_fwgen.checks`` say (checks.py). The repository's template tests call the same
``check_combination``, so `pytest` and `fwgen test` can never disagree.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from generator.baked import CheckFailed, Project, http
from generator.checks import PHASES, Checks, load_checks
from generator.matrix import all_pairs, uncovered_values
from generator.options import TemplateOptions
from generator.record import read_answers

# A probe gets the running server's base URL, the combination's full answers and the project (its
# commands and extra servers run in the server's environment), and raises (assert) when something
# framework-specific is wrong: CSRF, websockets, the CRUD API... It may return a function to call
# once the server has stopped, for what only shows then: the shutdown log, a restart on the same data.
AfterStop = Callable[[], None]
Probe = Callable[[str, Mapping[str, Any], Project], AfterStop | None]


class Databases(Protocol):
    def database_url(self, driver: str, test: bool = False) -> str: ...


class Queues(Protocol):
    def url(self) -> str: ...


class Reporter:
    """Hears each phase of a combination start and end; this one ignores them (test_progress.py
    shows them)."""

    def started(self, result: CombinationResult, phase: str) -> None:
        pass

    def ended(self, result: CombinationResult, phase: PhaseResult) -> None:
        pass


@dataclass
class PhaseResult:
    phase: str
    ok: bool
    seconds: float
    log: str = ""


@dataclass
class CombinationResult:
    template: str
    combo: dict[str, Any]
    path: Path
    phases: list[PhaseResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(p.ok for p in self.phases)

    @property
    def label(self) -> str:
        return ",".join(f"{k}={v}" for k, v in self.combo.items()) or "defaults"

    def failure(self) -> str:
        failed = next((p for p in self.phases if not p.ok), None)
        if failed is None:
            return ""
        return f"{self.template} [{self.label}] failed in {failed.phase}:\n{failed.log}"


def combinations(template: TemplateOptions, quick: bool = False) -> list[dict[str, Any]]:
    """All pairs of option values (the constraints respected), or just the defaults with ``quick``."""
    if quick:
        return [{}]
    return all_pairs(template.choice_options(), lambda combo: not template.violations(combo))


def bake(template: TemplateOptions, combo: Mapping[str, Any], output: Path, slug: str, **text: str) -> Path:
    """The project for ``combo``, made by fwgen's own rendering (what `fwgen new` writes)."""
    from generator.context import resolve_context
    from generator.render import render_project

    answers = {"project_name": slug.replace("_", " ").title(), "project_slug": slug, **combo, **text}
    answers = {key: value for key, value in answers.items() if key in template.keys}
    return render_project(template, resolve_context(template, answers), output)


@contextmanager
def _phase(result: CombinationResult, name: str, report: Reporter) -> Iterator[None]:
    report.started(result, name)
    started = time.monotonic()
    try:
        yield
    except CheckFailed as failure:
        outcome = PhaseResult(name, False, time.monotonic() - started, str(failure))
    else:
        outcome = PhaseResult(name, True, time.monotonic() - started)
    result.phases.append(outcome)
    report.ended(result, outcome)


def check_combination(
    template: TemplateOptions,
    combo: Mapping[str, Any],
    path: Path,
    *,
    python: str = "3.11",
    databases: Callable[[], Databases] | None = None,
    queues: Callable[[], Queues] | None = None,
    probe: Probe | None = None,
    serve_env: Mapping[str, str] | None = None,
    serve_timeout: float = 45,
    report: Reporter | None = None,
) -> CombinationResult:
    """Run the template's checks on the baked project at ``path``; stops at the first failed phase.

    ``databases`` gives the PostgreSQL server for combinations that need one, ``queues`` the Redis
    server (each called only then). ``serve_env`` adds to the server's environment (test-only
    switches of a probe); ``serve_timeout`` bounds the wait for its first healthy answer; ``report``
    hears each phase start and end.
    """
    report = report or Reporter()
    checks = load_checks(template)
    full = read_answers(path) or {o.key: combo.get(o.key, o.default) for o in template.options}
    result = CombinationResult(template.name, dict(combo), path)
    project = Project(path, python=python)
    values = {"project_slug": path.name}
    envs: dict[str, dict[str, str]] = {}

    def install() -> None:
        project.install()
        # Databases are made here, inside a phase, so a server that fails to start is a failed
        # check with its output, not a crash of the whole run.
        envs["test"], envs["serve"] = _service_envs(checks, full, databases, queues)

    def run(phase: str, env: dict[str, str]) -> None:
        for argv in checks.commands(phase, full, **values):
            project.run(*argv, env=env, timeout=900)

    def migrate(env: dict[str, str]) -> None:
        # A project with a container migrates through its entrypoint (the shared partial renders
        # the same migrate steps into it): running the script is what a container start does.
        entrypoint = path / "docker-entrypoint.sh"
        if entrypoint.exists():
            project.run("sh", str(entrypoint), "true", env=env, timeout=900)
        else:
            run("migrate", env)

    def serve() -> None:
        env = {**envs["serve"], **checks.serve_env, **(serve_env or {})}
        _serve(project, checks, full, values, env, probe, serve_timeout)

    steps: list[tuple[str, Callable[[], None]]] = [
        ("install", install),
        ("test", lambda: run("test", envs["test"])),
        ("lint", lambda: run("lint", {})),
        ("migrate", lambda: migrate(envs["serve"])),
        ("serve", serve),
    ]
    assert [name for name, _ in steps] == list(PHASES)
    for name, action in steps:
        if name == "migrate" and not checks.commands("migrate", full, **values):
            continue
        if name == "serve" and not checks.serve:
            continue
        with _phase(result, name, report):
            action()
        if not result.phases[-1].ok:
            break
    return result


def _service_envs(
    checks: Checks,
    combo: Mapping[str, Any],
    databases: Callable[[], Databases] | None,
    queues: Callable[[], Queues] | None,
) -> tuple[dict[str, str], dict[str, str]]:
    """Fresh databases (and Redis databases) for the tests and for the migrated server, when the
    combination needs them; otherwise the project's own defaults (.env) apply."""
    test: dict[str, str] = {}
    serve: dict[str, str] = {}
    scheme = checks.postgresql_scheme(combo)
    if scheme is not None:
        if databases is None:
            raise CheckFailed("this combination needs a PostgreSQL server")
        server = databases()
        # The tests use TEST_DATABASE_URL when it is set (partials/test_database, rule 1; tests
        # of rules 2 and 3 are in tests/templates/test_test_database.py). DATABASE_URL names the
        # same throw-away database, as in the project's CI (partials/ci.yml), for what the tests
        # phase runs with the app's own settings.
        test["TEST_DATABASE_URL"] = test["DATABASE_URL"] = server.database_url(scheme, test=True)
        serve["DATABASE_URL"] = server.database_url(scheme)
    variable = checks.redis_variable(combo)
    if variable is not None:
        if queues is None:
            raise CheckFailed("this combination needs a Redis server")
        redis = queues()
        test[variable], serve[variable] = redis.url(), redis.url()
    return test, serve


def _serve(
    project: Project,
    checks: Checks,
    combo: Mapping[str, Any],
    values: dict[str, str],
    env: dict[str, str],
    probe: Probe | None,
    timeout: float,
) -> None:
    for argv in checks.commands("prepare", combo, **values):
        project.run(*argv, env=env)
    [argv] = checks.commands("serve", combo, **values)  # {port} stays for serve() to fill
    after_stop = None
    with project.serve(*argv, env=env, health=checks.health, timeout=timeout) as base:
        health = http("GET", base + checks.health)
        if (health.status, health.json()) != (200, {"status": "ok"}):
            raise CheckFailed(f"{checks.health} answered {health.status} {health.text[:300]}")
        if probe is not None:
            after_stop = _probed(lambda: probe(base, combo, project.with_env(env)))
    if after_stop is not None:
        _probed(after_stop)


def _probed(call: Callable[[], Any]) -> Any:
    """A probe's failed assertion is a failed serve phase with the probe's message."""
    try:
        return call()
    except CheckFailed:
        raise
    except AssertionError as failure:
        raise CheckFailed(f"probe failed: {failure}") from failure


class ExternalPostgres:
    """A PostgreSQL server the user named (--database-url): fwgen makes throw-away databases on it
    with createdb, and never touches the database the URL names."""

    def __init__(self, url: str) -> None:
        from urllib.parse import urlsplit

        self.url = urlsplit(url)
        self._count = 0

    def database_url(self, driver: str, test: bool = False) -> str:
        import os
        import subprocess

        self._count += 1
        name = f"fwgen_{'test' if test else 'app'}_{os.getpid()}_{self._count}"
        maintenance = self.url._replace(scheme="postgresql").geturl()
        done = subprocess.run(
            ["createdb", f"--maintenance-db={maintenance}", name],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        if done.returncode != 0:
            raise CheckFailed(f"createdb {name} on the --database-url server failed: {done.stderr.strip()}")
        return self.url._replace(scheme=driver, path=f"/{name}").geturl()


def run_templates(
    names: list[str],
    *,
    quick: bool,
    jobs: int,
    keep: bool,
    python: str,
    database_url: str | None,
    echo: Callable[[str], None],
) -> bool:
    """`fwgen test`: every combination of every named template; prints progress and a summary
    table; returns whether everything passed. Logs of failed phases are kept in a folder it names."""
    import shutil
    import subprocess
    import tempfile
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from generator.postgres import PostgresServer, find_bin_dir
    from generator.redis_server import RedisServer, find_redis_server
    from generator.template_lookup import load_template
    from generator.test_progress import progress_for, summary

    templates = [load_template(name) for name in names]
    work = Path(tempfile.mkdtemp(prefix="fwgen-test-"))
    logs = work / "logs"
    logs.mkdir()
    lock = threading.Lock()
    server: list[Any] = []
    redis: list[RedisServer] = []

    def databases() -> Databases:
        with lock:
            if not server:
                if database_url:
                    server.append(ExternalPostgres(database_url))
                else:
                    bin_dir = find_bin_dir()
                    if bin_dir is None:
                        raise CheckFailed("no PostgreSQL server binaries (initdb); pass --database-url")
                    started = PostgresServer(bin_dir)
                    try:
                        started.start()
                    except subprocess.CalledProcessError as error:
                        shutil.rmtree(started.base, ignore_errors=True)
                        raise CheckFailed(f"PostgreSQL did not start: {error.stderr or error}") from None
                    server.append(started)
            return server[0]

    def queues() -> Queues:
        with lock:
            if not redis:
                binary = find_redis_server()
                if binary is None:
                    raise CheckFailed("no redis-server on this machine (apt-get install redis-server)")
                started = RedisServer(binary)
                try:
                    started.start()
                except RuntimeError as error:
                    raise CheckFailed(str(error)) from None
                redis.append(started)
            return redis[0]

    def one(job: tuple[int, TemplateOptions, dict[str, Any]]) -> CombinationResult:
        number, template, combo = job
        slug = f"check_{template.name}_{number}"
        baking = CombinationResult(template.name, combo, work / "projects" / slug)
        try:
            with _phase(baking, "bake", progress):
                try:
                    bake(template, combo, work / "projects", slug)
                except Exception as error:  # a template that does not bake fails a phase, not the run
                    raise CheckFailed(f"{type(error).__name__}: {error}") from error
            if not baking.ok:
                return baking
            result = check_combination(
                template, combo, baking.path, python=python, databases=databases, queues=queues,
                report=progress,
            )  # fmt: skip
            result.phases.insert(0, baking.phases[0])
            return result
        finally:
            progress.combination_done(baking)

    plan = [(n, t, c) for t in templates for n, c in enumerate(combinations(t, quick), 1)]
    never = [] if quick else [
        f"{t.name}: {value} is never baked (check the template's constraints)"
        for t in templates
        for value in uncovered_values(t.choice_options(), combinations(t))
    ]  # fmt: skip
    echo(f"Checking {len(plan)} combination(s) of {', '.join(names)} with {jobs} job(s) in {work}")
    progress = progress_for(echo)
    try:
        with progress.shown(len(plan)), ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(one, plan))
    finally:
        for started in server:
            if isinstance(started, PostgresServer):
                started.stop()
        for queue in redis:
            queue.stop()
    failures = []
    for result in results:
        for phase in result.phases:
            if not phase.ok:
                log = logs / f"{result.template}-{result.path.name}-{phase.phase}.log"
                log.write_text(phase.log)
                failures.append(f"  {result.template} [{result.label}] {phase.phase}: {log}")
    summary(results, echo, colour=progress.console is not None)
    for line in never:
        echo(line)
    passed = all(r.ok for r in results) and not never
    if not keep:
        shutil.rmtree(work / "projects", ignore_errors=True)
    if passed and not keep:
        shutil.rmtree(work, ignore_errors=True)
    elif not passed:
        for line in failures:
            echo(line)
        echo(f"Logs of the failed phases: {logs}")
    else:
        echo(f"Baked projects kept in {work / 'projects'}")
    return passed

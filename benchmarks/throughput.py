"""Requests per second of each template's production server, against a hello-world app of its framework.

For each template (every one, or those named), for its default option set and its richest one (see
``richest``): bake it with fwgen, install it with uv, migrate it where it has migrations (PostgreSQL
from a throw-away server when the combination needs it), and start its production server with the
template's own serve command (`_fwgen.checks`, the same as its README) on a free 127.0.0.1 port.
Next to it runs benchmarks/hello/<framework>.py, a minimal app of the same framework answering
/health, started by the same command with only the app swapped (same server, same workers), from
the same virtual environment. wrk, a separate process, then loads /health and one read endpoint
(the example model's list where there is one, else /) of the scaffold and /health of the hello app,
in alternation, with a short warm-up; the median of --runs repetitions is printed as a table.

The machine may be shared and busy: absolute numbers are noisy; ratios from the same run are what
matter. The target: ratio >= 0.9 on /health where the project has no database.

What each side logs per request. The hello apps keep their server's default, the scaffolds write
the access line a production service needs (method, path, status, duration, request id):
- uvicorn (FastAPI, Falcon and Django under ASGI): uvicorn's access line on both sides.
- gunicorn (Flask, Falcon, Django, Pyramid...): its access log is off by default on both sides.
- Sanic: its access log is off by default (ACCESS_LOG), so the hello app writes nothing; the
  scaffold writes its own line (with the request id) from its response middleware.
- aiohttp: run_app's access logger has no handler until logging is configured, so the hello app
  writes nothing; the scaffold configures logging and writes a line through aiohttp.access.
- Twisted: twisted.web formats an access line on both sides; the hello app never starts a log
  observer, so its line ends in twisted.logger's in-memory buffer; the scaffold writes it to stdout.

Needs wrk (Debian: apt-get install -y wrk). Run it with the fwgen environment active:
    python benchmarks/throughput.py [--duration 3] [--runs 3] [--only default|richest] [TEMPLATE ...]
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.baked import Project, http  # noqa: E402  (the repository's own package, from a checkout)
from generator.checks import Checks, load_checks  # noqa: E402
from generator.options import TemplateOptions, load_options  # noqa: E402
from generator.template_test import bake  # noqa: E402

SLUG = "bench_app"
HELLO = REPO / "benchmarks" / "hello"
START_TIMEOUT = 120  # seconds: a fresh project's first start compiles its modules
# Production servers sit behind a TLS-terminating proxy, which says so in this header; without it
# a production Django redirects every request but /health to https.
BEHIND_TLS_PROXY = {"X-Forwarded-Proto": "https"}
# Read endpoints in the order tried: the first answering 200 is the example model's list.
READ_CANDIDATES = ("/api/notes", "/api/notes/", "/items", "/items/", f"/{SLUG}/api/notes")
# How the hello app replaces the scaffold's app in the serve command: each word of the command
# equal to a key ({slug} filled) becomes the value. Everything else (server, workers, worker class,
# flags) stays as the template has it. Masonite and Zope have none: their smallest app is a project
# skeleton of many files (config, providers; an instance with its database), not a hello world.
HELLO_WORDS: dict[str, dict[str, str]] = {
    "aiohttp": {"{slug}": "hello_aiohttp"},
    "bottle": {"app:create_app()": "hello_bottle:app", "{slug}:create_app()": "hello_bottle:app"},
    "django": {"config.wsgi": "hello_django:application", "config.asgi:application": "hello_django:asgi"},
    "falcon": {
        "{slug}.app:create_app": "hello_falcon:create_asgi",
        "{slug}.app:create_app()": "hello_falcon:app",
    },
    "fastapi": {"{slug}.main:app": "hello_fastapi:app"},
    "flask": {"{slug}:create_app()": "hello_flask:app"},
    "py4web": {"apps": "hello_apps", "{slug}": "hello_py4web"},
    "pyramid": {"production.ini": "hello_pyramid.ini"},
    "sanic": {"{slug}.app:create_app": "hello_sanic:create_app"},
    "tornado": {"{slug}": "hello_tornado"},
    "twisted": {"{slug}": "hello_twisted"},
}


def richest(template: TemplateOptions) -> dict[str, Any]:
    """The option set with the most running code: PostgreSQL where it is a choice, every yes/no
    option on, and every option whose default is "none" (auth, api, deploy...) at its first other
    value; other choices (alternatives such as the server or a template language) keep their default.
    Options the constraints then rule out go back to their defaults."""
    combo: dict[str, Any] = {}
    for option in template.options:
        if option.kind == "boolean":
            combo[option.key] = True
        elif option.kind != "choice":
            continue
        elif option.key == "database" and "postgresql" in option.choices:
            combo[option.key] = "postgresql"
        elif "yes" in option.choices:
            combo[option.key] = "yes"
        elif option.default == "none":
            combo[option.key] = option.choices[1]
    for key in reversed(list(combo)):  # the later options give way first
        if template.violations({o.key: combo.get(o.key, o.default) for o in template.options}):
            combo.pop(key)
    return {key: value for key, value in combo.items() if value != template.get(key).default}


def wrk(url: str, seconds: int, connections: int, threads: int) -> float:
    """Requests per second wrk measured; non-2xx answers make the number meaningless, so fail."""
    done = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s",
         *(f"--header={name}: {value}" for name, value in BEHIND_TLS_PROXY.items()), url],
        capture_output=True, text=True, timeout=seconds + 60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if done.returncode != 0 or "Non-2xx" in done.stdout:
        raise RuntimeError(f"wrk on {url} saw errors: {done.stdout} {done.stderr}")
    return float(re.search(r"Requests/sec:\s*([\d.]+)", done.stdout).group(1))


def hello_command(framework: str, argv: list[str], project: Project) -> list[str] | None:
    """The serve command with the hello app in place of the scaffold's, its files copied in."""
    words = HELLO_WORDS.get(framework)
    if words is None:
        return None
    words = {key.replace("{slug}", SLUG): value for key, value in words.items()}
    if framework == "py4web":  # an app is a package in the apps folder the command names
        (project.path / "hello_apps" / "hello_py4web").mkdir(parents=True)
        (project.path / "hello_apps" / "__init__.py").touch()
        shutil.copy(HELLO / "py4web.py", project.path / "hello_apps" / "hello_py4web" / "__init__.py")
    else:
        shutil.copy(HELLO / f"{framework}.py", project.path / f"hello_{framework}.py")
    if framework == "pyramid":  # the same [server:main] as production.ini, another [app:main]
        ini = (project.path / "production.ini").read_text()
        ini = ini.replace(f"use = egg:{SLUG}", "use = call:hello_pyramid:main")
        (project.path / "hello_pyramid.ini").write_text(ini)
    return [words.get(word, word) for word in argv]


def read_endpoint(base: str) -> str | None:
    """The example model's list, else the home page; None when neither answers 200."""
    for path in READ_CANDIDATES:
        reply = http("GET", base + path, headers=BEHIND_TLS_PROXY)
        if reply.status == 200 and reply.text.lstrip().startswith(("[", "{")):
            return path
    return "/" if http("GET", base + "/", headers=BEHIND_TLS_PROXY).status == 200 else None


@contextlib.contextmanager
def prepared(template: TemplateOptions, combo: Mapping[str, Any], work: Path) -> Iterator[
    tuple[Project, Checks, dict[str, Any], dict[str, str]]
]:  # fmt: skip
    """The baked, installed, migrated project, its checks, answers and server environment."""
    from generator.record import read_answers

    path = bake(template, combo, work, SLUG)
    project = Project(path, python=f"{sys.version_info.major}.{sys.version_info.minor}")
    project.install()
    checks = load_checks(template)
    answers = read_answers(path)
    env = dict(checks.serve_env)
    scheme = checks.postgresql_scheme(answers)
    with contextlib.ExitStack() as stack:
        if scheme is not None:
            from generator.postgres import PostgresServer, find_bin_dir

            server = PostgresServer(find_bin_dir())
            server.start()
            stack.callback(server.stop)
            env["DATABASE_URL"] = server.database_url(scheme)
        for argv in checks.commands("migrate", answers, project_slug=SLUG):
            project.run(*argv, env=env, timeout=600)
        for argv in checks.commands("prepare", answers, project_slug=SLUG):
            project.run(*argv, env=env, timeout=600)
        yield project, checks, answers, env


def measure(template: TemplateOptions, combo: Mapping[str, Any], args: argparse.Namespace) -> list[tuple]:
    """Rows of (endpoint, scaffold req/s, hello req/s or None) for one option set."""
    work = Path(tempfile.mkdtemp(prefix="fwgen-throughput-"))
    try:
        with prepared(template, combo, work) as (project, checks, answers, env):
            [argv] = checks.commands("serve", answers, project_slug=SLUG)
            hello_argv = hello_command(template.name, argv, project)
            with contextlib.ExitStack() as stack:
                base = stack.enter_context(project.serve(*argv, env=env, health=checks.health,
                                                         timeout=START_TIMEOUT))  # fmt: skip
                hello = None
                if hello_argv is not None:
                    # Its own runtime dir: gunicorn's control socket must not be the scaffold's.
                    runtime = project.path / ".hello-run"
                    runtime.mkdir()
                    hello = stack.enter_context(project.serve(
                        *hello_argv, env={**env, "XDG_RUNTIME_DIR": str(runtime)},
                        timeout=START_TIMEOUT))  # fmt: skip
                targets = {checks.health: base + checks.health}
                read = read_endpoint(base)
                if read is not None:
                    targets[read] = base + read
                if hello is not None:
                    targets["hello"] = hello + "/health"
                return _load(targets, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _load(targets: dict[str, str], args: argparse.Namespace) -> list[tuple]:
    """wrk on every target (endpoint: URL; "hello": the hello app's /health); rows as measure's."""
    for url in targets.values():  # warm-up: workers started, modules imported, caches filled
        wrk(url, args.warmup, args.connections, args.threads)
    samples: dict[str, list[float]] = {name: [] for name in targets}
    for _ in range(args.runs):  # in alternation, so all see the same machine load
        for name, url in targets.items():
            samples[name].append(wrk(url, args.duration, args.connections, args.threads))
    rate = {name: statistics.median(values) for name, values in samples.items()}
    hello = rate.pop("hello", None)
    return [(endpoint, scaffold, hello) for endpoint, scaffold in rate.items()]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=3, help="seconds per wrk run (default: %(default)s)")
    parser.add_argument("--warmup", type=int, default=1, help="seconds of warm-up (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="repetitions, median (default: %(default)s)")
    parser.add_argument("--connections", type=int, default=32, help="default: %(default)s")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default: %(default)s)")
    parser.add_argument("--only", choices=("default", "richest"), help="one option set only")
    parser.add_argument("templates", nargs="*")
    args = parser.parse_args()
    # Stopped with SIGTERM, it still stops its servers (and PostgreSQL) on the way out.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(f"stopped by signal {signum}"))
    if shutil.which("wrk") is None:
        sys.exit("throughput.py needs wrk, the HTTP load generator: apt-get install -y wrk (Debian/Ubuntu)")
    names = args.templates or sorted(p.parent.name for p in (REPO / "templates").glob("*/cookiecutter.json"))
    print(f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s, median of {args.runs}, "
          f"after {args.warmup}s of warm-up")  # fmt: skip
    print(f"{'template':<9} {'option set':<50} {'endpoint':<20} {'scaffold':>9} {'hello':>9} {'ratio':>6}")
    for name in names:
        template = load_options(REPO / "templates" / name)
        sets = {"default": {}, "richest": richest(template)}
        for label, combo in sets.items():
            if args.only and label != args.only:
                continue
            shown = ",".join(f"{k}={_word(v)}" for k, v in combo.items()) or "defaults"
            try:
                rows = measure(template, combo, args)
            except Exception as error:  # one template failing must not lose the others' numbers
                first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                print(f"{name:<9} {shown:<50} failed: {first[:200]}", flush=True)
                continue
            for endpoint, scaffold, hello in rows:
                hello_text = f"{hello:9.0f}" if hello else f"{'n/a':>9}"
                ratio = f"{scaffold / hello:6.2f}" if hello else f"{'':>6}"
                print(
                    f"{name:<9} {shown:<50} {endpoint:<20} {scaffold:9.0f} {hello_text} {ratio}", flush=True
                )


def _word(value: Any) -> str:
    return ("yes" if value else "no") if isinstance(value, bool) else str(value)


if __name__ == "__main__":
    main()

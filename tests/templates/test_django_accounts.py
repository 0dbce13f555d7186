"""The django template's accounts, health check, dev loop and task queue, over real HTTP.

One baked project (DRF, ASGI, Celery) through `check_combination`: its tests run against a real
Redis, and the probe walks the production server (DEBUG off, proxied HTTPS) through what a
newcomer does: sign up, confirm the emailed link, sign in as a user who is not staff, write a
note that a real `celery -A config worker` then emails; /health answers a probe by IP address
while other pages refuse that host; static files serve without the ASGI sync-iterator warning;
the API has its schema and docs. Then `manage.py runserver` with the generated .env (no DEBUG
in the environment) answers over plain HTTP instead of redirecting to HTTPS.
"""

from __future__ import annotations

import http.client
import re
import subprocess
import time
from collections.abc import Mapping
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from generator import baked
from generator.baked import Project
from generator.template_lookup import load_template
from generator.template_test import bake, check_combination

COMBO = {"database": "sqlite", "api": "django-rest-framework", "async": "yes", "tasks": "celery"}
WORKER = ("-A", "config", "worker", "--pool", "solo", "--loglevel", "INFO")  # the README's command
SITE = "shop.example.com"  # in the serve checks' ALLOWED_HOSTS
PROXIED = {"Host": SITE, "X-Forwarded-Proto": "https"}  # as a TLS-terminating proxy sends them


class Browser:
    """Form posts with cookies and CSRF tokens, no redirects followed (urllib drops cookies on them)."""

    def __init__(self, base: str) -> None:
        self.address = urlsplit(base).netloc
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: Mapping[str, str] | None = None,
                headers: Mapping[str, str] = PROXIED) -> tuple[int, dict[str, str], str]:  # fmt: skip
        sent = dict(headers)
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            sent |= {"Content-Type": "application/x-www-form-urlencoded", "Origin": f"https://{SITE}"}
        connection = http.client.HTTPConnection(self.address, timeout=15)
        try:
            connection.request(method, path, body=body, headers=sent)
            reply = connection.getresponse()
            for name, value in reply.getheaders():
                if name.lower() == "set-cookie":
                    for key, morsel in SimpleCookie(value).items():
                        self.cookies[key] = morsel.value
            return reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read().decode()
        finally:
            connection.close()

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        return self.request("GET", path)

    def post(self, path: str, form: Mapping[str, str]) -> tuple[int, dict[str, str], str]:
        return self.request("POST", path, form)


def _server_log(project: Project, base: str) -> Path:
    # Project.serve writes the server's output beside the project, named by its port.
    return project.path.parent / f"{project.path.name}-server-{urlsplit(base).port}.log"


def _wait_for(pattern: str, read: Any, timeout: float = 30) -> re.Match[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.search(pattern, read())
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"{pattern!r} never appeared:\n{read()[-3000:]}")


class RecordingRedis:
    """The `redis` fixture's server, remembering the URL it gave the served project last."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.last = ""

    def url(self) -> str:
        self.last = self.server.url()
        return self.last


def _accounts_probe(redis: RecordingRedis) -> Any:
    def probe(base: str, combo: Mapping[str, Any], project: Project) -> None:
        log = _server_log(project, base)
        browser = Browser(base)

        # The container HEALTHCHECK's request: by IP address, a host production does not serve.
        by_ip = {"Host": "10.0.0.7:8000"}
        assert browser.request("GET", "/health", headers=by_ip)[0] == 200
        assert browser.request("GET", "/", headers=by_ip)[0] == 400

        # Sign up; the confirmation email goes to the console (EMAIL_URL in the generated .env).
        assert browser.get("/accounts/signup/")[0] == 200
        password = "correct-horse-battery-staple"
        form = {"email": "reader@example.com", "password1": password, "password2": password}
        status, headers, _ = browser.post("/accounts/signup/", form)
        assert (status, headers.get("location")) == (302, "/accounts/confirm-email/"), status
        link = _wait_for(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", log.read_text).group(1)
        assert browser.get(link)[0] == 200
        assert browser.post(link, {})[0] == 302

        # A user who is not staff signs in on the site (the admin's login page would refuse).
        status, headers, _ = browser.post("/accounts/login/", {"login": form["email"], "password": password})
        assert (status, headers.get("location")) == (302, "/"), status
        status, headers, _ = browser.post("/notes/new/", {"title": "Milk", "body": "Two litres"})
        assert status == 302, status
        note = browser.get(headers["location"])[2]
        assert "Written by" in note and '/edit/"' in note  # the owner sees the edit link

        # The worker from the README runs the queued email task through Redis.
        worker_log = project.path.parent / f"{project.path.name}-worker.log"
        with worker_log.open("w") as output:
            worker = subprocess.Popen(
                [str(project.bin / "celery"), *WORKER],
                cwd=project.path, env=project.environ({"REDIS_URL": redis.last, "DEBUG": "false"}),
                stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                _wait_for(r"Your note: Milk", worker_log.read_text, timeout=60)
            finally:
                worker.terminate()
                worker.wait(timeout=20)
        assert "To: reader@example.com" in worker_log.read_text()

        # Static files under uvicorn workers, without Django's sync-iterator warning.
        page = browser.get("/api/docs")
        assert page[0] == 200
        script = re.search(r'src="(/static/[^"]+\.js)"', page[2])
        assert script, page[2][:1000]
        assert browser.get(script.group(1))[0] == 200
        assert "must consume synchronous iterators" not in log.read_text()
        schema = baked.http("GET", base + "/api/schema?format=json", headers=PROXIED)
        assert schema.status == 200 and "/api/notes/" in schema.json()["paths"]

    return probe


@pytest.mark.slow
def test_accounts_tasks_health_and_the_dev_server(tmp_path: Path, redis: Any) -> None:
    template = load_template("django")
    path = bake(template, COMBO, tmp_path, "shop")
    queues = RecordingRedis(redis)

    result = check_combination(template, COMBO, path, queues=lambda: queues, probe=_accounts_probe(queues))

    assert result.ok, result.failure()
    # runserver with the generated .env and no DEBUG in the environment: plain HTTP works.
    project = Project(path)
    runserver = ("python", "manage.py", "runserver", "127.0.0.1:{port}", "--noreload")
    with project.serve(*runserver, env={"REDIS_URL": queues.last}) as base:
        home = baked.http("GET", base + "/")
        assert home.status == 200, home.status
        assert "djDebug" in home.text  # the debug toolbar, in development only

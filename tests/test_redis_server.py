"""The throw-away Redis server that task-queue options are checked against, and how a template's
``_fwgen.checks.redis`` hands its URL to a baked project."""

from __future__ import annotations

import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.checks import load_checks
from generator.errors import FwgenError
from generator.options import TemplateOptions, load_options
from generator.redis_server import RedisServer
from generator.template_test import _service_envs

TINY = Path(__file__).parent / "fixtures" / "checkable" / "tiny"


def command(url: str, *words: str) -> bytes:
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as connection:
        request = [f"SELECT {parts.path.lstrip('/')}", " ".join(words)]
        connection.sendall("".join(line + "\r\n" for line in request).encode())
        answer = b""
        while answer.count(b"\r\n") < 2:
            chunk = connection.recv(1024)
            if not chunk:
                break
            answer += chunk
        return answer.split(b"\r\n")[1]


def test_each_caller_gets_a_database_of_its_own(redis: RedisServer) -> None:
    first, second = redis.url(), redis.url()
    assert first != second and urlsplit(first).hostname == "127.0.0.1"
    assert command(first, "SET key one") == b"+OK"
    assert command(second, "GET key") == b"$-1"  # nothing leaks between databases


def test_the_server_stops_and_leaves_nothing(tmp_path: Path) -> None:
    from generator.redis_server import find_redis_server

    binary = find_redis_server()
    if binary is None:
        pytest.skip("redis-server not installed")
    server = RedisServer(binary)
    server.start()
    port, base = server.port, server.base
    server.stop()
    assert not base.exists()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def template_with(tmp_path: Path, checks: dict) -> TemplateOptions:
    import json
    import shutil

    shutil.copytree(TINY, tmp_path / "tiny")
    config = tmp_path / "tiny" / "cookiecutter.json"
    data = json.loads(config.read_text())
    data["_fwgen"]["checks"].update(checks)
    config.write_text(json.dumps(data))
    return load_options(tmp_path / "tiny")


def test_a_combination_that_needs_redis_gets_its_url_in_the_named_variable(tmp_path: Path) -> None:
    checks = load_checks(
        template_with(tmp_path, {"redis": {"when": {"flavour": ["salted"]}, "env": "BROKER"}})
    )
    urls = iter(["redis://127.0.0.1:1/1", "redis://127.0.0.1:1/2"])

    class Fake:
        def url(self) -> str:
            return next(urls)

    assert _service_envs(checks, {"flavour": "plain"}, None, Fake) == ({}, {})
    test, serve = _service_envs(checks, {"flavour": "salted"}, None, Fake)
    assert test == {"BROKER": "redis://127.0.0.1:1/1"} and serve == {"BROKER": "redis://127.0.0.1:1/2"}


@pytest.mark.parametrize(
    "redis, message",
    [
        ({"when": {"flavour": ["salted"]}}, "needs an 'env'"),
        ({"env": "not a name"}, "needs an 'env'"),
        ({"env": "REDIS_URL", "when": {"flavour": ["peppered"]}}, "has no value 'peppered'"),
    ],
)
def test_a_mistake_in_the_redis_check_is_one_line(tmp_path: Path, redis: dict, message: str) -> None:
    with pytest.raises(FwgenError, match=message):
        load_checks(template_with(tmp_path, {"redis": redis}))

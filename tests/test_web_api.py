"""The JSON API of `fwgen serve`: the answers the CLI gives, one-line JSON errors for bad input,
limits on body, time and concurrency, and nothing left on disk."""

from __future__ import annotations

import asyncio
import io
import json
import shlex
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web]'")

import httpx2
from starlette.testclient import TestClient

from generator.web.app import create_app
from generator.web.generation import Limits
from support.web import served, tree, unzip

API_PERSONA = {"kind": "api", "needs": ["openapi"]}


def fwgen_json(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args], capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(result.stdout)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """Where the app makes its temporary project folders: must be empty after every request."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture
def client(work: Path) -> TestClient:
    return TestClient(create_app(work_dir=work))


def test_frameworks_answer_what_fwgen_list_json_prints(client: TestClient) -> None:
    reply = client.get("/api/frameworks")
    assert reply.status_code == 200
    assert reply.json() == fwgen_json("list", "--json")


def test_recommend_answers_what_fwgen_recommend_json_prints(client: TestClient) -> None:
    body = {"kind": "api", "needs": "openapi,orm", "hard": ["openapi"], "experience": "beginner",
            "async_experience": "yes", "size": "small"}  # fmt: skip
    reply = client.post("/api/recommend", json=body)
    assert reply.status_code == 200
    cli = fwgen_json("recommend", "--json", "--kind", "api", "--needs", "openapi,orm", "--hard", "openapi",
                     "--experience", "beginner", "--async-experience", "yes", "--size", "small")  # fmt: skip
    assert reply.json() == cli
    assert cli["pick"] == "fastapi"


def test_questions_are_the_terminal_flows(client: TestClient) -> None:
    from generator.needs import kind_choices, need_choices

    data = client.get("/api/questions").json()
    assert [k["key"] for k in data["kind"]] == [k.key for k in kind_choices()]
    assert [n["key"] for n in data["needs"]] == [t.key for t in need_choices()]
    assert data["experience"] and data["size"]


def test_preview_shows_options_tree_and_command(client: TestClient, work: Path) -> None:
    body = {"framework": "fastapi", "answers": {"project_name": "Shop"}, "needs": API_PERSONA}
    reply = client.post("/api/preview", json=body)
    assert reply.status_code == 200, reply.text
    data = reply.json()
    assert data["folder"] == "shop"
    paths = {f["path"]: f for f in data["files"]}
    assert "shop/main.py" in paths and "pyproject.toml" in paths
    main = paths["shop/main.py"]
    assert "from shop.app import create_app" in main["text"] and main["size"] == len(main["text"].encode())
    assert data["command"] == "fwgen new Shop --framework fastapi --kind api --needs openapi --no-input"
    auth = next(o for o in data["options"] if o["key"] == "auth")
    # database=none leaves jwt out: the option is decided, and says why
    assert auth["decided"] and "JWT users are stored in the database" in auth["decided"]
    assert [c["allowed"] for c in auth["choices"]] == [True, False]
    assert list(work.iterdir()) == []


def test_preview_follows_the_needs_into_the_option_defaults(client: TestClient) -> None:
    needs = {"kind": "api", "needs": ["openapi", "auth"]}
    data = client.post("/api/preview", json={"framework": "fastapi", "needs": needs}).json()
    values = {o["key"]: o["value"] for o in data["options"]}
    assert values["auth"] == "jwt" and values["database"] == "sqlite"
    database = next(o for o in data["options"] if o["key"] == "database")
    assert [c["value"] for c in database["choices"] if not c["allowed"]] == ["none"]
    assert "--set auth=jwt" in data["command"] and "--needs auth,openapi" in data["command"]


def test_generate_returns_a_zip_of_the_project_and_leaves_nothing(client: TestClient, work: Path) -> None:
    body = {"framework": "flask", "answers": {"project_name": "Blog", "database": "sqlite"}}
    reply = client.post("/api/generate", json=body)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "application/zip"
    assert reply.headers["content-disposition"] == 'attachment; filename="blog.zip"'
    with zipfile.ZipFile(io.BytesIO(reply.content)) as archive:
        names = archive.namelist()
        env_mode = stat.S_IMODE(archive.getinfo("blog/.env").external_attr >> 16)
        record = json.loads(archive.read("blog/.fwgen.json"))
    assert all(name.startswith("blog/") and ".." not in name.split("/") for name in names)
    assert "blog/pyproject.toml" in names
    assert env_mode == 0o600  # the secrets stay private after unzip
    assert record["framework"] == "flask" and record["answers"]["database"] == "sqlite"
    assert list(work.iterdir()) == []


def test_generate_takes_a_projects_own_fwgen_json(client: TestClient, tmp_path: Path) -> None:
    first = client.post("/api/generate", json={"framework": "bottle", "answers": {"project_name": "Again"}})
    unzip(first.content, tmp_path / "first")
    record = json.loads((tmp_path / "first" / "again" / ".fwgen.json").read_text())
    second = client.post("/api/generate", json=record)
    assert second.status_code == 200, second.text
    unzip(second.content, tmp_path / "second")
    first_tree, second_tree = tree(tmp_path / "first"), tree(tmp_path / "second")
    assert first_tree.pop("again/.env") != second_tree.pop("again/.env")  # fresh secrets
    assert first_tree == second_tree


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"framework": "rails"}, "no template for 'rails'"),
        ({"answers": {}}, "framework is missing"),
        ({"framework": "fastapi", "answers": {"colour": "red"}}, "unknown option 'colour' for fastapi"),
        ({"framework": "fastapi", "answers": {"database": "oracle"}}, "option 'database' takes one of"),
        ({"framework": "fastapi", "answers": {"docker": 3}}, "option 'docker' takes one of"),
        ({"framework": "fastapi", "answers": {"project_slug": "../../evil"}}, "project slug '../../evil'"),
        ({"framework": "fastapi", "answers": {"project_slug": "/tmp/evil"}}, "project slug '/tmp/evil'"),
        ({"framework": "fastapi", "answers": {"auth": "jwt", "database": "none"}}, "unsupported combination"),
        ({"framework": "fastapi", "answers": {"description": "a\x00b"}}, "contains a NUL character"),
        ({"framework": "fastapi", "answers": ["project_name"]}, "answers must be an object"),
        ({"framework": "fastapi", "needs": {"kind": "spaceship"}}, "needs: unknown kind 'spaceship'"),
        ({"framework": "fastapi", "output_dir": "/tmp"}, "unknown field(s): output_dir"),
        (["fastapi"], "the body must be a JSON object"),
    ],
)
@pytest.mark.parametrize("endpoint", ["/api/preview", "/api/generate"])
def test_bad_generation_input_is_a_400_json_error_and_writes_nothing(
    client: TestClient, work: Path, endpoint: str, body: object, message: str
) -> None:
    reply = client.post(endpoint, json=body)
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert message in error and "\n" not in error
    assert list(work.iterdir()) == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"needs": ["teleport"]}, "unknown need(s): teleport"),
        ({"colour": "red"}, "unknown field(s): colour"),
        ({"async_experience": "maybe"}, "async_experience must be yes or no"),
        ([], "needs must be a mapping"),
    ],
)
def test_bad_needs_are_a_400_json_error(client: TestClient, body: object, message: str) -> None:
    reply = client.post("/api/recommend", json=body)
    assert reply.status_code == 400 and message in reply.json()["error"]


def test_a_body_that_is_not_json_is_a_400(client: TestClient) -> None:
    reply = client.post(
        "/api/generate", content=b"{framework: flask", headers={"content-type": "application/json"}
    )
    assert reply.status_code == 400 and reply.json()["error"].startswith("the body is not JSON")


@pytest.mark.parametrize("endpoint", ["/api/recommend", "/api/preview", "/api/generate"])
def test_an_oversized_body_is_a_413_before_it_is_read(work: Path, endpoint: str) -> None:
    client = TestClient(create_app(Limits(body_bytes=1000), work_dir=work))
    body = {"framework": "flask", "answers": {"description": "x" * 2000}}
    reply = client.post(endpoint, json=body)
    assert reply.status_code == 413 and reply.json() == {"error": "the body is larger than 1,000 bytes"}

    def chunks():  # no Content-Length: the limit holds while the body streams in
        yield b'{"framework": "flask", "answers": {"description": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}}'

    reply = client.post(endpoint, content=chunks(), headers={"content-type": "application/json"})
    assert reply.status_code == 413
    assert list(work.iterdir()) == []


def test_a_body_not_sent_as_json_is_a_415(client: TestClient, work: Path) -> None:
    """A cross-site form or a text/plain fetch (no CORS preflight) cannot make a project."""
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {"content-type": content_type} if content_type else {}
        reply = client.post("/api/generate", content=b'{"framework": "flask"}', headers=headers)
        assert reply.status_code == 415
        assert reply.json() == {"error": "send the body as JSON, with Content-Type: application/json"}
    assert list(work.iterdir()) == []


def test_a_loopback_server_answers_only_loopback_names(work: Path) -> None:
    app = create_app(work_dir=work, hosts={"127.0.0.1", "localhost", "[::1]"})
    for base in ("http://127.0.0.1:8000", "http://localhost", "http://[::1]:8000"):
        assert TestClient(app, base_url=base).get("/api/questions").status_code == 200, base
    rebound = TestClient(app, base_url="http://attacker.example:8000")
    reply = rebound.post("/api/generate", json={"framework": "flask"})
    assert reply.status_code == 421
    assert reply.json() == {"error": "this server answers only for 127.0.0.1, [::1], localhost"}
    assert list(work.iterdir()) == []


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("::1", True), ("localhost", True), ("0.0.0.0", False), ("192.0.2.7", False)],
)
def test_which_hosts_are_loopback(host: str, loopback: bool) -> None:
    from generator.web.server import is_loopback

    assert is_loopback(host) is loopback


def test_unknown_paths_and_methods_answer_json(client: TestClient) -> None:
    assert client.get("/api/nothing").json() == {"error": "Not Found"}
    reply = client.get("/api/generate")
    assert reply.status_code == 405 and reply.json() == {"error": "Method Not Allowed"}


def test_the_page_and_its_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/static/app.js" in page.text and "https://" not in page.text  # works offline: no CDN
    for asset in ("app.js", "style.css"):
        reply = client.get(f"/static/{asset}")
        assert reply.status_code == 200 and "https://" not in reply.text


def test_a_generation_that_runs_out_of_time_is_killed_and_removed(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FWGEN_PAUSE_AT", "claimed")  # the worker stops half-way (render.checkpoint)
    monkeypatch.setenv("FWGEN_PAUSE_SECONDS", "60")
    client = TestClient(create_app(Limits(seconds=1.5), work_dir=work))
    reply = client.post("/api/generate", json={"framework": "flask"})
    assert reply.status_code == 503
    assert reply.json() == {"error": "the generation took longer than 1.5 seconds"}
    assert list(work.iterdir()) == []


def test_concurrent_generations_are_bounded(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FWGEN_PAUSE_AT", "claimed")
    monkeypatch.setenv("FWGEN_PAUSE_SECONDS", "2")
    app = create_app(Limits(concurrent=1, queue_seconds=0.5), work_dir=work)

    async def both() -> list[int]:
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://fwgen") as client:
            replies = await asyncio.gather(
                *(client.post("/api/generate", json={"framework": "flask"}, timeout=30) for _ in range(2))
            )
        return sorted(reply.status_code for reply in replies)

    assert asyncio.run(both()) == [200, 503]
    assert list(work.iterdir()) == []


def test_the_shown_command_makes_the_same_tree_as_the_zip(client: TestClient, tmp_path: Path) -> None:
    body = {
        "framework": "fastapi",
        "answers": {"project_name": "Same Tree", "database": "sqlite", "docker": "yes", "author": "O'Brien"},
        "needs": {"kind": "api", "needs": ["openapi", "orm"], "hard": ["openapi"], "size": "small"},
    }
    command = client.post("/api/preview", json=body).json()["command"]
    words = shlex.split(command)
    assert words[:2] == ["fwgen", "new"]
    shell = tmp_path / "shell"
    shell.mkdir()
    subprocess.run([sys.executable, "-m", "generator", *words[1:]], cwd=shell, check=True,
                   capture_output=True, timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip
    unzip(client.post("/api/generate", json=body).content, tmp_path / "zip")
    from_shell, from_zip = tree(shell), tree(tmp_path / "zip")
    from_shell.pop("same_tree/.env"), from_zip.pop("same_tree/.env")  # secrets aside
    # fwgen new also makes the folder a git repository (for fwgen update); a zip carries the files.
    from_shell = {path: data for path, data in from_shell.items() if not path.startswith("same_tree/.git/")}
    assert from_shell == from_zip
    assert json.loads(from_zip["same_tree/.fwgen.json"])["needs"]["hard"] == ["openapi"]


def test_fwgen_serve_answers_on_loopback_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    from generator.baked import http

    with served(cwd=tmp_path) as base:
        assert json.loads(http("GET", base + "/api/frameworks").text) == fwgen_json("list", "--json")
        reply = http("POST", base + "/api/recommend", body=API_PERSONA)
        assert json.loads(reply.text)["pick"] == "fastapi"
        reply = http("POST", base + "/api/generate", body={"framework": "nope"})
        assert reply.status == 400 and "no template for 'nope'" in json.loads(reply.text)["error"]
        assert http("GET", base + "/", headers={"Host": "rebound.example"}).status == 421
    assert list(tmp_path.iterdir()) == []


def test_fwgen_serve_refuses_a_remote_host_without_allow_remote(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "serve", "--host", "0.0.0.0"],
        capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "fwgen: error: --host 0.0.0.0 is reachable from other machines; pass --allow-remote to serve there "
        "anyway\n"
    )


def test_fwgen_serve_with_allow_remote_warns(tmp_path: Path) -> None:
    from generator.baked import http

    with served("--host", "0.0.0.0", "--allow-remote", cwd=tmp_path) as base:
        assert http("GET", base + "/api/questions").status == 200


BLOCK_WEB = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('starlette', 'uvicorn'):\n"
    "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
    "sys.meta_path.insert(0, Block())\n"
    "from generator.cli import main\n"
    "main(sys.argv[1:])\n"
)


def test_without_the_web_extra_serve_says_how_to_install_it_and_the_rest_works(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", BLOCK_WEB, *args], cwd=tmp_path, capture_output=True,
                              text=True, timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip

    result = run("serve")
    assert result.returncode == 2
    assert result.stderr == "fwgen: error: fwgen serve needs the web extra: pip install 'fwgen[web]'\n"
    assert run("list", "--json").returncode == 0
    made = run("new", "Plain", "--framework", "flask", "--no-input")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "plain" / "pyproject.toml").is_file()

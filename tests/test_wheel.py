"""The built wheel, installed into a fresh virtual environment outside the repository, works offline."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from support.matrix import REPO, template_names
from support.project import http, uv_binary

pytestmark = pytest.mark.slow


def run(*argv: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        argv, cwd=cwd, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
        env={**{k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "FWGEN_TEMPLATES_DIR"}},
             **(env or {})},
    )  # fmt: skip
    assert result.returncode == 0, f"{' '.join(argv)}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module", params=["pip", "uv"])
def installed(request: pytest.FixtureRequest, tmp_path_factory) -> Path:
    """A fresh venv, outside the repo, with only the built fwgen wheel (and its dependencies).

    Installed both ways users do: pip, as the README says (it byte-compiles every .py file it
    installs, the templates' included), and uv (which does not).
    """
    base = tmp_path_factory.mktemp(f"wheel-{request.param}")
    run(uv_binary(), "build", "--wheel", "--out-dir", str(base / "dist"), str(REPO), cwd=base)
    (wheel,) = (base / "dist").glob("fwgen-*.whl")
    python = base / "venv" / "bin" / "python"
    if request.param == "pip":
        run(sys.executable, "-m", "venv", str(base / "venv"), cwd=base)
        run(str(python), "-m", "pip", "install", "-q", str(wheel), cwd=base)
        compiled = base / "venv" / "lib"
        assert any(p.suffix == ".pyc" for p in compiled.rglob("generator/templates/**/*.pyc"))
    else:
        run(uv_binary(), "venv", str(base / "venv"), "--python", sys.executable, cwd=base)
        run(uv_binary(), "pip", "install", "--python", str(python), str(wheel), cwd=base)
    return base


def test_wheel_ships_every_template_with_shared_files_as_real_files(installed: Path) -> None:
    (wheel,) = (installed / "dist").glob("fwgen-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in template_names():
        assert f"generator/templates/{name}/cookiecutter.json" in names
        assert f"generator/templates/{name}/hooks/post_gen_project.py" in names
        shared = REPO / "templates" / name / "templates"
        for partial in (p for p in shared.rglob("*") if p.is_file()):  # links, resolved
            assert f"generator/templates/{name}/templates/{partial.relative_to(shared)}" in names, partial


def test_installed_fwgen_generates_a_project_outside_the_repo(installed: Path) -> None:
    work = installed / "work"
    work.mkdir()
    fwgen = str(installed / "venv" / "bin" / "fwgen")
    listed = json.loads(run(fwgen, "list", "--json", cwd=work).stdout)
    assert {item["framework"] for item in listed["templates"]} == set(template_names())
    for framework in ("flask", "django"):
        result = run(fwgen, "new", f"demo {framework}", "--framework", framework, "--no-input", cwd=work)
        assert "Created" in result.stdout
        project = work / f"demo_{framework}"
        assert (project / "pyproject.toml").is_file() and (project / ".env").is_file()
        assert json.loads((project / ".fwgen.json").read_text())["framework"] == framework
        assert not [p for p in project.rglob("*") if p.is_symlink()]
        # pip byte-compiled the installed templates; none of that bytecode is the project's
        assert not [p for p in project.rglob("*") if p.name == "__pycache__" or p.suffix == ".pyc"]


@pytest.mark.parametrize("installed", ["pip"], indirect=True)
def test_fwgen_test_runs_every_template_green_from_the_wheel(installed: Path) -> None:
    """`fwgen test --quick`: every template's defaults baked, installed, tested, linted, migrated and
    served, by the installed fwgen (the full option matrix runs in tests/templates)."""
    fwgen = str(installed / "venv" / "bin" / "fwgen")
    result = run(fwgen, "test", "--quick", "--jobs", "2", cwd=installed)
    names = template_names()
    assert result.stdout.rstrip().endswith(f"{len(names)} passed, 0 failed"), result.stdout
    for name in names:
        assert f"{name} [defaults] serve: ok" in result.stdout


@pytest.mark.parametrize("installed", ["pip"], indirect=True)
def test_fwgen_serve_from_the_wheel_asks_for_the_extra_then_serves_the_page(installed: Path) -> None:
    """Without fwgen[web], one line says how to get it; with it, the page, its assets (shipped in
    the wheel) and the API answer. Last in this module: it adds the extra to the shared venv."""
    from support.web import served

    fwgen = installed / "venv" / "bin" / "fwgen"
    bare = subprocess.run([str(fwgen), "serve"], capture_output=True, text=True, timeout=60, cwd=installed)
    assert bare.returncode == 2
    assert bare.stderr == "fwgen: error: fwgen serve needs the web extra: pip install 'fwgen[web]'\n"
    (wheel,) = (installed / "dist").glob("fwgen-*.whl")
    run(
        str(installed / "venv" / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "-q",
        f"{wheel}[web]",
        cwd=installed,
    )
    work = installed / "serve"
    work.mkdir()
    with served(cwd=work, python=str(installed / "venv" / "bin" / "python")) as base:
        assert "/static/app.js" in http("GET", base + "/").text
        assert "recommend" in http("GET", base + "/static/app.js").text
        request = urllib.request.Request(
            base + "/api/generate",
            data=b'{"framework": "flask"}',
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as reply:
            assert reply.headers["content-type"] == "application/zip"
            names = zipfile.ZipFile(io.BytesIO(reply.read())).namelist()
        assert "my_flask_app/pyproject.toml" in names, names
    assert list(work.iterdir()) == []

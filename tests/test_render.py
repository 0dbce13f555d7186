"""Rendering is safe and atomic: nothing half-written, nothing outside the target, nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator.context import resolve_context
from generator.errors import FwgenError
from generator.options import load_options
from generator.render import render_project

FIXTURES = Path(__file__).parent / "fixtures" / "templates"
SAMPLE = FIXTURES / "sample"
SOURCE = SAMPLE / "{{cookiecutter.project_slug}}"


def render(
    output: Path, force: bool = False, template: Path = SAMPLE, say: Any = print, **answers: str
) -> Path:
    options = load_options(template)
    return render_project(options, resolve_context(options, answers), output, force=force, say=say)


def tree(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_render_writes_the_project(tmp_path: Path) -> None:
    project = render(tmp_path, project_name="{{ 7*7 }} shop", project_slug="shop", extra="yes")
    assert project == tmp_path / "shop"
    assert os.listdir(tmp_path) == ["shop"]  # no temporary folder left beside it
    assert 'PROJECT_NAME = "{{ 7*7 }} shop"' in (project / "settings.py").read_text()
    assert (project / "README.md").read_text().startswith("# {{ 7*7 }} shop\n")
    assert (project / "extra.txt").read_text().strip() == "extra"
    # binary files byte-identical, executable bits kept
    assert (project / "assets/logo.png").read_bytes() == (SOURCE / "assets/logo.png").read_bytes()
    assert os.stat(project / "bin/run.sh").st_mode & stat.S_IXUSR
    # the answers are saved so the run can be reproduced
    record = json.loads((project / ".fwgen.json").read_text())
    assert record["framework"] == "sample"
    assert record["answers"]["project_name"] == "{{ 7*7 }} shop"


def test_option_files_that_render_empty_are_removed(tmp_path: Path) -> None:
    project = render(tmp_path, project_name="shop", extra="no")
    assert not (project / "extra.txt").exists()
    assert not (project / "boom.txt").exists()
    assert all(p.stat().st_size or p.is_dir() for p in project.rglob("*"))


def test_env_gets_a_fresh_secret_per_project(tmp_path: Path) -> None:
    one = render(tmp_path / "a", project_name="shop")
    two = render(tmp_path / "b", project_name="shop")
    secrets = []
    for project in (one, two):
        env = (project / ".env").read_text()
        assert stat.S_IMODE(os.stat(project / ".env").st_mode) == 0o600
        assert "change-me" not in env and "DEBUG=false" in env
        secrets.append(env)
    assert secrets[0] != secrets[1]
    assert "SECRET_KEY=change-me" in (one / ".env.example").read_text()


def test_existing_project_is_refused_without_force(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "mine.txt").write_text("keep me")
    with pytest.raises(FwgenError, match="already exists and is not empty; pass --force"):
        render(tmp_path, project_name="shop")
    assert tree(tmp_path) == {"shop/mine.txt": b"keep me"}


def test_an_empty_existing_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    assert (render(tmp_path, project_name="shop") / "README.md").exists()


def test_force_replaces_and_keeps_the_old_folder_as_a_backup(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "mine.txt").write_text("old")
    said: list[str] = []
    project = render(tmp_path, force=True, project_name="shop", say=said.append)
    assert not (project / "mine.txt").exists() and (project / "README.md").exists()
    [backup] = [p for p in tmp_path.iterdir() if p.name != "shop"]
    assert backup.name.startswith("shop.fwgen-backup-")
    assert tree(backup) == {"mine.txt": b"old"}
    assert said == [f"Kept the existing {tmp_path / 'shop'} as {backup}"]


def test_a_failure_mid_render_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FwgenError, match="rendering sample failed"):
        render(tmp_path, project_name="shop", mode="explode")
    assert os.listdir(tmp_path) == []


def test_a_failure_with_force_restores_the_previous_project(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "mine.txt").write_text("old")
    with pytest.raises(FwgenError):
        render(tmp_path, force=True, project_name="shop", mode="explode")
    assert tree(tmp_path) == {"shop/mine.txt": b"old"}


def test_output_dir_created_for_the_project_and_removed_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper"
    with pytest.raises(FwgenError):
        render(out, project_name="shop", mode="explode")
    assert not out.exists()
    assert render(out, project_name="shop").is_dir()


@pytest.mark.parametrize("force", [False, True])
def test_keyboard_interrupt_mid_render_leaves_nothing(tmp_path: Path, monkeypatch, force) -> None:
    import cookiecutter.generate

    real = cookiecutter.generate.generate_files

    def interrupted(*args, **kwargs):
        real(*args, **kwargs)  # every file written, then Ctrl-C before the rename
        raise KeyboardInterrupt

    monkeypatch.setattr(cookiecutter.generate, "generate_files", interrupted)
    if force:
        (tmp_path / "shop").mkdir()
        (tmp_path / "shop" / "mine.txt").write_text("old")
    with pytest.raises(KeyboardInterrupt):
        render(tmp_path, force=force, project_name="shop")
    assert tree(tmp_path) == ({"shop/mine.txt": b"old"} if force else {})
    assert os.listdir(tmp_path) == (["shop"] if force else [])


def _copy_sample(tmp_path: Path) -> Path:
    copy = tmp_path / "tpl" / "sample"
    shutil.copytree(SAMPLE, copy, symlinks=False)
    return copy


def test_a_path_that_would_escape_the_project_is_refused_before_writing(tmp_path: Path) -> None:
    template = _copy_sample(tmp_path)
    data = json.loads((template / "cookiecutter.json").read_text())
    data["where"] = "../escaped"
    (template / "cookiecutter.json").write_text(json.dumps(data))
    (template / "{{cookiecutter.project_slug}}" / "{{cookiecutter.where}}.txt").write_text("x")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(FwgenError, match="outside the project"):
        render(out, template=template, project_name="shop")
    assert os.listdir(out) == [] and not (tmp_path / "escaped.txt").exists()


def test_a_link_a_hook_makes_is_the_hooks_business(tmp_path: Path) -> None:
    """A hook is trusted code (a virtual environment it creates links to the interpreter), as it is
    under cookiecutter; the template's own paths are what fwgen checks (the test above)."""
    template = _copy_sample(tmp_path)
    (template / "hooks" / "pre_gen_project.py").write_text("import os\nos.symlink('/etc/passwd', 'passwd')\n")
    out = tmp_path / "out"
    out.mkdir()
    render(out, template=template, project_name="shop")
    assert os.readlink(out / "shop" / "passwd") == "/etc/passwd"


def test_a_real_sigint_mid_render_leaves_nothing(tmp_path: Path) -> None:
    """Ctrl-C in a terminal signals the whole process group: do the same to a real `fwgen new`."""
    env = {**os.environ, "FWGEN_TEMPLATES_DIR": str(FIXTURES)}
    argv = [sys.executable, "-m", "generator", "new", "shop", "-f", "sample", "--no-input",
            "--set", "mode=slow", "--set", "extra=yes", "-o", str(tmp_path)]  # fmt: skip
    process = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # the slow hook says when rendering has started
        assert "slow hook started" in line
        assert (tmp_path / "shop" / ".fwgen-incomplete").exists()  # mid-render, in place
        time.sleep(0.2)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert "cancelled; nothing was written" in err
    assert "Traceback" not in err
    assert os.listdir(tmp_path) == []


def test_compiled_templates_are_cached_privately_and_never_stale(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    template = _copy_sample(tmp_path)
    render(tmp_path / "one", template=template, project_name="shop")
    [folder] = (tmp_path / "cache" / "fwgen").iterdir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and list(folder.iterdir())
    # An edited template file is compiled again (the cache is keyed by the source), not served stale.
    readme = template / "{{cookiecutter.project_slug}}" / "README.md"
    readme.write_text("# edited {{ cookiecutter.project_name }}\n")
    assert (render(tmp_path / "two", template=template, project_name="shop") / "README.md").read_text() == (
        "# edited shop\n"
    )


def test_a_cache_folder_others_can_write_is_not_used(tmp_path: Path, monkeypatch) -> None:
    from generator.render import _bytecode_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert _bytecode_cache() is not None
    [folder] = (tmp_path / "cache" / "fwgen").iterdir()
    folder.chmod(0o777)
    assert _bytecode_cache() is None

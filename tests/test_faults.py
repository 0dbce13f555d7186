"""Faults a real user meets, against a real `fwgen new` process: signals at every stage, kill -9,
concurrent runs, --force backups, hostile paths, full and read-only disks, closed pipes.

Each stage is reached on purpose: FWGEN_PAUSE_AT=<checkpoint> makes the run stop there (and say so
on stderr) so the test can signal it at exactly that point.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "templates"
REPO = Path(__file__).resolve().parents[1]


def environ(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FWGEN_")}
    env.update({"FWGEN_TEMPLATES_DIR": str(FIXTURES), "PYTHONPATH": str(REPO), **extra})
    return env


def fwgen(*args: str, cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, env=environ(**extra),
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """Every entry below ``folder``: its mode and its content (a link's target)."""
    result: dict[str, tuple[int, bytes | str]] = {}
    for path in sorted(folder.rglob("*")):
        mode = os.lstat(path).st_mode
        if path.is_symlink():
            result[str(path.relative_to(folder))] = (mode, os.readlink(path))
        elif path.is_file():
            result[str(path.relative_to(folder))] = (mode, path.read_bytes())
        else:
            result[str(path.relative_to(folder))] = (mode, "")
    return result


def a_user_project(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """A folder someone cares about: a git repository, an executable, a private file, a link."""
    (folder / ".git" / "objects").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (folder / "run.sh").write_text("#!/bin/sh\necho hi\n")
    (folder / "run.sh").chmod(0o755)
    (folder / "secret.txt").write_text("mine")
    (folder / "secret.txt").chmod(0o600)
    (folder / "link").symlink_to("secret.txt")
    return snapshot(folder)


class Paused:
    """A `fwgen new` started in its own process group, stopped at a checkpoint."""

    def __init__(self, tmp: Path, checkpoint: str, *args: str, seconds: str = "30") -> None:
        argv = [sys.executable, "-m", "generator", "new", "shop", "-f", "sample", "--no-input", *args]
        self.process = subprocess.Popen(
            argv, cwd=tmp, env=environ(FWGEN_PAUSE_AT=checkpoint, FWGEN_PAUSE_SECONDS=seconds),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        assert self.process.stderr is not None
        line = self.process.stderr.readline()
        assert line.strip() == f"fwgen: paused at {checkpoint}", line

    def signal(self, signum: int) -> tuple[int, str, str]:
        try:
            os.killpg(self.process.pid, signum)
            out, err = self.process.communicate(timeout=30)
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        return self.process.returncode, out, err


@pytest.mark.parametrize("checkpoint", ["claimed", "rendered"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_at_any_stage_leaves_nothing(tmp_path: Path, checkpoint: str, signum: int) -> None:
    code, _, err = Paused(tmp_path, checkpoint).signal(signum)
    assert code == 128 + signum if signum != signal.SIGINT else code == 130
    assert err.strip().endswith("nothing was written.")
    assert "Traceback" not in err
    assert os.listdir(tmp_path) == []


def test_sigterm_during_the_hook_leaves_nothing_and_no_traceback(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "new", "shop", "-f", "sample", "--no-input",
         "--set", "mode=slow", "--set", "extra=yes"],
        cwd=tmp_path, env=environ(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        assert "slow hook started" in process.stdout.readline()
        os.killpg(process.pid, signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in err and err.strip().endswith("nothing was written.")
    assert os.listdir(tmp_path) == []


def test_a_signal_after_the_project_is_written_says_so(tmp_path: Path) -> None:
    code, _, err = Paused(tmp_path, "created").signal(signal.SIGINT)
    assert code == 130
    assert "shop was already created completely" in err and "nothing was written" not in err
    assert (tmp_path / "shop" / ".fwgen.json").is_file()
    assert not (tmp_path / "shop" / ".fwgen-incomplete").exists()


def test_after_kill_9_the_next_run_removes_the_dead_tree_and_says_so(tmp_path: Path) -> None:
    code, _, _ = Paused(tmp_path, "rendered").signal(signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert (tmp_path / "shop" / ".fwgen-incomplete").is_file()  # what kill -9 leaves
    again = fwgen("new", "shop", "-f", "sample", "--no-input", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "left unfinished by fwgen run" in again.stdout and "which was killed" in again.stdout
    assert os.listdir(tmp_path) == ["shop"]
    assert not (tmp_path / "shop" / ".fwgen-incomplete").exists()


def test_a_tree_of_a_live_run_is_never_removed(tmp_path: Path) -> None:
    paused = Paused(tmp_path, "claimed")
    try:
        other = fwgen("new", "shop", "-f", "sample", "--no-input", "--force", cwd=tmp_path)
        assert other.returncode == 2
        assert f"is being created by another fwgen run (pid {paused.process.pid})" in other.stderr
        assert sorted(os.listdir(tmp_path)) == ["shop"]
    finally:
        paused.signal(signal.SIGTERM)


def test_three_runs_at_once_one_wins_the_others_say_why(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "generator", "new", "same", "-f", "sample", "--no-input"]
    runs = [
        subprocess.Popen(argv, cwd=tmp_path, env=environ(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, stdin=subprocess.DEVNULL)
        for _ in range(3)
    ]  # fmt: skip
    results = [(run.wait(timeout=60), *run.communicate(timeout=10)) for run in runs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 2, 2], results
    for code, _, err in results:
        if code == 2:
            assert len(err.strip().splitlines()) == 1
            assert "already exists and is not empty" in err or "another fwgen run" in err
    assert os.listdir(tmp_path) == ["same"]
    assert (tmp_path / "same" / ".fwgen.json").is_file()
    assert not (tmp_path / "same" / ".fwgen-incomplete").exists()


def test_force_keeps_the_old_folder_byte_identical_as_a_backup(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    before = a_user_project(tmp_path / "shop")
    result = fwgen("new", "shop", "-f", "sample", "--no-input", "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [backup] = [p for p in tmp_path.iterdir() if p.name.startswith("shop.fwgen-backup-")]
    assert f"as {backup}" in result.stdout
    assert snapshot(backup) == before
    assert (tmp_path / "shop" / ".fwgen.json").is_file()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_between_the_renames_of_force_puts_the_old_folder_back(tmp_path: Path, signum: int) -> None:
    (tmp_path / "shop").mkdir()
    before = a_user_project(tmp_path / "shop")
    code, out, err = Paused(tmp_path, "backed-up", "--force", seconds="1").signal(signum)
    assert code == (130 if signum == signal.SIGINT else 128 + signum)
    assert "Put " in out and "nothing was written" in err
    assert os.listdir(tmp_path) == ["shop"]
    assert snapshot(tmp_path / "shop") == before


def test_kill_9_between_the_renames_of_force_leaves_the_backup_where_the_output_said(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    before = a_user_project(tmp_path / "shop")
    paused = Paused(tmp_path, "backed-up", "--force")
    assert paused.process.stdout is not None
    said = paused.process.stdout.readline()
    paused.signal(signal.SIGKILL)
    backup = Path(said.strip().rpartition(" as ")[2])
    assert backup.parent == tmp_path and snapshot(backup) == before
    again = fwgen("new", "shop", "-f", "sample", "--no-input", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "left unfinished" in again.stdout  # the dead run's hidden claim folder
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["shop", backup.name])


def test_a_failing_force_run_restores_the_folder_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    before = a_user_project(tmp_path / "shop")
    result = fwgen(
        "new", "shop", "-f", "sample", "--no-input", "--force", "--set", "mode=explode", cwd=tmp_path
    )
    assert result.returncode == 1
    assert os.listdir(tmp_path) == ["shop"] and snapshot(tmp_path / "shop") == before


@pytest.mark.parametrize("jinja", ["{{ 7*7 }}", "{% if true %}x{% endif %}", "{# c #}"])
def test_template_syntax_in_paths_is_data(tmp_path: Path, jinja: str) -> None:
    """-o and the working folder are paths, never templates: nothing in them is evaluated."""
    result = fwgen("new", "shop", "-f", "sample", "--no-input", "-o", f"out/{jinja}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / jinja / "shop" / "settings.py").is_file()
    assert os.listdir(tmp_path / "out") == [jinja]
    cwd = tmp_path / jinja
    cwd.mkdir()
    assert fwgen("new", "shop", "-f", "sample", "--no-input", cwd=cwd).returncode == 0
    assert sorted(os.listdir(cwd)) == ["shop"]
    assert (cwd / "shop" / "bin" / "run.sh").is_file()


def test_parent_folders_made_for_a_failed_run_are_removed(tmp_path: Path) -> None:
    result = fwgen(
        "new", "shop", "-f", "sample", "--no-input", "--set", "mode=explode", "-o", "a/b/c", cwd=tmp_path
    )
    assert result.returncode == 1
    assert os.listdir(tmp_path) == []


def test_no_hook_script_is_left_in_the_temporary_folder(tmp_path: Path) -> None:
    private = tmp_path / "tmp"
    private.mkdir()
    out = tmp_path / "out"
    result = fwgen(
        "new", "shop", "-f", "sample", "--no-input", "-o", str(out), cwd=tmp_path, TMPDIR=str(private)
    )
    assert result.returncode == 0, result.stderr
    assert os.listdir(private) == []


def in_small_filesystem(tmp_path: Path, options: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run fwgen with -o on a tmpfs of its own, in a private mount namespace (`unshare`)."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    command = (
        f"mount -t tmpfs -o {options} tmpfs {shlex.quote(str(mount))} && "
        f"{shlex.quote(sys.executable)} -m generator new shop -f sample --no-input "
        f"-o {shlex.quote(str(mount / 'out'))} {shlex.join(args)}; status=$?; "
        f"ls -A {shlex.quote(str(mount))}; exit $status"
    )
    return subprocess.run(
        ["unshare", "--map-root-user", "--mount", "sh", "-c", command], env=environ(),
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_full_disk_is_one_true_line_and_leaves_nothing(tmp_path: Path) -> None:
    result = in_small_filesystem(tmp_path, "size=12k", "--set", "extra=yes")
    assert result.returncode == 1, result
    assert (
        result.stderr.strip().splitlines() == [result.stderr.strip().splitlines()[0]]
        and "No space left on device" in result.stderr
    )
    assert "internal error" not in result.stderr
    assert result.stdout.strip() == ""  # `ls -A` of the filesystem: nothing left, not even out/


def test_a_read_only_disk_is_one_true_line(tmp_path: Path) -> None:
    result = in_small_filesystem(tmp_path, "ro")
    assert result.returncode == 1
    assert "Read-only file system" in result.stderr and "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_output_path_under_a_file_is_one_true_line(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    result = fwgen("new", "shop", "-f", "sample", "--no-input", "-o", "plain/sub", cwd=tmp_path)
    assert result.returncode == 1
    assert "Not a directory" in result.stderr and "internal error" not in result.stderr
    assert os.listdir(tmp_path) == ["plain"]


def test_a_deleted_working_folder_is_one_true_line(tmp_path: Path) -> None:
    command = (
        f"mkdir gone && cd gone && rmdir ../gone && exec {shlex.quote(sys.executable)} -m generator "
        "new shop -f sample --no-input"
    )
    result = subprocess.run(
        ["sh", "-c", command], cwd=tmp_path, env=environ(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert (
        result.stderr.strip() == "fwgen: error: the current folder no longer exists; cd to a folder that does"
    )


def test_stdout_on_a_full_device_is_one_true_line(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "generator", "new", "shop", "-f", "sample", "--no-input"], cwd=tmp_path,
            env=environ(), stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"fwgen: error: cannot write to standard output: No space left on device; {Path('shop')} was created"
    ]


def test_a_closed_pipe_ends_fwgen_quietly_like_other_unix_tools(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "list"], cwd=tmp_path, env=environ(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before fwgen writes, as with `fwgen list | head -0`
    err = process.stderr.read()
    assert process.wait(timeout=30) == 128 + signal.SIGPIPE
    assert err == b""


def test_printed_commands_survive_a_shell(tmp_path: Path) -> None:
    """The `cd` hint and the command that makes the project again work when pasted into sh."""
    out = tmp_path / "it's -here"
    name = '-Joe\'s "Shop" 🎉'
    argv = ("new", "--set", "project_slug=joes", "-f", "sample", "--no-input", "-o", str(out), "--", name)
    result = fwgen(*argv, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    cd_line = next(line.strip() for line in lines if line.strip().startswith("cd "))
    probe = subprocess.run(["sh", "-c", f"{cd_line} && pwd"], cwd=tmp_path, capture_output=True, text=True)
    assert probe.stdout.strip() == str(out / "joes"), probe.stderr
    again_line = lines[lines.index("To make this project again without questions:") + 1].strip()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    again = subprocess.run(
        ["sh", "-c", again_line.replace("fwgen ", f"{shlex.quote(sys.executable)} -m generator ", 1)],
        cwd=elsewhere, env=environ(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    made = tmp_path / "elsewhere" / "joes"
    assert (made / "settings.py").read_text() == (out / "joes" / "settings.py").read_text()


def test_name_and_set_project_name_that_disagree_are_refused(tmp_path: Path) -> None:
    result = fwgen("new", "shop", "--set", "project_name=other", "-f", "sample", "--no-input", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "fwgen: error: NAME 'shop' and --set project_name='other' disagree; give the name once"
    )
    assert os.listdir(tmp_path) == []
    same = fwgen("new", "shop", "--set", "project_name=shop", "-f", "sample", "--no-input", cwd=tmp_path)
    assert same.returncode == 0, same.stderr


def test_yaml_answers_take_yaml_booleans_and_refuse_bombs_fast(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("framework: sample\nproject_name: shop\nextra: yes\n")
    result = fwgen("new", "--answers", str(answers), "--no-input", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shop" / "extra.txt").is_file()

    bomb = tmp_path / "bomb.yaml"
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        levels.append(f"{chr(97 + i)}: &{chr(97 + i)} [{','.join(['*' + chr(96 + i)] * 9)}]")
    bomb.write_text("\n".join(levels) + "\n")
    started = time.monotonic()
    refused = fwgen("new", "--answers", str(bomb), "-f", "sample", "--no-input", cwd=tmp_path)
    assert refused.returncode == 2 and "YAML aliases" in refused.stderr
    assert time.monotonic() - started < 20  # bounded: a bomb expands to gigabytes without the check


@pytest.mark.parametrize(
    ("path", "message"),
    [("/dev/zero", "is not a regular file"), ("big.json", "is larger than"), ("latin1.json", "is not UTF-8")],
)
def test_hostile_answers_files_fail_fast_with_one_line(tmp_path: Path, path: str, message: str) -> None:
    (tmp_path / "big.json").write_text('{"project_name": "' + "x" * 1_100_000 + '"}')
    (tmp_path / "latin1.json").write_bytes('{"project_name": "Caf\xe9"}'.encode("latin-1"))
    result = fwgen("new", "--answers", path, "-f", "sample", "--no-input", cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(os.listdir(tmp_path)) == ["big.json", "latin1.json"]


def test_bytecode_in_an_installed_template_never_reaches_a_project(tmp_path: Path) -> None:
    """pip byte-compiles the templates it installs; those caches are not part of the template."""
    import shutil

    template = tmp_path / "templates" / "sample"
    shutil.copytree(FIXTURES / "sample", template, symlinks=False)
    project_source = template / "{{cookiecutter.project_slug}}"
    for folder in (project_source, project_source / "bin"):
        (folder / "__pycache__").mkdir()
        (folder / "__pycache__" / "settings.cpython-311.pyc").write_bytes(b"\x00stale")
    env = environ(FWGEN_TEMPLATES_DIR=str(tmp_path / "templates"))
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "new", "shop", "-f", "sample", "--no-input", "-o", str(out)],
        env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not [p for p in (out / "shop").rglob("*") if p.name == "__pycache__" or p.suffix == ".pyc"]

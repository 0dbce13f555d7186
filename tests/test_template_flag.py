"""`fwgen new --template`: a folder, a git repository (cloned through git: a local one stands in for
a remote, as the tests have no network), --directory and --checkout, and the one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

COMPAT = Path(__file__).parent / "fixtures" / "compat"
TEMPLATE = COMPAT / "08-slug-outside-fwgen-rule"


def fwgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "new", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        env={**os.environ, "HOME": str(cwd)},
    )  # fmt: skip


def git(*args: str, cwd: Path) -> None:
    identity = ["-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", *identity, *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository holding the template under sub/, tagged v1, then changed."""
    repo = tmp_path / "repo"
    shutil.copytree(TEMPLATE, repo / "sub")
    git("init", "-q", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-qm", "one", cwd=repo)
    git("tag", "v1", cwd=repo)
    config = repo / "sub" / "cookiecutter.json"
    config.write_text(config.read_text().replace("My Project", "Second Version"))
    git("commit", "-qam", "two", cwd=repo)
    return repo


def test_a_template_folder_by_path(tmp_path: Path) -> None:
    result = fwgen("--template", str(TEMPLATE), "--no-input", "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "out" / "my-project" / ".fwgen.json").read_text())
    assert record["template"] == str(TEMPLATE) and record["answers"]["project_slug"] == "my-project"
    again = fwgen("--template", str(TEMPLATE), "--answers", "out/my-project/.fwgen.json", "--no-input",
                  "-o", "again", cwd=tmp_path)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again" / "my-project" / "slug.txt").read_text() == "my-project\n"


@pytest.mark.parametrize("form", ["git+file", "file", "bare"])
def test_a_git_repository_with_directory_and_checkout(form: str, repository: Path, tmp_path: Path) -> None:
    if form == "bare":
        bare = tmp_path / "bare.git"
        subprocess.run(["git", "clone", "-q", "--bare", str(repository), str(bare)], check=True, timeout=60)
        spec = str(bare)
    else:
        spec = f"{'git+' if form == 'git+file' else ''}file://{repository}"
    result = fwgen("--template", spec, "--directory", "sub", "--checkout", "v1", "--no-input", "-o", "out",
                   cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "my-project" / "slug.txt").read_text() == "my-project\n"  # the tag, not HEAD
    latest = fwgen("--template", spec, "--directory", "sub", "--no-input", "-o", "latest", cwd=tmp_path)
    assert latest.returncode == 0, latest.stderr
    assert (tmp_path / "latest" / "second-version").is_dir()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--template", "git+file:///nowhere/at/all"], "does not appear to be a git repository"),
        (["--template", "{repo}", "--directory", "sub", "--checkout", "v9"], "The v9 branch of repository"),
        (["--template", "{repo}", "--checkout", "--upload-pack=x"], "is not a branch, tag or commit"),
        (["--template", "/no/such/folder"], "could not be found"),
        (["--directory", "sub"], "--directory and --checkout go with --template"),
        (["--template", "{repo}", "-f", "flask"], "--template replaces --framework"),
        (
            ["NAME", "--template", str(COMPAT / "15-values-without-project-name")],
            "has no project_name option",
        ),
        (["--template", str(TEMPLATE), "--set", "colour=red"], "unknown option 'colour'"),
    ],
)
def test_mistakes_are_one_line_and_leave_nothing(args: list[str], expected: str, repository: Path,
                                                 tmp_path: Path) -> None:  # fmt: skip
    work = tmp_path / "work"
    work.mkdir()
    args = [arg.replace("{repo}", f"git+file://{repository}") for arg in args]
    result = fwgen(*args, "--no-input", cwd=work)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert lines[0].startswith("fwgen: error: ") and expected in lines[0]
    assert list(work.iterdir()) == []


def test_without_a_terminal_the_missing_options_are_named(tmp_path: Path) -> None:
    result = fwgen("--template", str(COMPAT / "14-user-config"), cwd=tmp_path)
    assert result.returncode == 2
    assert "--set full_name=TEXT --set license=MIT|BSD-3 --set open=yes|no" in result.stderr


def test_in_a_terminal_the_nested_template_and_the_options_are_asked(tmp_path: Path) -> None:
    from support.screen import DOWN, ENTER, Screen

    if not hasattr(os, "openpty"):
        pytest.skip("needs a POSIX pseudo-terminal")
    argv = [sys.executable, "-m", "generator", "new", "--template", str(COMPAT / "05-nested-templates")]
    term = Screen(argv, tmp_path)
    try:
        term.expect("Which template?")
        term.send(DOWN + ENTER)  # the second sub-template: lib
        term.expect("project_slug")
        term.send("\x7f" * 20 + "typed-slug" + ENTER)  # a plain folder name: no identifier rule here
        assert term.process.wait(timeout=60) == 0, term.output[-2000:]
    finally:
        term.close()
    assert (tmp_path / "typed-slug" / "which.txt").read_text() == "lib\n"

"""fwgen's use of git: run it with fwgen's own identity, find a project's repository, and keep the
pristine tree of a generation (what the template produced, before any user edit) under a ref, so
`fwgen update` can three-way merge without the old template version.

Only the `git` command is used, never a reimplementation. fwgen's own commits carry a fixed identity
(a CI machine has none configured) and are made with plumbing (write-tree, commit-tree, update-ref),
so the user's hooks and signing settings neither run nor stop them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.errors import FwgenError

IDENTITY = {
    "GIT_AUTHOR_NAME": "fwgen",
    "GIT_AUTHOR_EMAIL": "fwgen@localhost",
    "GIT_COMMITTER_NAME": "fwgen",
    "GIT_COMMITTER_EMAIL": "fwgen@localhost",
}
# Variables that would point git somewhere other than the repository fwgen names.
_REPOSITORY_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_PREFIX",
)
TOP_REF = "refs/fwgen/base"


class GitFailed(FwgenError):
    """A git command failed; the message is the last line of its complaint (git's "fatal: ...")."""


def git_missing() -> bool:
    return shutil.which("git") is None


def git(
    *args: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    ok: tuple[int, ...] = (0,),
    own_group: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run ``git args`` and return the finished process; an exit status outside ``ok`` is a GitFailed.

    ``own_group`` starts git in a process group of its own, so a Ctrl-C in the terminal (sent to
    fwgen's whole group) cannot cut a step that fwgen holds signals off around.
    """
    environ = {k: v for k, v in os.environ.items() if k not in _REPOSITORY_VARIABLES}
    environ.update({**IDENTITY, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"})
    environ.update(env or {})
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, env=environ, input=stdin, capture_output=True, text=True,
            process_group=0 if own_group else None,
        )  # fmt: skip
    except FileNotFoundError:
        raise FwgenError("git is not installed (fwgen update needs it)") from None
    if done.returncode not in ok:
        complaint = (
            done.stderr.strip() or done.stdout.strip() or f"exit status {done.returncode}"
        ).splitlines()
        raise GitFailed(f"git {args[0]} failed: {complaint[-1] if complaint else ''}", 1)
    return done


def out(*args: str, **kwargs: object) -> str:
    """The standard output of ``git args``, without the final newline."""
    return git(*args, **kwargs).stdout.rstrip("\n")  # type: ignore[arg-type]


@dataclass(frozen=True)
class Repository:
    """The repository a project lives in: its top folder, git folder, objects, and the project's
    place in it (``prefix``: "" when the project is the repository, else "sub/dir/")."""

    top: Path
    git_dir: Path
    objects: Path
    prefix: str
    object_format: str = "sha1"

    @property
    def base_ref(self) -> str:
        """Where the pristine tree of the project's last generation is kept. A project nested in a
        bigger repository gets a ref named after its folder (hashed: a folder name may hold
        characters a ref name cannot)."""
        if not self.prefix:
            return TOP_REF
        return f"refs/fwgen/nested/{hashlib.sha1(self.prefix.encode()).hexdigest()[:20]}"

    def run(self, *args: str, **kwargs: object) -> str:
        return out(*args, cwd=self.top, **kwargs)


def repository_of(folder: Path) -> Repository | None:
    """The repository ``folder`` is in (None when it is in none)."""
    done = git(
        "rev-parse", "--show-toplevel", "--absolute-git-dir", "--git-path", "objects",
        "--show-object-format", "--show-prefix", cwd=folder, ok=(0, 128),
    )  # fmt: skip
    if done.returncode != 0:
        return None
    top, git_dir, objects, object_format, prefix = [*done.stdout.split("\n"), ""][:5]
    return Repository(Path(top), Path(git_dir), (Path(folder) / objects).resolve(), prefix, object_format)


def enclosing_repository(folder: Path) -> Repository | None:
    """The repository that holds ``folder`` from above, looked for cheaply: git is only asked when
    some parent has a .git entry, which keeps `fwgen new` in an ordinary folder one process faster."""
    for parent in Path(os.path.abspath(folder)).parents:
        if (parent / ".git").exists():
            return repository_of(folder)
    return None


def tree_of_folder(folder: Path, git_dir: Path, env: Mapping[str, str] | None = None) -> str:
    """Store ``folder``'s files (what `git add -A` takes: .gitignore honoured) as a tree in the
    repository at ``git_dir``, through an index of its own, and return the tree id."""
    with tempfile.TemporaryDirectory(prefix="fwgen-index-") as scratch:
        own = {
            "GIT_DIR": str(git_dir),
            "GIT_WORK_TREE": str(folder),
            "GIT_INDEX_FILE": str(Path(scratch) / "index"),
            **(env or {}),
        }
        git("add", "--all", "--", ".", cwd=folder, env=own)
        return out("write-tree", cwd=folder, env=own)


def commit_tree(
    tree: str, message: str, *parents: str, cwd: Path, env: Mapping[str, str] | None = None
) -> str:
    args = ["commit-tree", "--no-gpg-sign", tree, "-m", message]
    for parent in parents:
        args += ["-p", parent]
    return out(*args, cwd=cwd, env=env)


def init_project_repository(project: Path) -> str:
    """Make ``project`` a git repository whose one commit is the pristine generated tree, and point
    the base ref at it. Returns the commit id. On any failure or interruption the half-made .git is
    removed again: the project itself is complete either way."""
    git_dir = project / ".git"
    try:
        # No template folder: the sample hooks are not worth copying into every project.
        git("init", "--quiet", "--template=", cwd=project)
        git("add", "--all", cwd=project)  # the project's own index: its files show as committed
        commit = commit_tree(out("write-tree", cwd=project), f"Generated by fwgen {__version__}", cwd=project)
        git("update-ref", "--stdin", cwd=project, stdin=f"update HEAD {commit}\nupdate {TOP_REF} {commit}\n")
        return commit
    except BaseException:
        shutil.rmtree(git_dir, ignore_errors=True)
        raise


def record_pristine_in(repository: Repository, project: Path) -> str:
    """For a project made inside an existing repository: store its pristine tree in that repository
    and point the project's base ref at it, without touching the repository's index, HEAD or files."""
    tree = tree_of_folder(project, repository.git_dir)
    commit = commit_tree(tree, f"fwgen: pristine tree of {repository.prefix or '.'}", cwd=repository.top)
    repository.run("update-ref", repository.base_ref, commit)
    return commit


@contextlib.contextmanager
def scratch_repository(repository: Repository, *, keep_objects: bool) -> Iterator[dict[str, str]]:
    """A throw-away bare repository that reads the project's objects, for merging without touching
    the project's refs, index or files. Yields the environment that points git at it.

    With ``keep_objects`` new objects go into the project's object store (they are needed when the
    result is applied); without it they stay in the scratch folder and vanish with it, so a dry
    run writes nothing at all into the project.
    """
    with tempfile.TemporaryDirectory(prefix="fwgen-merge-") as scratch:
        # The same object format as the project's, whose object store it reads (and may write).
        git(
            "init", "--quiet", "--bare", "--template=", f"--object-format={repository.object_format}", scratch
        )
        env = {"GIT_DIR": scratch}
        if keep_objects:
            env["GIT_OBJECT_DIRECTORY"] = str(repository.objects)
        else:
            env["GIT_ALTERNATE_OBJECT_DIRECTORIES"] = str(repository.objects)
        yield env


def start_history(project: Path) -> str:
    """What `fwgen new` does after writing ``project``: make it a repository with one commit of the
    pristine tree, or, inside an existing repository, only record that tree there. Returns the line
    to tell the user; a failure of git never fails the project, which is complete either way."""
    if git_missing():
        return "Skipped the git repository: git is not installed (fwgen update will need one)."
    project = Path(os.path.abspath(project))
    try:
        enclosing = enclosing_repository(project)
        if enclosing is not None:
            record_pristine_in(enclosing, project)
            return (
                f"It is inside the git repository at {enclosing.top}: recorded its pristine tree "
                f"there ({enclosing.base_ref}) for fwgen update; commit the project when you are ready."
            )
        init_project_repository(project)
    except GitFailed as error:
        return f"Skipped the git repository: {error}"
    return "Made it a git repository with one commit of the generated files."

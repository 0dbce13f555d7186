"""`fwgen update`: bring a generated project up to the current template, or change an answer,
keeping every line of the user's work.

The recorded answers (.fwgen.json) plus any changes are rendered with ``create_project`` into a
temporary folder; git merges that render (theirs) into the project's HEAD (ours) over the pristine
tree of the last generation (base, kept under a ref by `fwgen new`). All of that happens in a
scratch repository; the project's HEAD, index and files change only in the last step, with
Ctrl-C, SIGTERM and SIGHUP held off and git in a process group of its own, so an interruption
leaves either the project as it was or the update complete.

Each pristine tree is a commit (its parent the previous pristine one); the update commit has it as
its second parent, so `git log --graph` shows the template's line beside the user's. With
conflicts (or --no-commit) the files and index are left the way `git merge` leaves them, with
MERGE_HEAD set: `git commit` finishes the update, `git merge --abort` gives it up.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import __version__
from generator.errors import FwgenError
from generator.git_repo import (
    Repository,
    commit_tree,
    git,
    git_missing,
    repository_of,
    scratch_repository,
    tree_of_folder,
)
from generator.merge import Merged, graft, three_way
from generator.record import RECORD_FILE
from generator.request import Request
from generator.signals import held_off


@dataclass
class Update:
    project: Path
    framework: str
    answers_changed: dict[str, tuple[Any, Any]]  # key -> (recorded, new)
    merged: Merged
    base: str  # where the pristine base came from: "recorded", or "rendered" when no record was found
    commit: str | None = None  # the update commit; None for a dry run, conflicts or --no-commit
    finish: list[str] = field(default_factory=list)  # the paths to `git add` (relative to the project)
    unchanged: bool = False  # the project's files already are what the merge gives
    prefix: str = ""  # the project's folder in its repository ("" when it is the repository)

    @property
    def conflicted(self) -> list[str]:
        return sorted(self.merged.conflicts)

    def shown(self, path: str) -> str:
        """A repository path as the user sees it: relative to the project's folder."""
        return path.removeprefix(self.prefix)


def _pending_ref(repository: Repository) -> str:
    """The pristine tree of an update that waits for the user's `git commit` (conflicts,
    --no-commit); it becomes the base once HEAD contains it."""
    return repository.base_ref.replace("refs/fwgen/", "refs/fwgen/pending-", 1)


def _commit_of(repository: Repository, rev: str) -> str | None:
    done = git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", cwd=repository.top, ok=(0, 1))
    return done.stdout.strip() or None


def _dirty(repository: Repository) -> list[str]:
    """Changed, staged and untracked (not ignored) files of the whole repository."""
    # GIT_OPTIONAL_LOCKS=0: status must not refresh the index file, so a dry run writes nothing.
    listing = git(
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        cwd=repository.top,
        env={"GIT_OPTIONAL_LOCKS": "0"},
    ).stdout
    names, records = [], iter(listing.split("\0"))
    for record in records:
        if record:
            names.append(record[3:])
            if record[0] in "RC":  # a rename's source path follows
                next(records, None)
    return names


def open_project(path: Path) -> tuple[Repository, str]:
    """The repository and HEAD commit of the project at ``path``, checked: a one-line error for no
    git, no project, no repository, no commit, an update or merge in progress, or a dirty tree."""
    if git_missing():
        raise FwgenError("fwgen update needs git, and git is not installed")
    if not path.is_dir():
        raise FwgenError(f"{path} is not a folder")
    if not (path / RECORD_FILE).is_file():
        raise FwgenError(f"{path} is not a project made by fwgen: it has no {RECORD_FILE}")
    repository = repository_of(path)
    if repository is None:
        raise FwgenError(
            f"{path} is not in a git repository; commit the project first "
            "(git init && git add -A && git commit -m start)"
        )
    head = _commit_of(repository, "HEAD")
    if head is None:
        raise FwgenError(f"the repository at {repository.top} has no commit yet; commit the project first")
    if (repository.git_dir / "MERGE_HEAD").exists():
        raise FwgenError(
            "a merge or update is in progress; finish it with git commit or give it up with git merge --abort"
        )
    dirty = _dirty(repository)
    if dirty:
        shown = ", ".join(dirty[:8]) + (f" and {len(dirty) - 8} more" if len(dirty) > 8 else "")
        raise FwgenError(f"the working tree has uncommitted changes ({shown}); commit or stash them first")
    return repository, head


def _request(path: Path, sets: dict[str, Any], say: Callable[[str], None]) -> tuple[Request, dict[str, Any]]:
    """The request that renders the project now: its recorded framework, needs and answers, with
    ``sets`` over them. Recorded answers the template no longer has are dropped (and said)."""
    from generator.answers import load_answers_file
    from generator.project import check_given
    from generator.template_lookup import load_template

    framework, recorded, needs = load_answers_file(path / RECORD_FILE)
    if framework is None:
        raise FwgenError(f"{path / RECORD_FILE} names no framework")
    template = load_template(framework)
    gone = [key for key in recorded if key not in template.all_keys]
    if gone:
        say(f"The {framework} template no longer has {', '.join(gone)}; dropped from the answers.")
    recorded = {k: v for k, v in recorded.items() if k in template.all_keys}
    request = Request(framework=framework).with_answers(recorded, "recorded").with_needs(needs)
    request = request.with_answers(sets, "flag")
    check_given(template, request)
    return request, recorded


def _base(repository: Repository, head: str) -> str | None:
    """The pristine commit of the project's last generation: a pending one HEAD now contains (the
    user committed that update), else the recorded one."""
    pending = _commit_of(repository, _pending_ref(repository))
    if pending is not None:
        done = git("merge-base", "--is-ancestor", pending, head, cwd=repository.top, ok=(0, 1))
        if done.returncode == 0:
            return pending
    return _commit_of(repository, repository.base_ref)


def update_project(
    path: Path,
    sets: dict[str, Any],
    *,
    dry_run: bool = False,
    commit: bool = True,
    ask: Callable[[Request], dict[str, Any]] | None = None,
    say: Callable[[str], None] = lambda line: None,
    applied: Callable[[], None] = lambda: None,
) -> Update:
    """Update the project at ``path`` with ``sets`` over its recorded answers (``ask``, when given,
    returns further changes from the user). ``applied`` is told once the project has changed, so an
    interruption after that point is reported truthfully."""
    from generator.project import create_project
    from generator.render import checkpoint

    repository, head = open_project(path)
    request, recorded = _request(path, sets, say)
    if ask is not None:
        request = request.with_answers(ask(request), "flag")
    base_commit = _base(repository, head)
    with (
        scratch_repository(repository, keep_objects=not dry_run) as env,
        tempfile.TemporaryDirectory(prefix="fwgen-update-") as work,
    ):
        scratch, top = Path(env["GIT_DIR"]), repository.top
        created = create_project(request.changed(output_dir=Path(work) / "new", force=False))
        theirs = tree_of_folder(created.path, scratch, env)
        if base_commit is not None:
            base, how = f"{base_commit}^{{tree}}", "recorded"
        else:
            # No pristine tree (a --no-git project committed later, a fresh clone without refs/fwgen/):
            # the recorded answers rendered now stand in. The user's work is kept all the same; what
            # the template changed since then shows as the user's own lines.
            say("No pristine tree of the last generation is recorded; the recorded answers stand in.")
            old = create_project(
                Request(framework=created.framework, needs=request.needs, output_dir=Path(work) / "old")
                .with_answers(recorded, "recorded")
            )  # fmt: skip
            base, how = tree_of_folder(old.path, scratch, env), "rendered"
        head_tree = git("rev-parse", f"{head}^{{tree}}", cwd=top).stdout.strip()
        index = scratch / "graft-index"
        merged = three_way(
            graft(head_tree, repository.prefix, base, cwd=top, env=env, index=index),
            head_tree,
            graft(head_tree, repository.prefix, theirs, cwd=top, env=env, index=index),
            cwd=top, env=env, index=index,
        )  # fmt: skip
        changed = {k: (recorded.get(k), v) for k, v in created.answers.items() if recorded.get(k) != v}
        result = Update(path, created.framework, changed, merged, how, prefix=repository.prefix)
        result.finish = [result.shown(p) for p in result.conflicted]
        result.unchanged = merged.tree == head_tree and not merged.conflicts
        if dry_run:
            return result
        message = _message(result)
        pristine = commit_tree(
            theirs, f"fwgen: pristine {created.framework} project\n\n{message}",
            *([base_commit] if base_commit else []), cwd=top, env=env,
        )  # fmt: skip
        checkpoint("update-merged")
        result.commit = _apply(repository, head, head_tree, merged, pristine, message, commit, applied)
    return result


def _message(update: Update) -> str:
    changes = ", ".join(f"{k}: {old} -> {new}" for k, (old, new) in update.answers_changed.items())
    return f"fwgen update: {update.framework} template of fwgen {__version__}" + (
        f" ({changes})" if changes else ""
    )


def _apply(
    repository: Repository,
    head: str,
    head_tree: str,
    merged: Merged,
    pristine: str,
    message: str,
    commit: bool,
    applied: Callable[[], None],
) -> str | None:
    """Move the project's files, index and refs to the merge result, all or nothing."""
    from generator.render import checkpoint

    base_ref, pending_ref = repository.base_ref, _pending_ref(repository)
    with held_off():
        checkpoint("update-applying")
        if merged.tree == head_tree and not merged.conflicts:  # nothing to change but the base
            repository.run(
                "update-ref", "--stdin", stdin=f"update {base_ref} {pristine}\ndelete {pending_ref}\n"
            )
            applied()
            return None
        if commit and not merged.conflicts:
            new = commit_tree(merged.tree, message, head, pristine, cwd=repository.top)
            repository.run("read-tree", "-m", "-u", head, new, own_group=True)
            try:
                repository.run(
                    "update-ref", "--stdin", own_group=True,
                    stdin=f"update HEAD {new} {head}\nupdate {base_ref} {pristine}\ndelete {pending_ref}\n",
                )  # fmt: skip
            except BaseException:
                repository.run("reset", "--hard", "--quiet", head, own_group=True)
                raise
            applied()
            return new
        repository.run("read-tree", "-m", "-u", head, merged.tree, own_group=True)
        try:
            if merged.conflicts:
                repository.run("update-index", "--index-info", stdin=merged.index_lines(), own_group=True)
            repository.run("update-ref", pending_ref, pristine, own_group=True)
            (repository.git_dir / "MERGE_MSG").write_text(message + "\n", encoding="utf-8")
            (repository.git_dir / "MERGE_HEAD").write_text(pristine + "\n", encoding="utf-8")
        except BaseException:
            (repository.git_dir / "MERGE_HEAD").unlink(missing_ok=True)
            (repository.git_dir / "MERGE_MSG").unlink(missing_ok=True)
            repository.run("reset", "--hard", "--quiet", head, own_group=True)
            raise
        applied()
        return None


def ask_changes(request: Request) -> dict[str, Any]:
    """In a terminal: the template's choice and yes/no questions, the recorded answers as defaults
    (like `copier update`); returns the answers that differ."""
    from generator.flow import ask_option
    from generator.template_lookup import load_template

    template = load_template(request.framework or "")
    given = request.given
    changes: dict[str, Any] = {}
    for option in template.options:
        if option.kind not in {"choice", "boolean"} or option.key not in given:
            continue
        value = ask_option(template, option, given[option.key], list(option.choices))
        if value != given[option.key]:
            changes[option.key] = value
    return changes

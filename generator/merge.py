"""The three-way merge of `fwgen update`, done by git (`git merge-tree --write-tree`, ort) in a
scratch repository, so nothing of the project (HEAD, index, files) changes while it is worked out.

base = the pristine tree of the last generation, ours = the project's HEAD, theirs = the template
rendered now. Two outcomes of git's merge are settled the way a generated project wants, not left
as conflicts: a file the user deleted that the template changed stays deleted, and a file the
template no longer makes that the user changed is kept. Both are reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.git_repo import commit_tree, git, out

# The names git writes on the conflict markers: <<<<<<< yours ... >>>>>>> template
OURS_LABEL = "yours"
THEIRS_LABEL = "template"
NO_OBJECT = "0" * 40


@dataclass(frozen=True)
class Entry:
    mode: str
    oid: str


@dataclass
class Merged:
    """What merging produced: the tree the project would have, and what happened to each path."""

    tree: str  # the merged tree; conflicted files hold git's conflict markers
    changes: list[tuple[str, str]] = field(default_factory=list)  # (A|M|D, path) against HEAD
    conflicts: dict[str, dict[int, Entry]] = field(default_factory=dict)  # path -> stage -> entry
    kept: list[str] = field(default_factory=list)  # the template dropped it, the user had changed it
    stay_deleted: list[str] = field(default_factory=list)  # the user deleted it, the template changed it

    def index_lines(self) -> str:
        """``git update-index --index-info`` input that records the conflicts as unmerged entries."""
        lines = []
        for path, stages in self.conflicts.items():
            lines.append(f"0 {NO_OBJECT}\t{path}")
            lines += [f"{e.mode} {e.oid} {stage}\t{path}" for stage, e in sorted(stages.items())]
        return "".join(line + "\n" for line in lines)


def graft(tree: str, prefix: str, subtree: str, *, cwd: Path, env: Mapping[str, str], index: Path) -> str:
    """``tree`` with the folder ``prefix`` ("a/b/") replaced by ``subtree``; ``subtree`` itself when
    the prefix is empty (the project is the whole repository)."""
    if not prefix:
        return subtree

    def entries(of: str) -> list[str]:  # ls-tree's "<mode> <type> <oid>\t<path>", which --index-info reads
        return [line for line in git("ls-tree", "-r", "-z", of, cwd=cwd, env=env).stdout.split("\0") if line]

    outside = [line for line in entries(tree) if not line.partition("\t")[2].startswith(prefix)]
    inside = [
        f"{info}\t{prefix}{path}" for info, _, path in (line.partition("\t") for line in entries(subtree))
    ]
    own = {**env, "GIT_INDEX_FILE": str(index)}
    index.unlink(missing_ok=True)
    git(
        "update-index",
        "--add",
        "--index-info",
        cwd=cwd,
        env=own,
        stdin="".join(f"{e}\n" for e in outside + inside),
    )
    return out("write-tree", cwd=cwd, env=own)


def _conflicted_entries(output: str) -> tuple[str, dict[str, dict[int, Entry]]]:
    """merge-tree's -z output: the merged tree, then ``<mode> <oid> <stage>\\t<path>`` records up to
    an empty one (informational messages follow, which the file list already says)."""
    records = output.split("\0")
    stages: dict[str, dict[int, Entry]] = {}
    for record in records[1:]:
        if not record:
            break
        info, _, path = record.partition("\t")
        mode, oid, stage = info.split()
        stages.setdefault(path, {})[int(stage)] = Entry(mode, oid)
    return records[0], stages


def three_way(base: str, ours: str, theirs: str, *, cwd: Path, env: Mapping[str, str], index: Path) -> Merged:
    """Merge the trees ``base``, ``ours`` and ``theirs`` with git in the scratch repository ``env``
    points at (refs there are the scratch repository's own)."""
    base_commit = commit_tree(base, "base", cwd=cwd, env=env)
    ours_commit = commit_tree(ours, OURS_LABEL, base_commit, cwd=cwd, env=env)
    theirs_commit = commit_tree(theirs, THEIRS_LABEL, base_commit, cwd=cwd, env=env)
    labels = (
        f"update refs/heads/{OURS_LABEL} {ours_commit}\nupdate refs/heads/{THEIRS_LABEL} {theirs_commit}\n"
    )
    git("update-ref", "--stdin", cwd=cwd, env=env, stdin=labels)
    done = git("merge-tree", "--write-tree", "-z", OURS_LABEL, THEIRS_LABEL, cwd=cwd, env=env, ok=(0, 1))
    tree, stages = _conflicted_entries(done.stdout)
    merged = Merged(tree)
    settled = []
    for path, entries in stages.items():
        if set(entries) == {1, 2}:  # the template dropped it, the user changed it: keep the user's
            merged.kept.append(path)
            settled.append(f"{entries[2].mode} {entries[2].oid}\t{path}")
        elif set(entries) == {1, 3}:  # the user deleted it; the template changed it: stays deleted
            merged.stay_deleted.append(path)
            settled.append(f"0 {NO_OBJECT}\t{path}")
        else:
            merged.conflicts[path] = entries
    if settled:
        own = {**env, "GIT_INDEX_FILE": str(index)}
        index.unlink(missing_ok=True)
        git("read-tree", tree, cwd=cwd, env=own)
        git("update-index", "--index-info", cwd=cwd, env=own, stdin="".join(f"{line}\n" for line in settled))
        merged.tree = out("write-tree", cwd=cwd, env=own)
    listing = git(
        "diff-tree", "-r", "-z", "--no-renames", "--name-status", ours, merged.tree, cwd=cwd, env=env
    )
    fields = [f for f in listing.stdout.split("\0") if f]
    merged.changes = list(zip(fields[0::2], fields[1::2], strict=True))
    return merged

"""`fwgen update` on every template (slow): generate, change the project the way a user does, then
turn Docker on with `fwgen update --set docker=yes`; the Docker files arrive, every user change
stays, and the project still installs and passes its own tests and lint. One install per template."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.matrix import template_names
from support.project import Project
from support.updating import commit_all, environ, fwgen, git

USER_TEST = """def test_a_file_the_user_added() -> None:
    assert "kept".upper() == "KEPT"
"""


def edit_a_setting(project: Path) -> str:
    """Change one line of .env.example, the project's settings file: the value of the first setting
    that is not a secret placeholder, or (where every setting is a secret) its first comment line.
    Returns the new line."""
    settings = project / ".env.example"
    lines = settings.read_text().splitlines(keepends=True)
    number, line = next(
        ((n, line) for n, line in enumerate(lines) if re.match(r"[A-Z_]+=(?!change-me$)", line.rstrip("\n"))),
        (0, lines[0]),
    )
    key, sep, _ = line.partition("=")
    lines[number] = f"{key}=edited-by-the-user\n" if sep else "# Settings, as the user describes them.\n"
    settings.write_text("".join(lines))
    return lines[number]


@pytest.mark.slow
@pytest.mark.parametrize("template", template_names())
def test_update_turns_docker_on_and_keeps_the_user_s_changes(tmp_path: Path, template: str) -> None:
    home = tmp_path / "home"  # no git identity, as on CI
    home.mkdir()
    env = environ(home)
    made = fwgen("new", "shop", "-f", template, "--no-input", "--set", "docker=no", cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    project = tmp_path / "shop"
    edited = edit_a_setting(project)
    (project / "tests" / "test_user_added.py").write_text(USER_TEST)
    (project / ".github" / "workflows" / "ci.yml").unlink()
    commit_all(project, "my changes", env)

    done = fwgen("update", "--set", "docker=yes", "--no-input", cwd=project, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("Dockerfile", "compose.yaml", ".dockerignore"):
        assert (project / name).is_file(), name
    assert edited in (project / ".env.example").read_text()
    assert (project / "tests" / "test_user_added.py").read_text() == USER_TEST
    assert not (project / ".github" / "workflows" / "ci.yml").exists()
    assert git("status", "--porcelain", "--untracked-files=all", cwd=project, env=env) == ""
    assert '"docker": "yes"' in (project / ".fwgen.json").read_text()

    baked = Project(project)
    baked.install()
    baked.run_own_checks()
    own = baked.run("pytest", "-q", "-p", "no:cacheprovider", "tests/test_user_added.py")
    assert "1 passed" in own.stdout

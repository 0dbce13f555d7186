"""What `fwgen new` prints after creating a project: commands that work on a fresh machine.

uv is not installed by fwgen, so the uv commands say how to get it, and the pip fallback works with
the pip a new virtual environment has: `--group` needs pip 25.1, Python 3.11's venv comes with pip
23, so pip is upgraded first. Every generated README's "Set up" section says the same
(templates/_shared/partials/readme_install).
"""

from __future__ import annotations

UV_COMMANDS = ("uv sync", "uv run pytest")
UV_HOW = "no uv yet? pipx install uv, or see https://docs.astral.sh/uv/getting-started/installation/"
PIP_COMMANDS = (
    "python3 -m venv .venv && . .venv/bin/activate",
    "python -m pip install --upgrade pip",
    "pip install -e . --group dev",
    "pytest",
)


def next_steps(folder: str) -> list[str]:
    """The lines to print; ``folder`` is the project folder, already quoted for the shell."""
    return [
        "Next steps:",
        f"  cd {folder}",
        *(f"  {command}" for command in UV_COMMANDS),
        f"  ({UV_HOW})",
        "Or with pip only (the upgrade gives pip 25.1+, which --group needs):",
        *(f"  {command}" for command in PIP_COMMANDS),
        "README.md has the run, lint, migration and production-server commands.",
    ]

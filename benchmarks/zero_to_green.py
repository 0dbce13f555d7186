"""Zero to green: how long from `fwgen new` to a project whose own tests pass, per template.

For each template (defaults, or every template when none is named): generate it with fwgen, install
it with `uv sync` (the uv cache warmed by one earlier install of the same template, as on a
developer's machine), and run its tests, timing each step. Prints one row per template.

Run it with the fwgen environment active: python benchmarks/zero_to_green.py [--runs N] [TEMPLATE ...]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.baked import Project  # noqa: E402  (the repository's own package, from a checkout)


def once(template: str) -> tuple[float, float, float]:
    work = Path(tempfile.mkdtemp(prefix="fwgen-z2g-"))
    try:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", "new", "demo", "-f", template, "--no-input"],
            cwd=work, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        generated = time.perf_counter()
        project = Project(work / "demo")
        project.install()
        installed = time.perf_counter()
        project.run("pytest", "-q", "-p", "no:cacheprovider")
        tested = time.perf_counter()
        return generated - started, installed - generated, tested - installed
    finally:
        shutil.rmtree(work)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("templates", nargs="*")
    args = parser.parse_args()
    names = args.templates or sorted(p.parent.name for p in (REPO / "templates").glob("*/cookiecutter.json"))
    print(
        f"{'template':<10} {'generate':>9} {'install':>9} {'tests':>9} {'total':>9}   (median of {args.runs})"
    )
    for name in names:
        once(name)  # warm uv's cache for this template's dependencies
        runs = [once(name) for _ in range(args.runs)]
        steps = [statistics.median(step) for step in zip(*runs, strict=True)]
        total = statistics.median(sum(run) for run in runs)
        print(f"{name:<10} " + " ".join(f"{s:8.2f}s" for s in steps) + f" {total:8.2f}s")


if __name__ == "__main__":
    main()

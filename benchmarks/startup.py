"""Start-up and generation speed: fwgen against plain cookiecutter on the same template.

Prints the median wall time (and the spread) of `fwgen --help`, then for every template the median
of paired runs of

  fwgen new demo --framework <template> --no-input
  cookiecutter --no-input templates/<template>

(each pair run back to back, in alternating order, so both see the same machine load) and their
ratio. The target is a ratio of at most 0.6 on every template.

`fwgen new` makes the project a git repository (one commit) unless told --no-git; pass --no-git
here to time it without that step, and compare the two runs for the cost of the repository.

Run it with the fwgen environment active: python benchmarks/startup.py [--runs N] [--no-git] [TEMPLATE ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def timed(argv: list[str]) -> float:
    work = Path(tempfile.mkdtemp(prefix="fwgen-bench-"))
    try:
        start = time.perf_counter()
        subprocess.run(argv, cwd=work, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        return time.perf_counter() - start
    finally:
        shutil.rmtree(work)


def spread(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:7.1f} ms (min {min(times) * 1000:.1f}, n={len(times)})"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-git", action="store_true", help="time `fwgen new --no-git`")
    parser.add_argument("templates", nargs="*")
    args = parser.parse_args()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set; modules without cached bytecode compile on every run")
    fwgen, cookiecutter = str(BIN / "fwgen"), str(BIN / "cookiecutter")
    timed([fwgen, "--help"])  # warm the bytecode caches once
    print(f"{'fwgen --help':<34} {spread([timed([fwgen, '--help']) for _ in range(args.runs)])}")
    names = args.templates or sorted(p.parent.name for p in (REPO / "templates").glob("*/cookiecutter.json"))
    ratios = []
    for name in names:
        ours_argv = [fwgen, "new", "demo", "-f", name, "--no-input", *(["--no-git"] if args.no_git else [])]
        theirs_argv = [cookiecutter, "--no-input", str(REPO / "templates" / name)]
        timed(ours_argv), timed(theirs_argv)  # warm-up pair
        ours, theirs, paired = [], [], []
        for run in range(args.runs):
            first, second = (ours_argv, theirs_argv) if run % 2 == 0 else (theirs_argv, ours_argv)
            a, b = timed(first), timed(second)
            mine, other = (a, b) if first is ours_argv else (b, a)
            ours.append(mine)
            theirs.append(other)
            paired.append(mine / other)
        ratio = statistics.median(paired)
        ratios.append(ratio)
        print(f"{name:<10} fwgen new     {spread(ours)}")
        print(f"{name:<10} cookiecutter  {spread(theirs)}")
        print(f"{name:<10} ratio fwgen/cookiecutter (median of pairs) {ratio:.2f}")
    print(f"worst ratio {max(ratios):.2f} (target <= 0.60)")


if __name__ == "__main__":
    main()

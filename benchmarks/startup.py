"""Start-up and generation speed: fwgen against plain cookiecutter on the same template.

Prints the median wall time (and the spread) of:
  fwgen --help
  fwgen new demo --framework flask --no-input
  cookiecutter --no-input templates/flask

Run it with the fwgen environment active: python benchmarks/startup.py [--runs N]
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


def timed(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(label: str, argv: list[str], runs: int) -> None:
    times = []
    for _ in range(runs):
        work = Path(tempfile.mkdtemp(prefix="fwgen-bench-"))
        try:
            times.append(timed(argv, work))
        finally:
            shutil.rmtree(work)
    median, low, high = (statistics.median(times) * 1000, min(times) * 1000, max(times) * 1000)
    print(f"{label:<48} median {median:7.1f} ms  (min {low:.1f}, max {high:.1f}, n={runs})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set; modules without cached bytecode compile on every run")
    fwgen = str(BIN / "fwgen")
    cookiecutter = str(BIN / "cookiecutter")
    measure("fwgen --help", [fwgen, "--help"], args.runs)
    new = [fwgen, "new", "demo", "-f", "flask", "--no-input"]
    measure("fwgen new demo -f flask --no-input", new, args.runs)
    measure(
        "cookiecutter --no-input templates/flask",
        [cookiecutter, "--no-input", str(REPO / "templates" / "flask")],
        args.runs,
    )


if __name__ == "__main__":
    main()

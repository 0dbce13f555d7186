"""How long the page of `fwgen serve` waits for each API call.

Starts `fwgen serve` on a free loopback port and prints, per endpoint, the median and the spread of
N calls after one warm-up call: /api/recommend (the ranking, redrawn on every answer), /api/preview
(a project made in a worker process and read back; redrawn on every option) and /api/generate (the
zip). A preview or a zip costs one worker process: Python's start, fwgen's imports, the rendering.

Run it with the fwgen environment active (and the web extra): python benchmarks/serve_latency.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from support.web import served  # noqa: E402  (the tests' own way to start and stop the server)

CALLS = [
    ("/api/recommend", {"kind": "api", "needs": ["openapi"]}),
    ("/api/preview", {"framework": "fastapi", "answers": {"database": "sqlite"}}),
    ("/api/generate", {"framework": "django", "answers": {"database": "postgresql"}}),
]


def call(base: str, path: str, body: dict) -> float:
    request = urllib.request.Request(
        base + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as reply:
        reply.read()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work, served(cwd=Path(work)) as base:
        for path, body in CALLS:
            call(base, path, body)
            times = sorted(call(base, path, body) * 1000 for _ in range(args.runs))
            median = statistics.median(times)
            print(f"{path:<16} median {median:7.0f} ms   min {times[0]:6.0f}   max {times[-1]:6.0f}")


if __name__ == "__main__":
    main()

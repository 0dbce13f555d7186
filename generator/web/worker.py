"""One generation for the web server, in a process of its own: a job (JSON) on stdin, the project
written under the job's output folder, a one-line JSON result on stdout.

A process per generation lets the server bound its time (a stuck one is killed with its hooks)
and keeps cookiecutter's process-wide changes (working folder, import path) away from the server.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    from generator.errors import FwgenError
    from generator.project import create_project
    from generator.request import Request

    job = json.load(sys.stdin)
    request = Request(framework=job["framework"], output_dir=Path(job["output_dir"]))
    request = request.with_answers(job["answers"], "answers-file").with_needs(job["needs"])
    try:
        created = create_project(request)
    except FwgenError as error:
        print(json.dumps({"error": str(error)}))
        return error.exit_code
    print(json.dumps({"folder": created.path.name}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``.fwgen.json``: what made a project (fwgen's version, the framework, the needs, the answers), so
the run can be repeated (`fwgen new --answers`) and, later, updated. The one module that writes and
reads it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import __version__

RECORD_FILE = ".fwgen.json"


@dataclass(frozen=True)
class Record:
    framework: str
    answers: dict[str, Any]
    needs: dict[str, Any] = field(default_factory=dict)
    fwgen_version: str = __version__
    template: str = ""  # a template outside fwgen's folder, as given to `fwgen new --template`

    def to_json(self) -> str:
        data = {
            "fwgen_version": self.fwgen_version,
            "framework": self.framework,
            **({"template": self.template} if self.template else {}),
            **({"needs": self.needs} if self.needs else {}),
            "answers": self.answers,
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def write(self, project: Path) -> None:
        (project / RECORD_FILE).write_text(self.to_json(), encoding="utf-8")


def read_answers(project: Path) -> dict[str, Any]:
    """The recorded answers of a project folder, or {} when it has no record (not made by fwgen)."""
    path = project / RECORD_FILE
    if not path.is_file():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8"))["answers"])

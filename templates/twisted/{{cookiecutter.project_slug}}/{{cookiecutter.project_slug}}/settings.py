"""Settings, read once from environment variables (python -m also loads .env first)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

# Rendered by the HTML page, whose template engine escapes it.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip

TRUTHY = {"1", "true", "yes", "on"}


@dataclass(frozen=True, kw_only=True)
class Settings:
    debug: bool = False
    # DEBUG, INFO, WARNING or ERROR: the least severe log records written.
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """Variables that are unset (or empty) keep the defaults above."""
        return cls(
            debug=environ.get("DEBUG", "").strip().lower() in TRUTHY,
            log_level=environ.get("LOG_LEVEL", "").strip().upper() or "INFO",
        )

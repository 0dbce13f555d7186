"""The template tests drive baked projects through fwgen's own module (generator/baked.py), the one
`fwgen test` uses, so the two never disagree."""

from generator.baked import CheckFailed, Project, Response, find_python, free_port, http, uv_binary

__all__ = ["CheckFailed", "Project", "Response", "find_python", "free_port", "http", "uv_binary"]

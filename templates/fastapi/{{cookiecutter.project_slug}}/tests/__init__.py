"""The test suite: `uv run pytest`."""

"""The project's test suite (pytest-django)."""

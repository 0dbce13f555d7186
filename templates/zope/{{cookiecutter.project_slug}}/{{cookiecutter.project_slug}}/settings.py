"""Settings that belong to the code; secrets and machine-specific values come from the env."""

# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip

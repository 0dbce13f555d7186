"""Settings that belong to the code; secrets and machine-specific values come from the env."""

PROJECT_NAME = {{ cookiecutter.project_name|py_str }}

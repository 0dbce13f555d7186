"""Tests for {{ cookiecutter.project_slug }}."""

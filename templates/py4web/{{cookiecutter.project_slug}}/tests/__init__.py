"""Tests of the {{ cookiecutter.project_slug }} app, run against py4web's WSGI application."""

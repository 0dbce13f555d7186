"""The {{ cookiecutter.project_slug }} application package: `main.create_app` builds the ASGI app."""

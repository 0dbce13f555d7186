"""The {{ cookiecutter.project_slug }} application package.

`app.create_app` builds the application; `main.app` is the instance the server imports.
"""

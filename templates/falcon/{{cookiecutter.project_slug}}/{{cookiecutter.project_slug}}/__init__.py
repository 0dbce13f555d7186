"""{{ cookiecutter.project_slug }}: a Falcon {% if cookiecutter.interface == "asgi" %}ASGI{% else %}WSGI{% endif %} application; ``app.create_app()`` builds it."""

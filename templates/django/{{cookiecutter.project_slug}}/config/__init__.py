"""Project configuration: settings, root URLs and the {% if cookiecutter.async == "yes" %}ASGI and WSGI entry points{% else %}WSGI entry point{% endif %}."""

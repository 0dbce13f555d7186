"""Views, found by ``config.scan()`` through their @view_config decorators."""

"""The aiohttp application: `create_app()` in app.py builds it, `python -m` runs it."""

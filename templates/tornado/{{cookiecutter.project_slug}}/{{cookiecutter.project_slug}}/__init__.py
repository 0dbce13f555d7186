"""The Tornado application: `make_app()` in app.py builds it, `python -m` serves it."""

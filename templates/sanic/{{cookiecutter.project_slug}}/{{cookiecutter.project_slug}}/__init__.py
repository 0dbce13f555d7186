"""The Sanic application: `create_app()` in app.py builds it; `sanic ... --factory` serves it."""

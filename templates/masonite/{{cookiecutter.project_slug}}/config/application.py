"""Application settings, from environment variables (and .env)."""

import base64
import hashlib

from masonite.environment import env

# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip


def fernet_key(secret: str) -> str:
    """Masonite signs and encrypts cookies with Fernet, which takes a 32-byte url-safe base64 key:
    derive one from SECRET_KEY, so any long random string works as the secret."""
    if not secret or secret == "change-me":
        raise RuntimeError(
            "SECRET_KEY is not set: put a long random value in .env or the environment"
        )
    return base64.urlsafe_b64encode(hashlib.sha256(secret.encode()).digest()).decode()


KEY = fernet_key(env("SECRET_KEY", "", cast=False))

# Off unless APP_DEBUG=true: debug mode shows tracebacks (with settings) in the browser.
DEBUG = env("APP_DEBUG", False)

APP_URL = env("APP_URL", "http://localhost:8000/")

HASHING = {
    "default": "bcrypt",
    "bcrypt": {"rounds": 12},
}

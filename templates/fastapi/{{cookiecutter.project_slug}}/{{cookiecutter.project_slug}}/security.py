{%- if cookiecutter.auth == "jwt" -%}
"""Password hashing (Argon2 via pwdlib) and signed, expiring access tokens (PyJWT)."""

from datetime import UTC, datetime, timedelta

import jwt
from pwdlib import PasswordHash

ALGORITHM = "HS256"

password_hash = PasswordHash.recommended()

# Verified against when the username does not exist, so a login takes as long for unknown users
# as for a wrong password and response times do not reveal which usernames are registered.
DUMMY_HASH = password_hash.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return password_hash.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    if hashed is None:
        password_hash.verify(password, DUMMY_HASH)
        return False
    return password_hash.verify(password, hashed)


def create_access_token(subject: str, secret_key: str, expires_delta: timedelta) -> str:
    expire = datetime.now(UTC) + expires_delta
    return jwt.encode({"sub": subject, "exp": expire}, secret_key, algorithm=ALGORITHM)


def decode_access_token(token: str, secret_key: str) -> str | None:
    """The token's subject, or None when the token is malformed, tampered with or expired."""
    try:
        payload = jwt.decode(
            token, secret_key, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.InvalidTokenError:
        return None
    subject = payload["sub"]
    return subject if isinstance(subject, str) else None
{%- endif %}

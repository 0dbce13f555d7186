{%- if cookiecutter.auth == "jwt" -%}
"""Password hashing (Argon2 via pwdlib) and signed, expiring tokens (PyJWT).

Two kinds of token share the secret key, told apart by their `purpose` claim so that neither is
accepted as the other: access tokens (bearer credentials) and password reset tokens (sent by
email, and valid only for the password they were issued against, so they work once).
"""

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from pwdlib import PasswordHash

ALGORITHM = "HS256"
ACCESS = "access"
PASSWORD_RESET = "password-reset"

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


def password_fingerprint(hashed_password: str) -> str:
    """Changes whenever the password does (every hash has a fresh salt); reveals nothing of it."""
    return hashlib.sha256(hashed_password.encode()).hexdigest()[:32]


def _encode(claims: dict[str, Any], secret_key: str, expires_delta: timedelta) -> str:
    expire = datetime.now(UTC) + expires_delta
    return jwt.encode({**claims, "exp": expire}, secret_key, algorithm=ALGORITHM)


def _decode(token: str, secret_key: str, purpose: str) -> dict[str, Any] | None:
    """The token's claims, or None when it is malformed, tampered with, expired or for another
    purpose."""
    try:
        claims: dict[str, Any] = jwt.decode(
            token, secret_key, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.InvalidTokenError:
        return None
    if claims.get("purpose") != purpose or not isinstance(claims["sub"], str):
        return None
    return claims


def create_access_token(subject: str, secret_key: str, expires_delta: timedelta) -> str:
    return _encode({"sub": subject, "purpose": ACCESS}, secret_key, expires_delta)


def decode_access_token(token: str, secret_key: str) -> str | None:
    """The token's subject (the user id), or None when the token is not a valid access token."""
    claims = _decode(token, secret_key, ACCESS)
    return claims["sub"] if claims else None


def create_reset_token(
    user_id: int, hashed_password: str, secret_key: str, expires_delta: timedelta
) -> str:
    claims = {
        "sub": str(user_id),
        "purpose": PASSWORD_RESET,
        "pwd": password_fingerprint(hashed_password),
    }
    return _encode(claims, secret_key, expires_delta)


def decode_reset_token(token: str, secret_key: str) -> tuple[str, str] | None:
    """(user id, fingerprint of the password it may replace), or None for an invalid token."""
    claims = _decode(token, secret_key, PASSWORD_RESET)
    if claims is None or not isinstance(claims.get("pwd"), str):
        return None
    return claims["sub"], claims["pwd"]
{%- endif %}

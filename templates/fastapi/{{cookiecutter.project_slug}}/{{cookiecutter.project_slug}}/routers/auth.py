{%- if cookiecutter.auth == "jwt" -%}
"""Sign-in (OAuth2 password flow: username and password for a bearer token) and password reset.

Signing out is the client forgetting its token; tokens expire after ACCESS_TOKEN_EXPIRE_MINUTES.
"""

from datetime import timedelta
from typing import Annotated
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select

from {{ cookiecutter.project_slug }}.dependencies import SessionDep, SettingsDep
from {{ cookiecutter.project_slug }}.mail import send_email
from {{ cookiecutter.project_slug }}.models import User
from {{ cookiecutter.project_slug }}.schemas import PasswordReset, PasswordResetRequest, Token
from {{ cookiecutter.project_slug }}.security import (
    create_access_token,
    create_reset_token,
    decode_reset_token,
    hash_password,
    password_fingerprint,
    verify_password,
)

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/token")
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    # Argon2 is deliberately slow: verify in a worker thread so the event loop keeps serving.
    hashed = user.hashed_password if user else None
    if not await run_in_threadpool(verify_password, form.password, hashed):
        user = None
    if user is None or not user.is_active:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = create_access_token(
        str(user.id),
        settings.secret_key,
        timedelta(minutes=settings.access_token_expire_minutes),
    )
    return Token(access_token=token)


@router.post("/password-reset", status_code=status.HTTP_202_ACCEPTED)
async def request_password_reset(
    body: PasswordResetRequest,
    session: SessionDep,
    settings: SettingsDep,
    background_tasks: BackgroundTasks,
) -> None:
    """Email a reset link to the address, if a user has it. The answer is the same either way,
    so it does not tell who is registered."""
    user = await session.scalar(select(User).where(User.email == body.email))
    if user is None or not user.is_active:
        return
    expires = settings.password_reset_expire_minutes
    token = create_reset_token(
        user.id, user.hashed_password, settings.secret_key, timedelta(minutes=expires)
    )
    link = reset_link(settings.password_reset_url, token)
    text = (
        f"Someone asked to reset the password of {user.username}. If it was you, follow this link\n"
        f"within {expires} minutes to choose a new password:\n\n{link}\n\n"
        "If it was not you, ignore this email: your password stays as it is.\n"
    )
    background_tasks.add_task(send_email, settings, user.email, "Reset your password", text)


def reset_link(page: str, token: str) -> str:
    """The frontend's reset page with the token in its query string, beside any query it has."""
    url = urlsplit(page)
    query = urlencode([*parse_qsl(url.query), ("token", token)])
    return urlunsplit(url._replace(query=query))


@router.post("/password-reset/confirm", status_code=status.HTTP_204_NO_CONTENT)
async def reset_password(body: PasswordReset, session: SessionDep, settings: SettingsDep) -> None:
    invalid = HTTPException(
        status_code=status.HTTP_400_BAD_REQUEST, detail="Invalid or expired reset token"
    )
    decoded = decode_reset_token(body.token, settings.secret_key)
    if decoded is None or not decoded[0].isdigit():
        raise invalid
    subject, fingerprint = decoded
    user = await session.get(User, int(subject))
    # The token was issued for the password the user had then: once used, it no longer matches.
    if user is None or password_fingerprint(user.hashed_password) != fingerprint:
        raise invalid
    user.hashed_password = await run_in_threadpool(hash_password, body.new_password)
    await session.commit()
{%- endif %}

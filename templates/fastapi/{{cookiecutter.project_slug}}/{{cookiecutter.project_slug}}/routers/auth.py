{%- if cookiecutter.auth == "jwt" -%}
"""OAuth2 password flow: trade a username and password for a bearer token."""

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select

from {{ cookiecutter.project_slug }}.dependencies import SessionDep, SettingsDep
from {{ cookiecutter.project_slug }}.models import User
from {{ cookiecutter.project_slug }}.schemas import Token
from {{ cookiecutter.project_slug }}.security import create_access_token, verify_password

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
{%- endif %}

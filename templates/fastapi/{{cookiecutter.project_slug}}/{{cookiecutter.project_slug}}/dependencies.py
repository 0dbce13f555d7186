{%- set slug = cookiecutter.project_slug -%}
{%- set db = cookiecutter.database != "none" -%}
{%- set jwt = cookiecutter.auth == "jwt" -%}
{%- set tasks = cookiecutter.tasks == "arq" -%}
"""Shared dependencies; routes declare them as typed parameters (`settings: SettingsDep`)."""

{% if db -%}
from collections.abc import AsyncIterator
{% endif -%}
from typing import Annotated

{% if tasks -%}
from arq.connections import ArqRedis
{% endif -%}
from fastapi import Depends{% if jwt %}, HTTPException{% endif %}, Request{% if jwt %}, status{% endif %}
{%- if jwt %}
from fastapi.security import OAuth2PasswordBearer
{%- endif %}
{%- if db %}
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
{%- endif %}

from {{ slug }}.config import Settings
{%- if jwt %}
from {{ slug }}.models import User
from {{ slug }}.security import decode_access_token
{%- endif %}


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]
{%- if tasks %}


def get_queue(request: Request) -> ArqRedis:
    """The task queue (Redis): `await queue.enqueue_job("task_name", ...)`."""
    queue: ArqRedis = request.app.state.queue
    return queue


QueueDep = Annotated[ArqRedis, Depends(get_queue)]
{%- endif %}
{%- if db %}


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request, closed (and rolled back if uncommitted) when the request ends."""
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
{%- endif %}
{%- if jwt %}

# tokenUrl is where the interactive docs' "Authorize" button posts the username and password.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="auth/token")


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)], session: SessionDep, settings: SettingsDep
) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    subject = decode_access_token(token, settings.secret_key)
    if subject is None or not subject.isdigit():
        raise unauthorized
    user = await session.get(User, int(subject))
    if user is None or not user.is_active:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
{%- endif %}

{%- if cookiecutter.auth == "jwt" -%}
"""Sign-up and the signed-in user's own profile (the example protected endpoint)."""

from fastapi import APIRouter, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError

from {{ cookiecutter.project_slug }}.dependencies import CurrentUser, SessionDep
from {{ cookiecutter.project_slug }}.models import User
from {{ cookiecutter.project_slug }}.schemas import UserCreate, UserRead
from {{ cookiecutter.project_slug }}.security import hash_password

router = APIRouter(prefix="/users", tags=["users"])


@router.post("", status_code=status.HTTP_201_CREATED)
async def register(body: UserCreate, session: SessionDep) -> UserRead:
    # Argon2 is deliberately slow: hash in a worker thread so the event loop keeps serving.
    hashed = await run_in_threadpool(hash_password, body.password)
    user = User(username=body.username, hashed_password=hashed)
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:  # the unique username, also when two sign-ups race
        await session.rollback()
        raise HTTPException(
            status_code=status.HTTP_409_CONFLICT, detail="Username already taken"
        ) from None
    return UserRead.model_validate(user)


@router.get("/me")
async def read_me(user: CurrentUser) -> UserRead:
    """Requires `Authorization: Bearer <token>`; add `CurrentUser` to any route to protect it."""
    return UserRead.model_validate(user)
{%- endif %}

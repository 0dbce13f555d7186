{%- if cookiecutter.auth == "jwt" -%}
"""Sign-up, and the signed-in user's own profile and password."""

from fastapi import APIRouter, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError

from {{ cookiecutter.project_slug }}.dependencies import CurrentUser, SessionDep
from {{ cookiecutter.project_slug }}.models import User
from {{ cookiecutter.project_slug }}.schemas import PasswordChange, UserCreate, UserRead
from {{ cookiecutter.project_slug }}.security import hash_password, verify_password

router = APIRouter(prefix="/users", tags=["users"])


@router.post("", status_code=status.HTTP_201_CREATED)
async def register(body: UserCreate, session: SessionDep) -> UserRead:
    # Argon2 is deliberately slow: hash in a worker thread so the event loop keeps serving.
    hashed = await run_in_threadpool(hash_password, body.password)
    user = User(username=body.username, email=body.email, hashed_password=hashed)
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:  # the unique username or email, also when two sign-ups race
        await session.rollback()
        raise HTTPException(
            status_code=status.HTTP_409_CONFLICT, detail="Username or email already taken"
        ) from None
    return UserRead.model_validate(user)


@router.get("/me")
async def read_me(user: CurrentUser) -> UserRead:
    """Requires `Authorization: Bearer <token>`; add `CurrentUser` to any route to protect it."""
    return UserRead.model_validate(user)


@router.post("/me/password", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(body: PasswordChange, user: CurrentUser, session: SessionDep) -> None:
    if not await run_in_threadpool(verify_password, body.current_password, user.hashed_password):
        raise HTTPException(
            status_code=status.HTTP_400_BAD_REQUEST, detail="Current password is incorrect"
        )
    user.hashed_password = await run_in_threadpool(hash_password, body.new_password)
    await session.commit()
{%- endif %}

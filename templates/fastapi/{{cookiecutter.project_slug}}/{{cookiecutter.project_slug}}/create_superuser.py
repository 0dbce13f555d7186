{%- if cookiecutter.auth == "jwt" -%}
"""Make a superuser (who may change every user's items), or promote an existing user:

    uv run python -m {{ cookiecutter.project_slug }}.create_superuser USERNAME EMAIL

The password comes from SUPERUSER_PASSWORD when set (scripts, containers), else it is asked for;
without a terminal and without the variable the command stops instead of waiting for input.
"""

import argparse
import asyncio
import getpass
import os
import sys

from sqlalchemy import or_, select

from {{ cookiecutter.project_slug }}.config import Settings
from {{ cookiecutter.project_slug }}.db import create_engine, create_sessionmaker
from {{ cookiecutter.project_slug }}.models import User
from {{ cookiecutter.project_slug }}.schemas import UserCreate
from {{ cookiecutter.project_slug }}.security import hash_password


async def create_superuser(database_url: str, body: UserCreate) -> str:
    """Create the user as a superuser, or promote (and re-password) the user of that name."""
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            user = await session.scalar(
                select(User).where(or_(User.username == body.username, User.email == body.email))
            )
            if user is None:
                user = User(username=body.username, email=body.email, hashed_password="")
                session.add(user)
                action = "created"
            else:
                action = "promoted"
            user.hashed_password = hash_password(body.password)
            user.is_superuser = True
            user.is_active = True
            await session.commit()
            return f"{action} superuser {user.username}"
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m {{ cookiecutter.project_slug }}.create_superuser")
    parser.add_argument("username")
    parser.add_argument("email")
    args = parser.parse_args(argv)
    password = os.environ.get("SUPERUSER_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            parser.error("no terminal to ask for the password: set SUPERUSER_PASSWORD")
        password = getpass.getpass("Password: ")
    try:
        body = UserCreate(username=args.username, email=args.email, password=password)
    except ValueError as error:
        parser.error(str(error).replace("\n", " "))
    print(asyncio.run(create_superuser(Settings().database_url, body)))


if __name__ == "__main__":
    main()
{%- endif %}

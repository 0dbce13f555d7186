{%- if cookiecutter.database != "none" -%}
"""Database tables. The API's request and response shapes live in schemas.py."""

from sqlalchemy import {% if cookiecutter.auth == "jwt" %}ForeignKey, {% endif %}String, Text
from sqlalchemy.orm import Mapped, mapped_column

from {{ cookiecutter.project_slug }}.db import Base


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
{%- if cookiecutter.auth == "jwt" %}
    # Who may change the item: its owner, or a superuser. Deleting a user deletes their items.
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    # Where password reset tokens are sent.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    hashed_password: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(default=True)
    # May change every user's items; made with `python -m {{ cookiecutter.project_slug }}.create_superuser`.
    is_superuser: Mapped[bool] = mapped_column(default=False)
{%- endif %}
{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""Database tables. The API's request and response shapes live in schemas.py."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from {{ cookiecutter.project_slug }}.db import Base


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
{%- if cookiecutter.auth == "jwt" %}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    hashed_password: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(default=True)
{%- endif %}
{%- endif %}

{%- if cookiecutter.database != "none" -%}
"""ORM models. After changing them: `alembic revision --autogenerate -m "..."`, then review it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

{% include "partials/sqlalchemy_base" %}


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description}
{%- endif %}

{%- if cookiecutter.layout == "package" and cookiecutter.database != "none" -%}
"""Database models.

After changing one, generate a migration and review it before committing:
``alembic revision --autogenerate -m "what changed"``.
"""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

{% include "partials/sqlalchemy_base" %}


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Note(Base):
    __tablename__ = "notes"

    TITLE_MAX_LENGTH = 200

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX_LENGTH))
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "created_at": _as_utc(self.created_at).isoformat(),
            "updated_at": _as_utc(self.updated_at).isoformat(),
        }


def _as_utc(moment: datetime) -> datetime:
    # SQLite stores no UTC offset and returns these UTC values naive.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
{%- endif %}

{% if cookiecutter.database != "none" -%}
"""Database models.

After changing one, generate a migration and review it before committing:
``flask --app {{ cookiecutter.project_slug }} db migrate -m "what changed"``.
"""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import db


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Note(db.Model):
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
{%- if cookiecutter.database == "postgresql" %}
    # PostgreSQL keeps the offset, but SQLite (the tests' database when DATABASE_URL is unset)
    # stores none and returns these UTC values naive.
{%- else %}
    # SQLite stores no UTC offset and returns these UTC values naive.
{%- endif %}
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
{%- endif %}

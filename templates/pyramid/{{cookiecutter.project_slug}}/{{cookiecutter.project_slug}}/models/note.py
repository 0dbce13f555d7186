{%- if cookiecutter.database != "none" -%}
"""The example model. After changing it, generate a migration (see the README)."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .meta import Base


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(UTC)
    )

    def __json__(self, request: object) -> dict[str, Any]:
        """How Pyramid's json renderer serializes a note."""
        created_at = self.created_at
        if created_at.tzinfo is None:  # SQLite keeps no time zone; the value was stored in UTC
            created_at = created_at.replace(tzinfo=UTC)
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "created_at": created_at.isoformat(),
        }
{%- endif %}

{% if cookiecutter.database != "none" -%}
"""Database models.

After changing one, generate a migration and review it before committing:
``flask --app {{ cookiecutter.project_slug }} db migrate -m "what changed"``.
"""

from datetime import UTC, datetime
from typing import Any

{% if cookiecutter.auth == "accounts" -%}
from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text
{%- else -%}
from sqlalchemy import DateTime, String, Text
{%- endif %}
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import Model


def _utcnow() -> datetime:
    return datetime.now(UTC)


{% if cookiecutter.auth == "accounts" -%}
# flask_login ships no type hints, so UserMixin is Any to mypy.
class User(UserMixin, Model):  # type: ignore[misc]
    """An account: signs in with its email and password (accounts.py)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased (accounts.normalized_email), so one address is one account.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


{% endif -%}
class Note(Model):
    __tablename__ = "notes"

    TITLE_MAX_LENGTH = 200

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX_LENGTH))
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow
    )
{%- if cookiecutter.auth == "accounts" %}
    # Who may change it (and admins); notes from before accounts existed have no owner.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
{%- endif %}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "created_at": _as_utc(self.created_at).isoformat(),
            "updated_at": _as_utc(self.updated_at).isoformat(),
{%- if cookiecutter.auth == "accounts" %}
            "owner_id": self.owner_id,
{%- endif %}
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

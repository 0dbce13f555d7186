"""The example model: a note with a title and a body."""

from typing import Any, ClassVar

from masoniteorm.models import Model


class Note(Model):
    __table__ = "notes"
    # Only these columns can be set from create()/update(): never id or the timestamps.
    __fillable__: ClassVar[list[str]] = ["title", "body"]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }

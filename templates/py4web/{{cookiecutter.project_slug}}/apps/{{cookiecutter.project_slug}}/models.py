"""The tables, defined with pyDAL, which creates and alters them to match when the app loads."""

from py4web import Field
from pydal.validators import IS_LENGTH, IS_NOT_EMPTY

from .common import db

# db is re-exported: the package imports it from here, after the tables are defined on it.
__all__ = ["TITLE_MAX_LENGTH", "db"]

TITLE_MAX_LENGTH = 200

db.define_table(
    "note",
    Field(
        "title",
        "string",
        length=TITLE_MAX_LENGTH,
        notnull=True,
        requires=[IS_NOT_EMPTY(), IS_LENGTH(TITLE_MAX_LENGTH)],
    ),
    Field("body", "text", notnull=True, default=""),
)

# Commit the table definitions: pyDAL's migrations run inside a transaction.
db.commit()

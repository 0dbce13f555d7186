"""Create the notes table."""

from masoniteorm.migrations import Migration


class CreateNotesTable(Migration):
    def up(self) -> None:
        with self.schema.create("notes") as table:
            table.increments("id")
            table.string("title", 200)
            table.text("body").nullable()
            table.timestamps()

    def down(self) -> None:
        self.schema.drop("notes")

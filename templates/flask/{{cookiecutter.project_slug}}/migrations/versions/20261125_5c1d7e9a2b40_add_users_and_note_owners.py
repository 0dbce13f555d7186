{% if cookiecutter.auth == "accounts" -%}
"""add users and note owners

Revision ID: 5c1d7e9a2b40
Revises: eab0f48f023c
Create Date: 2026-11-25 22:15:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "5c1d7e9a2b40"
down_revision: str | Sequence[str] | None = "eab0f48f023c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    # Batch mode: SQLite cannot add a foreign key to an existing table, so the table is rebuilt.
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_notes_owner_id_users"), "users", ["owner_id"], ["id"], ondelete="CASCADE"
        )


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_notes_owner_id_users"), type_="foreignkey")
        batch_op.drop_column("owner_id")
    op.drop_table("users")
{%- endif %}

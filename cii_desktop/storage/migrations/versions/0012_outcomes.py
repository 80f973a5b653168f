"""Outcomes that can be counted: a meeting's state and outcome, the register's import key, indexes of the statistics.

Existing meetings whose minutes were recorded are held; a table ronde handling whose meeting was held is held.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state", sa.String(length=20), server_default="organising", nullable=False))
        batch_op.add_column(sa.Column("outcome", sa.String(length=40), server_default="", nullable=False))
    with op.batch_alter_table("announcement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_key", sa.String(length=64), server_default="", nullable=False))
        batch_op.create_index(batch_op.f("ix_announcement_import_key"), ["import_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_announcement_announced_on"), ["announced_on"], unique=False)
    op.create_index("ix_case_file_office_of", "case_file", ["id", "office_id", "deleted"], unique=False)
    op.create_index("ix_bureau_decision_handling_of", "bureau_decision", ["announcement_id", "deleted", "id"],
                    unique=False)
    op.create_index("ix_handling_statistics", "handling", ["decision_id", "deleted", "kind", "state", "outcome"],
                    unique=False)
    op.execute("UPDATE meeting SET state = 'held' WHERE held_on IS NOT NULL")
    op.execute("UPDATE handling SET state = 'held', held_on = (SELECT max(m.held_on) FROM meeting m "
               "WHERE m.handling_id = handling.id AND m.held_on IS NOT NULL AND m.deleted = 0) "
               "WHERE kind = 'round_table' AND state = 'to_organise' AND EXISTS (SELECT 1 FROM meeting m "
               "WHERE m.handling_id = handling.id AND m.held_on IS NOT NULL AND m.deleted = 0)")


def downgrade() -> None:
    op.drop_index("ix_handling_statistics", table_name="handling")
    op.drop_index("ix_bureau_decision_handling_of", table_name="bureau_decision")
    op.drop_index("ix_case_file_office_of", table_name="case_file")
    # Plain DROP COLUMN (SQLite >= 3.35): a batch table copy would DROP TABLE announcement,
    # which the decisions' foreign keys refuse.
    op.drop_index("ix_announcement_announced_on", table_name="announcement")
    op.drop_index("ix_announcement_import_key", table_name="announcement")
    op.execute("ALTER TABLE announcement DROP COLUMN import_key")
    op.execute("ALTER TABLE meeting DROP COLUMN outcome")
    op.execute("ALTER TABLE meeting DROP COLUMN state")

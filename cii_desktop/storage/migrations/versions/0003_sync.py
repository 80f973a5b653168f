"""Batch sync: clocks in the change journal, outgoing and applied batches, quarantine, conflicts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Changes journaled before this revision get a clock made from their time and journal number, and
count as never exported: the first sync sends what the consent gate allows.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hlc", sa.String(length=64), server_default="", nullable=False))
        batch_op.add_column(sa.Column("base_hlc", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("batch_seq", sa.Integer(), nullable=True))
        batch_op.drop_index("ix_change_log_row")
    op.execute(
        "UPDATE change_log SET hlc = printf('%015d-%06d-%s', "
        "CAST((julianday(changed_at) - 2440587.5) * 86400000 AS INTEGER), seq % 1000000, workstation_id)")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_field", ["table_name", "row_id", "field", "hlc"], unique=False)
        batch_op.create_index("ix_change_log_pending", ["seq"], unique=False,
                              sqlite_where=sa.text("batch_seq IS NULL"))

    op.create_table(
        "sync_outgoing",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "sync_applied",
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("workstation_id", "seq"),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workstation_id", sa.String(length=80), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ux_sync_quarantine_file", "sync_quarantine",
                    ["workstation_id", "filename", "file_hash"], unique=True)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("kept_hlc", sa.String(length=64), nullable=False),
        sa.Column("kept_author", sa.String(length=300), nullable=False),
        sa.Column("other_value", sa.Text(), nullable=True),
        sa.Column("other_hlc", sa.String(length=64), nullable=False),
        sa.Column("other_author", sa.String(length=300), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["status", "table_name", "row_id", "field"],
                    unique=False)
    op.create_table(
        "sync_peer",
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("skew_ms", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("workstation_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_peer")
    op.drop_index("ix_sync_conflict_open", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index("ux_sync_quarantine_file", table_name="sync_quarantine")
    op.drop_table("sync_quarantine")
    op.drop_table("sync_applied")
    op.drop_table("sync_outgoing")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_pending")
        batch_op.drop_index("ix_change_log_field")
        batch_op.drop_column("batch_seq")
        batch_op.drop_column("base_hlc")
        batch_op.drop_column("hlc")
        batch_op.create_index("ix_change_log_row", ["table_name", "row_id"], unique=False)

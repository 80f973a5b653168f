"""Erasure and retention: erasure orders (synced), erased rows, anonymous statistics; the search
indexes forget an erased entry at once (FTS5 secure-delete).

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-30
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

FTS_TABLES = ("person_fts", "case_fts")


def upgrade() -> None:
    op.create_table(
        "erasure_order",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("rule_code", sa.String(length=40), nullable=False),
        sa.Column("ordered_on", sa.Date(), nullable=False),
        sa.Column("ordered_by_role", sa.String(length=40), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("erasure_order", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasure_order_person_id"), ["person_id"], unique=False)
    op.create_table(
        "erasure_done",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("order_id"),
    )
    op.create_table(
        "erased_row",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_table(
        "statistic_count",
        sa.Column("metric", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("office", sa.String(length=20), nullable=False),
        sa.Column("institution", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("metric", "year", "office", "institution", "status"),
    )
    for table in FTS_TABLES:
        op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
    op.create_index("ix_case_file_closed_on", "case_file", ["closed_on"], unique=False)
    op.create_index("ix_consent_kind_given_on", "consent", ["kind", "given_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_consent_kind_given_on", table_name="consent")
    op.drop_index("ix_case_file_closed_on", table_name="case_file")
    for table in FTS_TABLES:
        op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 0)")
    op.drop_table("statistic_count")
    op.drop_table("erased_row")
    op.drop_table("erasure_done")
    with op.batch_alter_table("erasure_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_order_person_id"))
    op.drop_table("erasure_order")

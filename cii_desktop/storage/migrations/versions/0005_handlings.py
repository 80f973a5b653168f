"""Joint handlings: the tandem's dates, leads and outcome on the handling, and the interview log.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handling", schema=None) as batch_op:
        batch_op.add_column(sa.Column("started_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("lead_orp", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("lead_cms", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("outcome", sa.String(length=40), server_default="", nullable=False))
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))

    op.create_table('interview',
    sa.Column('handling_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('participants', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['handling_id'], ['handling.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_handling_id'), ['handling_id'], unique=False)


def downgrade() -> None:
    op.drop_table("interview")
    with op.batch_alter_table("handling", schema=None) as batch_op:
        for column in ("closed_on", "outcome", "lead_cms", "lead_orp", "started_on"):
            batch_op.drop_column(column)

"""The audit trail: append-only, hash-chained entries (ids and codes only) and the chain's anchor.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Entries are never changed; only the retention pass removes them, oldest first, after it has
# moved the anchor past them (storage.audit.prune_before).
TRIGGERS = (
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit.append_only'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "WHEN old.seq > coalesce((SELECT pruned_through FROM audit_anchor WHERE id = 1), 0) "
    "BEGIN SELECT RAISE(ABORT, 'audit.append_only'); END",
)


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('actor_institution', sa.String(length=20), nullable=False),
    sa.Column('operation', sa.String(length=40), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('recipients', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_person', ['person_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_entry_case', ['case_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_entry_actor', ['actor', 'at'], unique=False)
        batch_op.create_index('ix_audit_entry_operation', ['operation', 'at'], unique=False)
        batch_op.create_index('ix_audit_entry_institution', ['actor_institution', 'at'], unique=False)

    op.create_table('audit_anchor',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('pruned_through', sa.Integer(), nullable=False),
    sa.Column('anchor_hash', sa.String(length=64), nullable=False),
    sa.Column('pruned_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('audit_received',
    sa.Column('source', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('actor_institution', sa.String(length=20), nullable=False),
    sa.Column('operation', sa.String(length=40), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('recipients', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('source', 'seq')
    )
    with op.batch_alter_table('audit_received', schema=None) as batch_op:
        batch_op.create_index('ix_audit_received_person', ['person_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_received_at', ['at'], unique=False)
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.drop_table('audit_received')
    op.drop_table('audit_anchor')
    op.drop_table('audit_entry')

"""Assessment: its organisation, evaluation and regional team; the contrat d'objectifs and its reviews.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handling", schema=None) as batch_op:
        batch_op.add_column(sa.Column('organised_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('scheduled_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('place', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('held_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('eval_medical', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('eval_professional', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('eval_social', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('eval_resources', sa.Text(), server_default='', nullable=False))

    op.create_table('contract',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('handling_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('aim_kind', sa.String(length=20), nullable=False),
    sa.Column('aim', sa.Text(), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('person_commitments', sa.Text(), nullable=False),
    sa.Column('institution_commitments', sa.Text(), nullable=False),
    sa.Column('review_dates', sa.Text(), nullable=False),
    sa.Column('lemc_conditions_met', sa.Boolean(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.ForeignKeyConstraint(['handling_id'], ['handling.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_handling_id'), ['handling_id'], unique=False)

    op.create_table('team_member',
    sa.Column('handling_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('institution_code', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['handling_id'], ['handling.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_handling_id'), ['handling_id'], unique=False)

    op.create_table('contract_review',
    sa.Column('contract_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('progress', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contract_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_review_contract_id'), ['contract_id'], unique=False)



def downgrade() -> None:
    for table in ("contract_review", "team_member", "contract"):
        op.drop_table(table)
    with op.batch_alter_table("handling", schema=None) as batch_op:
        for column in ("eval_resources", "eval_social", "eval_professional", "eval_medical", "held_on", "place",
                       "scheduled_on", "organised_on"):
            batch_op.drop_column(column)

"""A consent (procuration, legal basis) may name offices per institution (issue 13): only the
workstations of those offices receive the case. Existing consents name no office (``{}``): the
whole of each institution they name, as before.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.add_column(sa.Column("offices", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_column("offices")

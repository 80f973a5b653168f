"""Scoped sharing (issue 13): no table changes; the schema number says what batches carry.

From this version on, a batch's body may carry scoped groups (a case's changes sealed to the
workstations of its scope, ``sync/scoped.py``). Batch headers carry the writer's schema revision;
an older workstation meeting revision 0014 waits for its update (``sync/schema_compat.py``) instead
of refusing the batch as damaged. Existing records need nothing: the scope is computed from the
consent records already there (``domain/sharing.py``).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""
from __future__ import annotations

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

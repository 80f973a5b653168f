"""Full-text search index (FTS5) over persons and cases, kept current by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The index text is folded by the SQL function ``cii_fold`` and the FTS rowid is ``cii_rowid(id)``,
stored as the indexed ``search_key`` column of the row (both functions are registered on every
connection by storage.database); implicit rowids are not used because VACUUM may renumber them.
Prefix indexes (2 and 3 characters) keep search-as-you-type fast on short input.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PERSON_DOC = ("cii_fold({p}.last_name, {p}.first_name, {p}.avs_number, {p}.commune, "
              "strftime('%d.%m.%Y', {p}.birth_date))")
CASE_DOC = ("cii_fold(c.reference, {p}.last_name, {p}.first_name, {p}.avs_number, {p}.commune, "
            "strftime('%d.%m.%Y', {p}.birth_date))")
NEW_CASE_DOC = CASE_DOC.format(p="p").replace("c.reference", "new.reference")
PERSON_FIELDS = "last_name, first_name, avs_number, commune, birth_date"


def upgrade() -> None:
    for table in ("person", "case_file"):
        # A plain ADD COLUMN: no table rebuild, fast on a large database.
        op.add_column(table, sa.Column("search_key", sa.Integer(), nullable=True))
        op.execute(f"UPDATE {table} SET search_key = cii_rowid(id)")
        op.create_index(f"ix_{table}_search_key", table, ["search_key"], unique=False)
    tokenizer = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
    op.execute(f"CREATE VIRTUAL TABLE person_fts USING fts5(body, entity_id UNINDEXED, {tokenizer})")
    op.execute(f"CREATE VIRTUAL TABLE case_fts USING fts5(body, entity_id UNINDEXED, {tokenizer})")
    op.execute(f"""
        CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
            INSERT INTO person_fts(rowid, body, entity_id)
                VALUES (cii_rowid(new.id), {PERSON_DOC.format(p='new')}, new.id);
        END""")
    op.execute(f"""
        CREATE TRIGGER person_fts_update AFTER UPDATE OF {PERSON_FIELDS} ON person BEGIN
            DELETE FROM person_fts WHERE rowid = cii_rowid(old.id);
            INSERT INTO person_fts(rowid, body, entity_id)
                VALUES (cii_rowid(new.id), {PERSON_DOC.format(p='new')}, new.id);
            DELETE FROM case_fts WHERE rowid IN
                (SELECT cii_rowid(id) FROM case_file WHERE person_id = new.id);
            INSERT INTO case_fts(rowid, body, entity_id)
                SELECT cii_rowid(c.id), {CASE_DOC.format(p='new')}, c.id
                FROM case_file c WHERE c.person_id = new.id;
        END""")
    op.execute(f"""
        CREATE TRIGGER case_fts_insert AFTER INSERT ON case_file BEGIN
            INSERT INTO case_fts(rowid, body, entity_id)
                SELECT cii_rowid(new.id), {NEW_CASE_DOC}, new.id
                FROM person p WHERE p.id = new.person_id;
        END""")
    op.execute(f"""
        CREATE TRIGGER case_fts_update AFTER UPDATE OF reference, person_id ON case_file BEGIN
            DELETE FROM case_fts WHERE rowid = cii_rowid(old.id);
            INSERT INTO case_fts(rowid, body, entity_id)
                SELECT cii_rowid(new.id), {NEW_CASE_DOC}, new.id
                FROM person p WHERE p.id = new.person_id;
        END""")
    op.execute("INSERT INTO person_fts(rowid, body, entity_id) "
               f"SELECT cii_rowid(id), {PERSON_DOC.format(p='person')}, id FROM person")
    op.execute("INSERT INTO case_fts(rowid, body, entity_id) "
               f"SELECT cii_rowid(c.id), {CASE_DOC.format(p='p')}, c.id "
               "FROM case_file c JOIN person p ON p.id = c.person_id")


def downgrade() -> None:
    for trigger in ("person_fts_insert", "person_fts_update", "case_fts_insert", "case_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts")
    op.execute("DROP TABLE IF EXISTS case_fts")
    for table in ("person", "case_file"):
        op.drop_index(f"ix_{table}_search_key", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("search_key")

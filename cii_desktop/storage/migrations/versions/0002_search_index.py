"""Full-text search index (FTS5) over persons and cases, kept current by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The index text is folded by the SQL function ``cii_fold`` (case- and accent-insensitive, with German
umlaut spellings). Each row's FTS rowid is kept in its indexed ``search_key`` column: for a person
``cii_rowid(id)``, for a case ``cii_case_key(opened_on, id)``, whose order is the case list's default
order (newest first), so a search stops at the end of the page. Implicit rowids are not used
because VACUUM may renumber them. Prefix indexes (1 to 4 characters) serve search-as-you-type.
The SQL functions are registered on every connection by storage.database.
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
CASE_DOC = ("cii_fold({c}.reference, {p}.last_name, {p}.first_name, {p}.avs_number, {p}.commune, "
            "strftime('%d.%m.%Y', {p}.birth_date))")
CASE_KEY = "cii_case_key({c}.opened_on, {c}.id)"
PERSON_FIELDS = "last_name, first_name, avs_number, commune, birth_date"
TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4'"

TRIGGERS = {
    "person_fts_insert": f"""
        CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
            UPDATE person SET search_key = cii_rowid(new.id) WHERE id = new.id;
            INSERT INTO person_fts(rowid, body, entity_id)
                VALUES (cii_rowid(new.id), {PERSON_DOC.format(p='new')}, new.id);
        END""",
    "person_fts_update": f"""
        CREATE TRIGGER person_fts_update AFTER UPDATE OF {PERSON_FIELDS} ON person BEGIN
            DELETE FROM person_fts WHERE rowid = cii_rowid(old.id);
            INSERT INTO person_fts(rowid, body, entity_id)
                VALUES (cii_rowid(new.id), {PERSON_DOC.format(p='new')}, new.id);
            DELETE FROM case_fts WHERE rowid IN
                (SELECT search_key FROM case_file WHERE person_id = new.id);
            INSERT INTO case_fts(rowid, body, entity_id)
                SELECT c.search_key, {CASE_DOC.format(c='c', p='new')}, c.id
                FROM case_file c WHERE c.person_id = new.id;
        END""",
    "case_fts_insert": f"""
        CREATE TRIGGER case_fts_insert AFTER INSERT ON case_file BEGIN
            UPDATE case_file SET search_key = {CASE_KEY.format(c='new')} WHERE id = new.id;
            INSERT INTO case_fts(rowid, body, entity_id)
                SELECT {CASE_KEY.format(c='new')}, {CASE_DOC.format(c='new', p='p')}, new.id
                FROM person p WHERE p.id = new.person_id;
        END""",
    "case_fts_update": f"""
        CREATE TRIGGER case_fts_update AFTER UPDATE OF reference, person_id, opened_on ON case_file
        BEGIN
            DELETE FROM case_fts WHERE rowid = {CASE_KEY.format(c='old')};
            UPDATE case_file SET search_key = {CASE_KEY.format(c='new')} WHERE id = new.id;
            INSERT INTO case_fts(rowid, body, entity_id)
                SELECT {CASE_KEY.format(c='new')}, {CASE_DOC.format(c='new', p='p')}, new.id
                FROM person p WHERE p.id = new.person_id;
        END""",
}


def upgrade() -> None:
    for table in ("person", "case_file"):
        # A plain ADD COLUMN: no table rebuild, fast on a large database.
        op.add_column(table, sa.Column("search_key", sa.Integer(), nullable=True))
        op.create_index(f"ix_{table}_search_key", table, ["search_key"], unique=False)
    op.execute("UPDATE person SET search_key = cii_rowid(id)")
    op.execute(f"UPDATE case_file SET search_key = {CASE_KEY.format(c='case_file')}")
    op.execute(f"CREATE VIRTUAL TABLE person_fts USING fts5(body, entity_id UNINDEXED, {TOKENIZER})")
    op.execute(f"CREATE VIRTUAL TABLE case_fts USING fts5(body, entity_id UNINDEXED, {TOKENIZER})")
    for sql in TRIGGERS.values():
        op.execute(sql)
    op.execute("INSERT INTO person_fts(rowid, body, entity_id) "
               f"SELECT search_key, {PERSON_DOC.format(p='person')}, id FROM person")
    op.execute("INSERT INTO case_fts(rowid, body, entity_id) "
               f"SELECT c.search_key, {CASE_DOC.format(c='c', p='p')}, c.id "
               "FROM case_file c JOIN person p ON p.id = c.person_id")


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts")
    op.execute("DROP TABLE IF EXISTS case_fts")
    for table in ("person", "case_file"):
        op.drop_index(f"ix_{table}_search_key", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("search_key")

"""Alembic migrations: they build exactly the models' schema, and upgrade an older database after a backup."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from cii_desktop.domain import reference
from cii_desktop.services import case_list
from cii_desktop.services.data_folder import DataFolder, create_database, open_database
from cii_desktop.storage import keys, keystore, migrate
from cii_desktop.storage.database import DB_FILENAME, connect, make_engine
from cii_desktop.storage.schema import METADATA
from tests.support.memory_keyring import MemoryKeyring


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and (name.startswith(migrate.FTS_TABLES)
                                               or name == "alembic_version"))


def test_migrations_produce_exactly_the_models(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "include_object": _include})
        assert compare_metadata(context, METADATA) == []
    assert migrate.current_revision(store.engine) == migrate.head_revision() == migrate.HEAD


def test_older_database_is_backed_up_then_migrated(tmp_path: Path,
                                                   memory_keystore: MemoryKeyring) -> None:
    # Build a database as the first release left it (revision 0001, no search index).
    folder = DataFolder(tmp_path)
    key = keys.new_database_key()
    db_id = str(uuid.uuid4())
    keystore.store_key(db_id, key)
    folder.write_keyinfo({"format": 1, "db_id": db_id, "protection": "keystore",
                          "recovery": keys.wrap_with_recovery_key(key, keys.new_recovery_key(),
                                                                  db_id)})
    raw = connect(tmp_path / DB_FILENAME, key, check=False)
    raw.close()
    engine = make_engine(tmp_path / DB_FILENAME, key)
    migrate.upgrade(engine, folder.backups, revision="0001")
    office = reference.reference_id("office", "SION")
    institution = reference.reference_id("institution", "ORP")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO office (id, code, name_fr, name_de, created_at, updated_at,"
                          " deleted) VALUES (:id, 'SION', 'Sion', 'Sitten', :t, :t, 0)"),
                     {"id": office, "t": dt.datetime(2025, 1, 1)})
        conn.execute(text("INSERT INTO institution (id, code, name_fr, name_de, short_fr, short_de,"
                          " created_at, updated_at, deleted) VALUES (:id, 'ORP', 'Office', 'RAV',"
                          " 'ORP', 'RAV', :t, :t, 0)"), {"id": institution, "t": dt.datetime(2025, 1, 1)})
        conn.execute(text("INSERT INTO person (id, first_name, last_name, birth_date, avs_number,"
                          " language, commune, address, phone, email, receives_ij_ac, waiting_period,"
                          " sanctioned, job_seeker_without_rights, social_assistance, fit_for_placement,"
                          " young_adult, created_at, updated_at, deleted) VALUES ('p1', 'Jürg',"
                          " 'Zenhäusern', '1970-02-03', '', 'de', 'Visp', '', '', '', 0, 0, 0, 0, 0,"
                          " 1, 0, :t, :t, 0)"), {"t": dt.datetime(2025, 1, 1)})
        conn.execute(text("INSERT INTO case_file (id, reference, person_id, office_id,"
                          " lead_institution_id, status, opened_on, summary, sharing_basis,"
                          " created_at, updated_at, deleted) VALUES ('c1', 'OVS-2025-OLD001', 'p1',"
                          " :o, :i, 'detected', '2025-01-01', '', 'none', :t, :t, 0)"),
                     {"o": office, "i": institution, "t": dt.datetime(2025, 1, 1)})
    engine.dispose()

    store = open_database(tmp_path)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    backups = list(folder.backups.glob("cii-before-0001-*.db"))
    assert len(backups) == 1
    assert b"SQLite format 3" not in backups[0].read_bytes()[:16]
    assert b"Zenh" not in backups[0].read_bytes()
    old = make_engine(backups[0], key)  # the backup opens with the same key
    with old.connect() as conn:
        assert conn.execute(text("SELECT last_name FROM person")).scalar() == "Zenhäusern"
    old.dispose()
    found = case_list.list_cases(store, case_list.CaseFilter(text="zenhaeusern"))
    assert [r.reference for r in found] == ["OVS-2025-OLD001"]
    store.close()


def test_new_database_is_not_backed_up(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path, "keystore")
    created.store.close()
    assert not (tmp_path / "backups").exists()
    open_database(tmp_path).close()
    assert not (tmp_path / "backups").exists()

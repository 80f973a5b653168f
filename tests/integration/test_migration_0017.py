"""Migration 0017: consents recorded before offices existed name no office (the whole institution)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from cii_desktop.domain import sharing
from cii_desktop.services import referral
from cii_desktop.services.data_folder import DataFolder, open_database
from cii_desktop.storage import keys, keystore, migrate
from cii_desktop.storage.database import DB_FILENAME, connect, make_engine
from cii_desktop.storage.records import Consent
from tests.support.memory_keyring import MemoryKeyring


def test_a_consent_recorded_at_0016_names_no_office_after_the_upgrade(tmp_path: Path,
                                                                      memory_keystore: MemoryKeyring) -> None:
    folder = DataFolder(tmp_path)
    key = keys.new_database_key()
    db_id = str(uuid.uuid4())
    keystore.store_key(db_id, key)
    folder.write_keyinfo({"format": 1, "db_id": db_id, "protection": "keystore",
                          "recovery": keys.wrap_with_recovery_key(key, keys.new_recovery_key(), db_id)})
    connect(tmp_path / DB_FILENAME, key, check=False).close()
    engine = make_engine(tmp_path / DB_FILENAME, key)
    migrate.upgrade(engine, folder.backups, revision="0016")
    engine.dispose()
    raw = connect(tmp_path / DB_FILENAME, key, check=False)  # a consent row alone (its case does not matter)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("INSERT INTO consent (id, case_id, kind, institutions, given_on, valid_until, signature_status,"
                " legal_basis, decided_by, recorded_by, revoked_by, note, created_at, updated_at, deleted)"
                " VALUES ('k1', 'c1', 'procuration', '[\"CMS\", \"ORP\"]', '2026-01-05', '2028-01-05',"
                " 'signed_paper', '', '', 'Anne', '', '', '2026-01-05 00:00:00', '2026-01-05 00:00:00', 0)")
    raw.commit()
    raw.close()
    store = open_database(tmp_path)
    try:
        assert migrate.current_revision(store.engine) == "0017"
        with store.reading() as session:
            row = session.get(Consent, "k1")
            assert row is not None and row.offices == "{}" and referral.offices_of(row) == ()
            record = sharing.ConsentRecord(row.id, row.kind, referral.institutions_of(row), row.given_on,
                                           row.valid_until, None, row.signature_status,
                                           offices=referral.offices_of(row))
        scope = sharing.scope_of([record], True, "ORP", False, dt.date(2026, 6, 1))
        assert scope.admits("ORP", "MONTHEY") and scope.admits("CMS", "SION")  # the whole institutions
    finally:
        store.close()

"""Unlocking the window: the database passphrase, or the unlock passphrase of a keystore workstation."""

from __future__ import annotations

from pathlib import Path

import pytest

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.services import session_lock
from cii_desktop.services.data_folder import create_database
from cii_desktop.storage import audit
from cii_desktop.storage.database import DB_FILENAME
from cii_desktop.storage.store import Store
from tests.conftest import PASSPHRASE


def test_passphrase_workstation_unlocks_with_the_database_passphrase(tmp_path: Path, no_keystore: None) -> None:
    created = create_database(tmp_path / "data", "passphrase", PASSPHRASE)
    try:
        assert not session_lock.needs_unlock_passphrase(created.store, tmp_path / "data")
        assert session_lock.verify(created.store, tmp_path / "data", PASSPHRASE)
        assert not session_lock.verify(created.store, tmp_path / "data", PASSPHRASE + "x")
        assert not session_lock.verify(created.store, tmp_path / "data", "")
    finally:
        created.store.close()


def test_keystore_workstation_sets_an_unlock_passphrase_kept_only_as_a_verifier(store: Store) -> None:
    folder = Path(store.path).parent
    assert session_lock.needs_unlock_passphrase(store, folder)
    assert not session_lock.verify(store, folder, "anything at all")
    with pytest.raises(ValidationFailed):
        session_lock.set_unlock_passphrase(store, "short")
    session_lock.set_unlock_passphrase(store, "a long unlock phrase")
    assert not session_lock.needs_unlock_passphrase(store, folder)
    assert session_lock.verify(store, folder, "a long unlock phrase")
    assert not session_lock.verify(store, folder, "a long unlock phrasE")
    store.close()
    assert b"a long unlock phrase" not in (folder / DB_FILENAME).read_bytes()
    assert not [p for p in folder.rglob("*") if p.is_file() and b"unlock" in p.read_bytes()]


def test_locking_and_unlocking_are_audited(store: Store) -> None:
    session_lock.record_lock(store, True)
    session_lock.record_lock(store, False)
    ops = [row[5] for row in audit.query(store.read_connection(), audit.Filters())]
    assert ops == ["session.unlock", "session.lock"]

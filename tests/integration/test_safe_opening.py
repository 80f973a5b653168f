"""Opening never creates over anything: every damaged, emptied or planted file is refused with its
own message, on real SQLCipher files; the key information survives the loss of one file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import keyring.errors
import pytest

from cii_desktop.services.data_folder import DataFolder, create_database, open_database
from cii_desktop.storage.errors import (
    DamagedHeaderError,
    EmptyDatabaseFileError,
    ForeignDatabaseError,
    KeyInfoDamagedError,
    KeyInfoMissingError,
    KeystoreLockedError,
    ReadOnlyError,
    StoreError,
    TruncatedDatabaseError,
    WrongKeyError,
    WrongPassphraseError,
)
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from tests.integration.test_store import NAME, _add_person
from tests.support.memory_keyring import MemoryKeyring


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def keystore_folder(tmp_path: Path, memory_keystore: MemoryKeyring) -> Path:
    folder = tmp_path / "data"
    created = create_database(folder, "keystore")
    _add_person(created.store)
    created.store.close()
    return folder


@pytest.fixture
def passphrase_folder(tmp_path: Path, no_keystore: None) -> Path:
    folder = tmp_path / "pp"
    created = create_database(folder, "passphrase", PASSPHRASE)
    _add_person(created.store)
    created.store.close()
    return folder


def _refused(folder: Path, error: type[StoreError], **kwargs: str) -> None:
    before = _digest(folder)
    with pytest.raises(error):
        open_database(folder, **kwargs)
    assert _digest(folder) == before  # nothing created, nothing rewritten


@pytest.mark.parametrize("mode", ["keystore", "passphrase"])
def test_empty_database_file_is_refused_not_rebuilt(mode: str, request: pytest.FixtureRequest) -> None:
    folder: Path = request.getfixturevalue(f"{mode}_folder")
    (folder / "cii.db").write_bytes(b"")
    kwargs = {"passphrase": PASSPHRASE} if mode == "passphrase" else {}
    _refused(folder, EmptyDatabaseFileError, **kwargs)
    _refused(folder, EmptyDatabaseFileError, passphrase="a typo that would bind a new key")
    assert (folder / "cii.db").stat().st_size == 0


def test_truncated_file_is_refused(keystore_folder: Path) -> None:
    db = keystore_folder / "cii.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])
    _refused(keystore_folder, TruncatedDatabaseError)


def test_plain_sqlite_file_in_its_place_is_refused(keystore_folder: Path) -> None:
    db = keystore_folder / "cii.db"
    db.unlink()
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t(x)")
    _refused(keystore_folder, ForeignDatabaseError)


def test_another_encrypted_database_in_its_place_is_refused(tmp_path: Path, keystore_folder: Path) -> None:
    other = create_database(tmp_path / "other", "keystore")
    other.store.close()
    shutil.copy(tmp_path / "other" / "cii.db", keystore_folder / "cii.db")
    _refused(keystore_folder, ForeignDatabaseError)


def test_keyed_database_without_schema_is_refused(keystore_folder: Path) -> None:
    # Same key, same salt, but no tables: what SQLite would make of a file it was asked to create.
    from cii_desktop.storage.database import connect

    info = DataFolder(keystore_folder).read_keyinfo()
    key = bytes.fromhex(next(iter(keyring.get_keyring().entries.values())))  # type: ignore[attr-defined]
    db = keystore_folder / "cii.db"
    db.unlink()
    conn = connect(db, key, check=False)
    conn.execute("CREATE TABLE x(y)")
    conn.execute("DROP TABLE x")
    conn.commit()
    conn.close()
    info.pop("file_salt")
    DataFolder(keystore_folder).write_keyinfo(info)
    _refused(keystore_folder, ForeignDatabaseError)


def test_damaged_header_is_not_called_a_wrong_key(keystore_folder: Path) -> None:
    db = keystore_folder / "cii.db"
    data = bytearray(db.read_bytes())
    for offset in range(16, 200):
        data[offset] ^= 0x5A
    db.write_bytes(bytes(data))
    _refused(keystore_folder, DamagedHeaderError)


def test_wrong_passphrase_and_damaged_header_are_told_apart(passphrase_folder: Path) -> None:
    _refused(passphrase_folder, WrongPassphraseError, passphrase="not the passphrase at all")
    db = passphrase_folder / "cii.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF
    db.write_bytes(bytes(data))
    _refused(passphrase_folder, DamagedHeaderError, passphrase=PASSPHRASE)


def test_wrong_key_in_the_keystore(keystore_folder: Path, memory_keystore: MemoryKeyring) -> None:
    entry = next(iter(memory_keystore.entries))
    memory_keystore.entries[entry] = (b"\x07" * 32).hex()
    _refused(keystore_folder, WrongKeyError)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions")
def test_read_only_folder_and_file(keystore_folder: Path) -> None:
    os.chmod(keystore_folder / "cii.db", 0o400)
    _refused(keystore_folder, ReadOnlyError)
    os.chmod(keystore_folder / "cii.db", 0o600)
    os.chmod(keystore_folder, 0o500)
    try:
        with pytest.raises(ReadOnlyError):
            open_database(keystore_folder)
    finally:
        os.chmod(keystore_folder, 0o700)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


def test_locked_keystore_has_its_own_message(keystore_folder: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        _refused(keystore_folder, KeystoreLockedError)
    finally:
        keyring.set_keyring(previous)


def test_keyinfo_damaged_or_lost_alone_is_repaired_from_its_copy(keystore_folder: Path) -> None:
    data = DataFolder(keystore_folder)
    original = json.loads(data.keyinfo.read_text())
    data.keyinfo.write_text('{"db_id": "trunc')
    open_database(keystore_folder).close()
    assert json.loads(data.keyinfo.read_text()) == original
    data.keyinfo.unlink()
    open_database(keystore_folder).close()
    assert json.loads(data.keyinfo.read_text()) == original


def test_a_damaged_or_lost_copy_is_written_again_from_the_file(keystore_folder: Path) -> None:
    """Review: after both were damaged and the file was put back from a backup, the copy stayed
    damaged (the redundancy silently gone)."""
    data = DataFolder(keystore_folder)
    original = json.loads(data.keyinfo.read_text())
    data.keyinfo_copy.write_text("xx")
    open_database(keystore_folder).close()
    assert json.loads(data.keyinfo_copy.read_text()) == original
    assert stat.S_IMODE(data.keyinfo_copy.stat().st_mode) == 0o600
    data.keyinfo_copy.unlink()
    open_database(keystore_folder).close()
    assert json.loads(data.keyinfo_copy.read_text()) == original


def test_keyinfo_and_copy_damaged(keystore_folder: Path) -> None:
    data = DataFolder(keystore_folder)
    data.keyinfo.write_text("{}")
    data.keyinfo_copy.write_text("not json")
    _refused(keystore_folder, KeyInfoDamagedError)
    data.keyinfo.unlink()
    data.keyinfo_copy.unlink()
    _refused(keystore_folder, KeyInfoMissingError)


def test_recovery_block_removed_from_keyinfo_still_opens_with_recovery_key(
        tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path / "r", "keystore")
    person = _add_person(created.store)
    created.store.close()
    memory_keystore.entries.clear()
    data = DataFolder(tmp_path / "r")
    info = json.loads(data.keyinfo.read_text())
    del info["recovery"]
    data.keyinfo.write_text(json.dumps(info))
    store = open_database(tmp_path / "r", recovery_key=created.recovery_key)
    from cii_desktop.storage.models import Person

    with store.reading() as session:
        assert session.get(Person, person).last_name == NAME  # type: ignore[union-attr]
    store.close()


@pytest.mark.parametrize("n", [2**21, 2**10, 3 * 2**15])
def test_kdf_parameters_out_of_bounds_are_refused(passphrase_folder: Path, n: int) -> None:
    data = DataFolder(passphrase_folder)
    for path in (data.keyinfo, data.keyinfo_copy):
        info = json.loads(path.read_text())
        info["kdf"]["n"] = n
        path.write_text(json.dumps(info))
    _refused(passphrase_folder, KeyInfoDamagedError, passphrase=PASSPHRASE)


def test_cli_messages_for_an_emptied_database(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    assert run("init", "--data-dir", str(folder), "--passphrase-file", str(secret)).returncode == 0
    (folder / "cii.db").write_bytes(b"")
    args = ["check", "--data-dir", str(folder), "--passphrase-file", str(secret)]
    english, french, german = run(*args), run(*args, "--lang", "fr"), run(*args, "--lang", "de")
    assert "cii.db is empty (0 bytes)" in english.stderr
    assert "cii.db est vide (0 octet)" in french.stderr
    assert "cii.db ist leer (0 Byte)" in german.stderr
    for result in (english, french, german):
        assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (folder / "cii.db").stat().st_size == 0

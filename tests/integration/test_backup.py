"""Backups on real files: encrypted copies with their own key information, retention as data,
restore into an empty folder verified by the check, and the CLI round trip."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import stat
from pathlib import Path

import pytest

from cii_desktop.services import backup, key_change
from cii_desktop.services.data_folder import DataFolder, create_database, open_database
from cii_desktop.storage.errors import (
    NotABackupError,
    NotEmptyError,
    TruncatedDatabaseError,
    WrongRecoveryKeyError,
)
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from tests.integration.test_key_change import NEW, _name
from tests.integration.test_store import NAME, _add_person
from tests.support.memory_keyring import MemoryKeyring

AVS = b"756.9217.0769.85"


def test_backup_is_encrypted_private_complete_and_restores(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path / "d", "keystore")
    person = _add_person(created.store)
    made = backup.make_backup(created.store, tmp_path / "d")
    created.store.close()
    assert sorted(p.name for p in made.iterdir()) == ["cii.db", "cii.keyinfo.copy.json", "cii.keyinfo.json"]
    for path in [made, *made.iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600)
    raw = (made / "cii.db").read_bytes()
    assert NAME.encode() not in raw and AVS not in raw and not raw.startswith(b"SQLite format 3")
    report = backup.restore(made, tmp_path / "restored")
    assert report.ok and report.counts["person"] == 1
    store = open_database(tmp_path / "restored")
    assert _name(store, person) == NAME
    marked = store.read_connection().execute(
        "SELECT value FROM local_setting WHERE key = 'lifecycle.restored_from'").fetchone()
    assert marked and marked[0]  # the sync can tell a restored copy
    store.close()
    assert not list(tmp_path.glob(".restoring-*"))


def test_restore_refuses_a_non_empty_folder_and_a_damaged_backup(tmp_path: Path,
                                                                  memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path / "d", "keystore")
    _add_person(created.store)
    made = backup.make_backup(created.store, tmp_path / "d")
    created.store.close()
    with pytest.raises(NotEmptyError):
        backup.restore(made, tmp_path / "d")
    with pytest.raises(NotABackupError):
        backup.restore(tmp_path / "nothing", tmp_path / "r1")
    data = (made / "cii.db").read_bytes()
    (made / "cii.db").write_bytes(data[:-1000])
    with pytest.raises(TruncatedDatabaseError):
        backup.restore(made, tmp_path / "r2")
    assert not (tmp_path / "r2").exists() and not list(tmp_path.glob(".restoring-*"))


def test_backup_keeps_the_key_material_of_its_day(tmp_path: Path, no_keystore: None) -> None:
    """Both key information files lost after a key change: the backup still opens with the
    recovery key of its day; the current database with the new one."""
    folder = tmp_path / "d"
    created = create_database(folder, "passphrase", PASSPHRASE)
    person = _add_person(created.store)
    made = backup.make_backup(created.store, folder)
    change = key_change.change_key(created.store, folder, "passphrase", NEW)
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(created.recovery_key)
    with pytest.raises(WrongRecoveryKeyError):
        open_database(folder, recovery_key=created.recovery_key)
    report = backup.restore(made, tmp_path / "old", recovery_key=created.recovery_key)
    assert report.ok
    store = open_database(tmp_path / "old", passphrase=PASSPHRASE)
    assert _name(store, person) == NAME
    store.close()
    assert change.recovery_key != created.recovery_key


def test_retention_keeps_last_weekly_and_monthly(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    rules = backup.policy()
    assert rules["source"] == "local practice, to validate"
    folder = tmp_path / "d"
    created = create_database(folder, "keystore")
    start = dt.datetime(2026, 1, 1, 12)
    days = 400
    for day in range(0, days, 3):
        backup.make_backup(created.store, folder, "daily", start + dt.timedelta(days=day))
    created.store.close()
    # a migration copy (file + keyinfo) a year old
    old = DataFolder(folder).backups / "cii-before-0007-20260102-120000.db"
    shutil.copy(DataFolder(folder).backups / "cii-daily-20260101-120000" / "cii.db", old)
    old.with_suffix(".keyinfo.json").write_text("{}")
    now = start + dt.timedelta(days=days)
    removed = backup.prune(folder, now)
    kept = backup.list_backups(folder)
    assert old in removed and not old.with_suffix(".keyinfo.json").exists()
    assert len(kept) <= rules["keep_last"] + rules["keep_weekly"] + rules["keep_monthly"]
    assert len(kept) >= rules["keep_monthly"]
    made = [start + dt.timedelta(days=day) for day in range(0, days, 3)]
    assert set(made[-rules["keep_last"]:]) <= {b.taken for b in kept}
    assert start + dt.timedelta(days=3) not in {b.taken for b in kept}  # old and not a month's newest
    assert max(b.taken for b in kept) == start + dt.timedelta(days=399)
    assert backup.prune(folder, now) == []  # a second pass removes nothing more


def test_daily_backup_only_when_due(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path / "d", "keystore")
    now = dt.datetime(2026, 11, 30, 9)
    assert backup.daily(created.store, tmp_path / "d", now) is not None
    assert backup.daily(created.store, tmp_path / "d", now + dt.timedelta(hours=5)) is None
    assert backup.daily(created.store, tmp_path / "d", now + dt.timedelta(hours=25)) is not None
    created.store.close()
    assert len(backup.list_backups(tmp_path / "d")) == 2


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    assert run("demo", "--data-dir", str(folder), "--persons", "8", "--passphrase-file", str(secret)).returncode == 0
    made = run("backup", "--data-dir", str(folder), "--passphrase-file", str(secret))
    assert made.returncode == 0, made.stderr
    from cii_desktop.storage.errors import BackupRunningError
    from cii_desktop.sync.run_lock import file_lock

    with file_lock(folder / "backups" / backup.LOCK_NAME, BackupRunningError):  # a backup is being made now
        second = run("backup", "--data-dir", str(folder), "--passphrase-file", str(secret), "--lang", "fr")
    assert second.returncode == 1 and "déjà en cours" in second.stderr, second.stderr
    assert len(backup.list_backups(folder)) == 1
    french = run("backup", "--data-dir", str(folder), "--passphrase-file", str(secret), "--lang", "de")
    assert french.returncode == 0 and "cii-manual-" in french.stdout and "erstellt" in french.stdout
    assert "(gemäss Aufbewahrung: 0 ältere Sicherungen gelöscht)" in french.stdout, french.stdout
    due = run("backup", "--if-due", "--data-dir", str(folder), "--passphrase-file", str(secret))
    assert due.returncode == 0 and "No backup due" in due.stderr
    source = backup.list_backups(folder)[0].path
    restored = run("restore", "--from", str(source), "--data-dir", str(tmp_path / "new"),
                   "--passphrase-file", str(secret))
    assert restored.returncode == 0, restored.stderr
    assert "check OK" in restored.stdout and "8 persons" in restored.stdout
    assert not any(p.name.startswith(".partial") for p in (folder / "backups").iterdir())
    again = run("restore", "--from", str(source), "--data-dir", str(tmp_path / "new"),
                "--passphrase-file", str(secret), "--lang", "fr")
    assert again.returncode == 1 and "dossier cible n'est pas vide" in again.stderr
    info = json.loads((tmp_path / "new" / "cii.keyinfo.json").read_text())
    assert "backup_of" not in info

"""Compaction by copy (the command line, alone on the folder): the database rewritten into
``cii.db.compact`` under the same key and salt, then renamed over ``cii.db``. The key information is
unchanged (passphrase and recovery key keep opening it), nothing erased is left on any page, the
window's open database makes it fall back to the VACUUM, and a process killed at any point (SIGKILL)
leaves a database the key opens, compacted or still owing it, never a leftover copy."""

from __future__ import annotations

import datetime as dt
import errno
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cii_desktop.services import compaction, demo, erasure
from cii_desktop.services.data_folder import create_database, open_database
from cii_desktop.storage.database import connect, file_salt
from cii_desktop.storage.store import Store
from cii_desktop.sync.run_lock import file_lock
from tests.integration.test_cli import ROOT
from tests.support.cipher_pages import plaintext
from tests.support.roles import as_bureau

PASSPHRASE = "Sion-Brig-2026!"


def _folder(path: Path, persons: int) -> tuple[Path, str]:
    """A passphrase folder with demo persons and the Bureau's role; returns it and its recovery key."""
    created = create_database(path, "passphrase", PASSPHRASE)
    demo.fill(created.store, persons, seed=9, today=dt.date(2026, 11, 1))
    as_bureau(created.store)
    created.store.close()
    return path, created.recovery_key


def _erase_one(store: Store) -> tuple[str, str]:
    """Erase one person with an AVS number (the order only: the compaction is owed); its id and AVS."""
    person_id, avs = store.read_connection().execute(
        "SELECT id, avs_number FROM person WHERE avs_number IS NOT NULL AND avs_number != '' ORDER BY id").fetchone()
    erasure.order_erasure(store, str(person_id), confirmed=True)
    assert compaction.owed(store)
    return str(person_id), str(avs)


def test_by_copy_keeps_the_key_information_and_leaves_nothing_erased(
        tmp_path: Path, no_keystore: None) -> None:
    folder, recovery_key = _folder(tmp_path / "d", 200)
    keyinfo = (folder / "cii.keyinfo.json").read_bytes()
    salt = file_salt(folder / "cii.db")
    store = open_database(folder, passphrase=PASSPHRASE)
    try:
        _person, avs = _erase_one(store)
        persons = store.read_connection().execute("SELECT count(*) FROM person").fetchone()[0]
        assert compaction.compact_if_owed(store, alone=True)
        assert not compaction.owed(store)  # the store works on after the rename
        assert store.read_connection().execute("SELECT count(*) FROM person").fetchone()[0] == persons
        key = store.key
    finally:
        store.close()
    assert (folder / "cii.keyinfo.json").read_bytes() == keyinfo and file_salt(folder / "cii.db") == salt
    assert not (folder / compaction.COPY_NAME).exists()
    assert stat.S_IMODE((folder / "cii.db").stat().st_mode) == 0o600
    data = plaintext(folder / "cii.db", key)
    assert avs.encode() not in data and avs.replace(".", "").encode() not in data
    for opened in (open_database(folder, passphrase=PASSPHRASE), open_database(folder, recovery_key=recovery_key)):
        try:
            assert opened.read_connection().execute("SELECT count(*) FROM person").fetchone()[0] == persons
            assert opened.read_connection().execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            opened.close()


def test_with_the_window_open_it_falls_back_to_the_vacuum(tmp_path: Path, no_keystore: None) -> None:
    folder, _ = _folder(tmp_path / "d", 100)
    store = open_database(folder, passphrase=PASSPHRASE)
    window = connect(folder / "cii.db", store.key)  # another program's connection to the same file
    try:
        _erase_one(store)
        assert window.execute("SELECT count(*) FROM person").fetchone()[0] == 99
        assert compaction.compact_if_owed(store, alone=True)
        assert not compaction.owed(store)
        assert not (folder / compaction.COPY_NAME).exists()
        assert window.execute("SELECT count(*) FROM person").fetchone()[0] == 99  # still works
    finally:
        window.close()
        store.close()


def test_a_leftover_copy_is_removed_at_the_next_opening(tmp_path: Path, no_keystore: None) -> None:
    folder, _ = _folder(tmp_path / "d", 20)
    for name in (compaction.COPY_NAME, f"{compaction.COPY_NAME}-journal"):
        (folder / name).write_bytes(os.urandom(8192))  # what a crash during the copy leaves
    store = open_database(folder, passphrase=PASSPHRASE)
    store.close()
    assert sorted(p.name for p in folder.glob("cii.db.compact*")) == []


def test_an_opening_leaves_alone_the_copy_another_process_is_making(tmp_path: Path, no_keystore: None) -> None:
    """The reviewer's HIGH: a ``cases`` run during an ``erase --vacuum`` deleted the copy being built."""
    folder, _ = _folder(tmp_path / "d", 20)
    copy = folder / compaction.COPY_NAME
    with file_lock(folder / compaction.LOCK_NAME, RuntimeError):  # as the compacting process holds it
        copy.write_bytes(os.urandom(8192))
        open_database(folder, passphrase=PASSPHRASE).close()
        assert copy.exists()
    open_database(folder, passphrase=PASSPHRASE).close()  # nobody compacts now: a crash's leftover
    assert not copy.exists()


def test_a_second_compaction_at_the_same_time_says_busy_and_stays_owed(tmp_path: Path, no_keystore: None) -> None:
    folder, _ = _folder(tmp_path / "d", 20)
    store = open_database(folder, passphrase=PASSPHRASE)
    try:
        _erase_one(store)
        with file_lock(folder / compaction.LOCK_NAME, RuntimeError), \
                pytest.raises(compaction.CompactionError) as caught:
            compaction.compact_if_owed(store, alone=True)
        assert caught.value.code == "compaction.busy"
        assert compaction.owed(store)
        assert compaction.compact_if_owed(store, alone=True) and not compaction.owed(store)
    finally:
        store.close()


def test_a_folder_that_cannot_be_written_still_opens_as_before(tmp_path: Path, no_keystore: None,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only medium refuses the lock file and the unlink: the leftover stays, the opening goes on
    (and a truly read-only folder gets its own message from the opening, not a file error)."""
    folder, _ = _folder(tmp_path / "d", 20)
    copy = folder / compaction.COPY_NAME
    copy.write_bytes(os.urandom(4096))
    real_open = os.open

    def read_only(path, flags, *args):  # type: ignore[no-untyped-def]
        if str(path).endswith(compaction.LOCK_NAME):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    open_database(folder, passphrase=PASSPHRASE).close()
    assert copy.exists()


def _state(folder: Path, person_id: str) -> str:
    store = open_database(folder, passphrase=PASSPHRASE)
    try:
        conn = store.read_connection()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone():
            return "not erased"
        return "erased, compaction owed" if compaction.owed(store) else "erased and compacted"
    finally:
        store.close()


@pytest.mark.slow
def test_sigkill_at_random_points_of_erase_and_compaction(tmp_path: Path, no_keystore: None) -> None:
    template, _ = _folder(tmp_path / "template", 1500)
    store = open_database(template, passphrase=PASSPHRASE)
    person = str(store.read_connection().execute("SELECT id FROM person ORDER BY id").fetchone()[0])
    store.close()
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "LANG": "C.UTF-8"}
    command = [sys.executable, "-m", "cii_desktop", "erase", "--person", person, "--confirm", "--vacuum",
               "--passphrase-file", str(secret), "--data-dir"]
    probe = Path(shutil.copytree(template, tmp_path / "probe"))
    started = time.monotonic()
    done = subprocess.run([*command, str(probe)], cwd=ROOT, env=env, capture_output=True, text=True)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert _state(probe, person) == "erased and compacted"
    rng = random.Random(14)
    outcomes: dict[str, int] = {}
    for i in range(12):
        folder = Path(shutil.copytree(template, tmp_path / f"run{i}"))
        process = subprocess.Popen([*command, str(folder)], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.05) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = _state(folder, person)  # opens with the passphrase, whole, or fails the test
        outcomes[state] = outcomes.get(state, 0) + 1
        assert not list(folder.glob("cii.db.compact*"))
    print(outcomes)

"""Key changes on real files: passphrase, recovery key, keystore <-> passphrase, rekey; a process
killed at any point (SIGKILL) leaves a database that the old or the new key opens."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cii_desktop.services import key_change
from cii_desktop.services.data_folder import DataFolder, create_database, open_database
from cii_desktop.storage.errors import (
    DatabaseInUseError,
    StoreError,
    WrongKeyError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from cii_desktop.storage.models import Person
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import ROOT, run
from tests.integration.test_store import NAME, _add_person
from tests.support.memory_keyring import MemoryKeyring

NEW = "a new and long enough passphrase"


def _name(store, person_id: str) -> str:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return str(session.get(Person, person_id).last_name)


def test_change_passphrase_old_one_and_old_recovery_key_stop_working(tmp_path: Path, no_keystore: None) -> None:
    created = create_database(tmp_path / "d", "passphrase", PASSPHRASE)
    person = _add_person(created.store)
    change = key_change.change_key(created.store, tmp_path / "d", "passphrase", NEW)
    assert change.recovery_key != created.recovery_key
    assert _name(created.store, person) == NAME  # the open store goes on, under the new key
    created.store.close()
    store = open_database(tmp_path / "d", passphrase=NEW)
    assert _name(store, person) == NAME
    store.close()
    with pytest.raises(WrongPassphraseError):
        open_database(tmp_path / "d", passphrase=PASSPHRASE)
    with pytest.raises(WrongRecoveryKeyError):
        open_database(tmp_path / "d", recovery_key=created.recovery_key)
    store = open_database(tmp_path / "d", recovery_key=change.recovery_key)
    assert _name(store, person) == NAME
    store.close()
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == [
        "cii.db", "cii.keyinfo.copy.json", "cii.keyinfo.json"]


def test_keystore_to_passphrase_and_back(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    folder = tmp_path / "d"
    created = create_database(folder, "keystore")
    person = _add_person(created.store)
    old_key = created.store.key
    key_change.change_key(created.store, folder, "passphrase", NEW)
    assert DataFolder(folder).protection() == "passphrase"
    assert memory_keystore.entries == {}  # the old entry is forgotten
    store = open_database(folder, passphrase=NEW)
    assert store.key != old_key and _name(store, person) == NAME
    key_change.change_key(store, folder, "keystore")
    assert DataFolder(folder).protection() == "keystore" and len(memory_keystore.entries) == 1
    store = open_database(folder)
    assert _name(store, person) == NAME
    new_key = store.key
    key_change.change_key(store, folder, "keystore")  # rekey: another entry, another key
    assert len(memory_keystore.entries) == 1
    store = open_database(folder)
    assert store.key not in (old_key, new_key) and _name(store, person) == NAME
    store.close()


def test_refused_while_another_connection_is_open(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    folder = tmp_path / "d"
    created = create_database(folder, "keystore")
    _add_person(created.store)
    other = open_database(folder)  # the window, say
    other.read_connection().execute("SELECT count(*) FROM person").fetchone()
    before = DataFolder(folder).keyinfo.read_bytes()
    with pytest.raises(DatabaseInUseError):
        key_change.change_key(created.store, folder, "keystore")
    other.close()
    assert DataFolder(folder).keyinfo.read_bytes() == before
    assert not (folder / key_change.NEXT_DB).exists() and not (folder / key_change.NEXT_KEYINFO).exists()
    open_database(folder).close()


@pytest.mark.parametrize("crash_at", ["export", "keystore", "commit", "rename", "finish"])
def test_interrupted_change_is_undone_or_completed(tmp_path: Path, memory_keystore: MemoryKeyring,
                                                   monkeypatch: pytest.MonkeyPatch, crash_at: str) -> None:
    folder = tmp_path / "d"
    created = create_database(folder, "keystore")
    person = _add_person(created.store)

    class Crash(BaseException):
        pass

    def crash(*_args: object, **_kwargs: object) -> None:
        raise Crash

    target = {"export": "export_rekeyed", "keystore": "keystore", "commit": "_write_json",
              "rename": "fsync_file", "finish": "finish_pending"}[crash_at]
    if target == "keystore":
        monkeypatch.setattr(key_change.keystore, "store_key", crash)
    elif target == "finish_pending":
        real = key_change.finish_pending
        monkeypatch.setattr(key_change, "finish_pending",
                            lambda folder, **kw: real(folder, **kw) if not (folder / key_change.NEXT_KEYINFO).exists()
                            else crash())
    elif target == "fsync_file":
        real_fsync = key_change.fsync_file
        monkeypatch.setattr(key_change, "fsync_file",
                            lambda path: crash() if path.name == "cii.db" else real_fsync(path))
    else:
        monkeypatch.setattr(key_change, target, crash)
    with pytest.raises(Crash):
        key_change.change_key(created.store, folder, "keystore")
    monkeypatch.undo()
    store = open_database(folder)  # whichever key is now the key, the keystore has it
    assert _name(store, person) == NAME
    store.close()
    assert not (folder / key_change.NEXT_DB).exists() and not (folder / key_change.NEXT_KEYINFO).exists()
    assert len(memory_keystore.entries) == 1


def test_cli_key_commands(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    p1, p2 = tmp_path / "p1", tmp_path / "p2"
    p1.write_text(PASSPHRASE)
    p2.write_text(NEW)
    assert run("demo", "--data-dir", str(folder), "--persons", "5", "--passphrase-file", str(p1)).returncode == 0
    changed = run("key", "change-passphrase", "--data-dir", str(folder), "--passphrase-file", str(p1),
                  "--new-passphrase-file", str(p2))
    assert changed.returncode == 0, changed.stderr
    recovery = changed.stdout.strip().splitlines()[-1].strip()
    assert run("check", "--data-dir", str(folder), "--passphrase-file", str(p2)).returncode == 0
    assert run("check", "--data-dir", str(folder), "--passphrase-file", str(p1)).returncode == 1
    again = run("key", "new-recovery-key", "--data-dir", str(folder), "--passphrase-file", str(p2))
    assert again.returncode == 0, again.stderr
    key_file = tmp_path / "recovery"
    key_file.write_text(recovery)
    old = run("check", "--data-dir", str(folder), "--recovery-key-file", str(key_file))
    assert old.returncode == 1 and "recovery key does not open" in old.stderr
    key_file.write_text(again.stdout.strip().splitlines()[-1].strip())
    assert run("check", "--data-dir", str(folder), "--recovery-key-file", str(key_file)).returncode == 0
    same = run("key", "to-passphrase", "--data-dir", str(folder), "--passphrase-file", str(p2), "--lang", "de")
    assert same.returncode == 1 and "bereits so geschützt" in same.stderr
    abbreviated = run("key", "rekey", "--data-dir", str(folder), "--passphrase", "SECRET")
    assert abbreviated.returncode == 2


def _opens(folder: Path, passphrases: tuple[str, ...]) -> str:
    for passphrase in passphrases:
        try:
            store = open_database(folder, passphrase=passphrase)
        except (WrongPassphraseError, WrongKeyError):
            continue
        try:
            with store.reading() as session:
                assert session.query(Person).count() > 0
        finally:
            store.close()
        return passphrase
    raise AssertionError("neither the old nor the new passphrase opens the database")


@pytest.mark.slow
def test_sigkill_at_random_points_never_locks_out(tmp_path: Path, no_keystore: None) -> None:
    template = tmp_path / "template"
    p1, p2 = tmp_path / "p1", tmp_path / "p2"
    p1.write_text(PASSPHRASE)
    p2.write_text(NEW)
    assert run("demo", "--data-dir", str(template), "--persons", "300",
               "--passphrase-file", str(p1)).returncode == 0
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "LANG": "C.UTF-8"}
    command = [sys.executable, "-m", "cii_desktop", "key", "change-passphrase", "--passphrase-file",
               str(p1), "--new-passphrase-file", str(p2), "--data-dir"]
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    started = time.monotonic()
    subprocess.run([*command, str(probe)], cwd=ROOT, env=env, check=True, capture_output=True)
    duration = time.monotonic() - started
    rng = random.Random(14)
    outcomes: dict[str, int] = {}
    for i in range(12):
        folder = tmp_path / f"run{i}"
        shutil.copytree(template, folder)
        process = subprocess.Popen([*command, str(folder)], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.4, 1.05) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        try:
            opened = _opens(folder, (PASSPHRASE, NEW))
        except StoreError as exc:
            raise AssertionError(f"run {i}: {exc.code}") from exc
        outcomes[opened] = outcomes.get(opened, 0) + 1
        assert not (folder / key_change.NEXT_DB).exists()
    print(outcomes)


@pytest.mark.parametrize("cancel_at", [1, 2, 3])
def test_a_cancelled_change_keeps_the_old_key(tmp_path: Path, memory_keystore: MemoryKeyring,
                                              cancel_at: int) -> None:
    """Cancelled before the copy (1), during it (2: the copy is interrupted), or before the commit
    mark (3): nothing changes, the old passphrase and recovery key open the folder, no file is left."""
    from cii_desktop.storage.errors import KeyChangeCancelledError

    created = create_database(tmp_path / "d", "passphrase", PASSPHRASE)
    person = _add_person(created.store)
    for _ in range(40):
        _add_person(created.store)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= cancel_at

    with pytest.raises(KeyChangeCancelledError):
        key_change.change_key(created.store, tmp_path / "d", "keystore", cancelled=cancelled)
    assert len(asked) >= cancel_at
    assert _name(created.store, person) == NAME  # the open store goes on, under the old key
    created.store.close()
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == [
        "cii.db", "cii.keyinfo.copy.json", "cii.keyinfo.json"]
    assert memory_keystore.entries == {}  # a key stored for the change is forgotten again
    store = open_database(tmp_path / "d", passphrase=PASSPHRASE)
    assert _name(store, person) == NAME
    store.close()
    open_database(tmp_path / "d", recovery_key=created.recovery_key).close()

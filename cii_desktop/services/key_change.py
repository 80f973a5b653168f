"""Key changes of a data folder: new passphrase, new recovery key, keystore <-> passphrase, rekey.

Every change gives the database a new key (so that the old passphrase, the old recovery key and
the old keystore entry stop opening it) and a new recovery key. It is crash-safe: a process killed
at any point leaves a folder that the old or the new key opens, never neither.

1. The database is copied under the new key to ``cii.db.next`` (sqlcipher_export, fsync).
2. With a keystore, the new key goes into a new entry (the old one stays until the end).
3. ``cii.keyinfo.next.json`` (the new key information) is written atomically: the commit mark.
4. ``cii.db.next`` replaces ``cii.db`` in one rename.
5. The new key information replaces the old one (copy, then file); the old entry is forgotten.

:func:`finish_pending` runs before every opening: a ``cii.keyinfo.next.json`` beside a
``cii.db.next`` means the rename has not happened (the change is undone: the old key opens); without
``cii.db.next`` the rename has happened (the change is completed: the new key opens).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import create_private_file
from ..storage import keystore
from ..storage.database import connect, export_rekeyed, file_salt, fsync_file, hold_alone
from ..storage.errors import (
    KeyChangeCancelledError,
    KeyInfoDamagedError,
    KeystoreUnavailableError,
    StoreError,
)
from ..storage.store import Store
from .data_folder import DataFolder, Protection, _check_passphrase, _write_json, parse_keyinfo

NEXT_DB = "cii.db.next"
NEXT_KEYINFO = "cii.keyinfo.next.json"


@dataclass
class KeyChange:
    """What a change produced: the new recovery key (to print) and the new protection."""

    recovery_key: str
    protection: Protection


def _paths(data: DataFolder) -> tuple[Path, Path]:
    return data.path / NEXT_DB, data.path / NEXT_KEYINFO


UNSEEN = "recovery_unseen"


def finish_pending(folder: Path, *, shown: bool = False) -> str | None:
    """Complete or undo a key change a crash interrupted; returns "completed", "undone" or None.

    A change completed here (at an opening, the process that made it having died) leaves a recovery
    key nobody saw: the key information says so (:data:`UNSEEN`) until the next key change, and
    every opening tells the user (:func:`recovery_unseen`). ``shown`` is the change's own process,
    which prints its recovery key next."""
    data = DataFolder(Path(folder))
    next_db, next_info = _paths(data)
    if not next_info.exists():
        if next_db.exists() or _leftovers(next_db):
            _remove_copy(next_db)  # the copy was not committed: the old key is still the key
            return "undone"
        return None
    new_info: dict[str, Any] | None
    try:
        new_info = parse_keyinfo(next_info)
    except StoreError:
        if not next_db.exists():
            raise KeyInfoDamagedError(NEXT_KEYINFO) from None  # never drop the only new keyinfo
        new_info = None  # an atomic write cannot leave it half: treat as not committed
    if next_db.exists():
        _forget_new_entry(data, new_info)
        _remove_copy(next_db)
        next_info.unlink()
        return "undone"
    assert new_info is not None
    old_info = _old_info(data)
    if not shown:
        new_info[UNSEEN] = True
    data.write_keyinfo(new_info)
    if old_info is not None:
        _forget_old_entry(old_info, new_info)
    next_info.unlink()
    return "completed"


def _leftovers(next_db: Path) -> list[Path]:
    return [p for p in (Path(f"{next_db}{s}") for s in ("-journal", "-wal", "-shm")) if p.exists()]


def _remove_copy(next_db: Path) -> None:
    """The uncommitted copy and what SQLite left beside it (its rollback journal holds pages)."""
    next_db.unlink(missing_ok=True)
    for leftover in _leftovers(next_db):
        leftover.unlink(missing_ok=True)


def recovery_unseen(folder: Path) -> bool:
    """True when the folder's recovery key was never shown (a key change completed at an opening):
    ``cii-desktop key new-recovery-key`` issues one that is."""
    try:
        return bool(DataFolder(Path(folder)).read_keyinfo().get(UNSEEN))
    except StoreError:
        return False


def _old_info(data: DataFolder) -> dict[str, Any] | None:
    try:
        return data.read_keyinfo()
    except StoreError:
        return None


def _forget_new_entry(data: DataFolder, new_info: dict[str, Any] | None) -> None:
    old = _old_info(data) or {}
    if new_info and new_info.get("protection") == "keystore" \
            and new_info.get("keystore_entry") != old.get("keystore_entry"):
        with contextlib.suppress(StoreError):
            if keystore.keystore_available():
                keystore.forget_key(str(new_info["db_id"]), new_info.get("keystore_entry"))


def _forget_old_entry(old: dict[str, Any], new: dict[str, Any]) -> None:
    if old.get("protection") == "keystore" and old.get("keystore_entry") != new.get("keystore_entry"):
        with contextlib.suppress(StoreError):
            if keystore.keystore_available():
                keystore.forget_key(str(old["db_id"]), old.get("keystore_entry"))


def change_key(store: Store, folder: Path, protection: Protection,
               passphrase: str | None = None, cancelled: Callable[[], bool] | None = None) -> KeyChange:
    """Give the database of ``store`` a new key under ``protection``.

    ``store`` is closed during the change and uses the new key afterwards (or, on failure, the
    old one: nothing changed). ``cancelled`` is asked during the copy and before the commit mark:
    when it answers True the change stops there, undone (:class:`KeyChangeCancelledError`);
    after the commit mark it is no longer asked (the change completes)."""
    stop = cancelled or (lambda: False)

    def halt_if_cancelled() -> None:
        if stop():
            raise KeyChangeCancelledError()

    from ..storage import keys

    data = DataFolder(Path(folder))
    finish_pending(data.path)
    info = data.read_keyinfo()
    db_id = str(info["db_id"])
    new_info = {k: v for k, v in info.items()
                if k not in ("kdf", "file_salt", "key_check", "keystore_entry", UNSEEN)}
    new_info["protection"] = protection
    if protection == "passphrase":
        salt = keys.new_salt()
        new_key = keys.derive_passphrase_key(_check_passphrase(passphrase), salt)
        new_info["kdf"] = {"name": "scrypt", "salt": salt.hex(), "n": keys.SCRYPT_N,
                           "r": keys.SCRYPT_R, "p": keys.SCRYPT_P}
    else:
        if not keystore.keystore_available():
            raise KeystoreUnavailableError(keystore.backend_name())
        new_key = keys.new_database_key()
        new_info["keystore_entry"] = f"{keystore.entry_name(db_id)}:{secrets.token_hex(4)}"
    recovery_key = keys.new_recovery_key()
    new_info["recovery"] = keys.wrap_with_recovery_key(new_key, recovery_key, db_id)
    new_info["key_check"] = keys.key_check(new_key, db_id)
    next_db, next_info = _paths(data)
    key, hmac = store.key, None
    store.close()
    conn = connect(data.database, key)
    try:
        hold_alone(conn, data.database)  # alone on the file until the end, or refuse
        _remove_copy(next_db)
        os.close(create_private_file(next_db))
        halt_if_cancelled()
        conn.set_progress_handler(lambda: 1 if stop() else 0, 20_000)  # a cancel interrupts the copy
        try:
            export_rekeyed(conn, next_db, new_key)
        except Exception:
            halt_if_cancelled()  # interrupted by the cancel: say so (else the copy's own failure goes on)
            raise
        finally:
            conn.set_progress_handler(None, 0)
        halt_if_cancelled()
        check = connect(next_db, new_key, hmac=hmac)
        try:
            check.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            check.close()
        new_info["file_salt"] = file_salt(next_db)
        if protection == "keystore":
            keystore.store_key(db_id, new_key, new_info["keystore_entry"])
        halt_if_cancelled()  # the last moment a cancel undoes the change
        _write_json(next_info, new_info)  # commit mark
        fsync_file(next_info)
    except BaseException:
        conn.close()
        store.use_key(key)
        if not next_info.exists():
            _remove_copy(next_db)
            if protection == "keystore" and "keystore_entry" in new_info:
                with contextlib.suppress(Exception):
                    keystore.forget_key(db_id, new_info["keystore_entry"])
        raise
    conn.close()
    os.replace(next_db, data.database)
    fsync_file(data.database)
    finish_pending(data.path, shown=True)
    store.use_key(new_key)
    return KeyChange(recovery_key, protection)

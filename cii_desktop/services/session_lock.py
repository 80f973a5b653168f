"""Unlocking a locked window: the database passphrase, or an unlock passphrase in keystore mode.

A workstation whose key lives in the OS keystore opens without a prompt; so that its window can
still be locked, its user sets an unlock passphrase at first run. Only a scrypt verifier of it is
kept, inside the encrypted database (never in a file). Locking and unlocking are audited.
"""

from __future__ import annotations

import hmac
import json
import os
from pathlib import Path

from ..domain.errors import FieldError, ValidationFailed
from ..storage import keys
from ..storage.store import Store
from . import audit
from .data_folder import MIN_PASSPHRASE, DataFolder, _derive_from_passphrase

VERIFIER_KEY = "lock.unlock_verifier"
IDLE_MINUTES_DEFAULT = 10
# Cost of the unlock verifier: a guess costs what a database passphrase guess costs.
_N, _R, _P = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P


def _read(store: Store) -> dict[str, str] | None:
    row = store.read_connection().execute("SELECT value FROM local_setting WHERE key = ?",
                                          (VERIFIER_KEY,)).fetchone()
    if not row:
        return None
    try:
        data = json.loads(row[0])
        return {k: str(v) for k, v in data.items()}
    except (ValueError, AttributeError):
        return None


def needs_unlock_passphrase(store: Store, folder: Path) -> bool:
    """True for a keystore-mode workstation without an unlock passphrase yet."""
    return DataFolder(folder).protection() != "passphrase" and _read(store) is None


def asks_at_start(store: Store, folder: Path) -> bool:
    """A keystore-mode workstation opens its database without a prompt: when its user has set an
    unlock passphrase, the window asks it before showing anything (a passphrase-mode one has
    just asked the database's)."""
    return DataFolder(folder).protection() != "passphrase" and _read(store) is not None


def has_unlock_passphrase(store: Store) -> bool:
    return _read(store) is not None


def set_unlock_passphrase(store: Store, passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationFailed([FieldError("unlock_passphrase", "store.weak_passphrase")])
    salt = os.urandom(16)
    digest = keys.derive_passphrase_key(passphrase, salt, _N, _R, _P)
    value = json.dumps({"salt": salt.hex(), "n": _N, "r": _R, "p": _P, "hash": digest.hex()})
    with store.raw_transaction() as conn:
        conn.execute("INSERT INTO local_setting (key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (VERIFIER_KEY, value))


def verify(store: Store, folder: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` unlocks this window (the database's, or the unlock passphrase)."""
    if not passphrase:
        return False
    data = DataFolder(folder)
    if data.protection() == "passphrase":
        return store.key_matches(_derive_from_passphrase(data.read_keyinfo(), passphrase))
    verifier = _read(store)
    if verifier is None:
        return False
    n = min(int(verifier["n"]), 2**20)  # bounded: a planted value must not ask for gigabytes
    candidate = keys.derive_passphrase_key(passphrase, bytes.fromhex(verifier["salt"]), n,
                                           int(verifier["r"]), int(verifier["p"]))
    return hmac.compare_digest(candidate, bytes.fromhex(verifier["hash"]))


def record_lock(store: Store, locked: bool) -> None:
    audit.record(store, "session.lock" if locked else "session.unlock")


def verify_recovery(store: Store, folder: Path, recovery_key: str) -> bool:
    """Whether ``recovery_key`` is this database's: the way back for anyone who forgot the other."""
    info = DataFolder(folder).read_keyinfo()
    try:
        candidate = keys.unwrap_with_recovery_key(info["recovery"], recovery_key, str(info["db_id"]))
    except (keys.RecoveryKeyError, KeyError, ValueError):
        return False
    return store.key_matches(candidate)

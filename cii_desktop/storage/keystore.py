"""The OS keystore (through keyring) that holds each database's raw key."""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from .errors import KeystoreLockedError, KeystoreUnavailableError

# Documented in README: service name and entry name of the key in the OS keystore.
SERVICE = "ch.vs.cii-desktop"


def entry_name(db_id: str) -> str:
    return f"database-key:{db_id}"


def current_backend() -> KeyringBackend:
    return keyring.get_keyring()


def keystore_available() -> bool:
    """True when keyring has a real backend (not the 'fail' or 'null' ones)."""
    backend = current_backend()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a backend that cannot tell is not usable
        return False


def backend_name() -> str:
    backend = current_backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _prefer_local_machine(backend: KeyringBackend) -> None:
    # Windows Credential Manager: keep the key for this machine's user profile ("local machine").
    # keyring's WinVaultKeyring accepts the string form of CRED_PERSIST_LOCAL_MACHINE.
    if type(backend).__name__ == "WinVaultKeyring":  # pragma: no cover - Windows only
        backend.persist = "local machine"  # type: ignore[attr-defined]


def store_key(db_id: str, key: bytes, entry: str | None = None) -> None:
    """Save the raw key in the keystore; raise KeystoreUnavailableError when it cannot.

    ``entry``: the entry named in the key information (a key change uses a new one, so that the
    old key stays in place until the change is complete)."""
    if not keystore_available():
        raise KeystoreUnavailableError(backend_name())
    backend = current_backend()
    _prefer_local_machine(backend)
    try:
        backend.set_password(SERVICE, entry or entry_name(db_id), key.hex())
    except keyring.errors.KeyringLocked as exc:
        raise KeystoreLockedError(str(type(exc).__name__)) from exc
    except keyring.errors.KeyringError as exc:
        raise KeystoreUnavailableError(str(type(exc).__name__)) from exc


def load_key(db_id: str, entry: str | None = None) -> bytes | None:
    """The raw key of a database, or None when the keystore has no entry for it."""
    if not keystore_available():
        raise KeystoreUnavailableError(backend_name())
    try:
        value = keyring.get_password(SERVICE, entry or entry_name(db_id))
    except keyring.errors.KeyringLocked as exc:
        raise KeystoreLockedError(str(type(exc).__name__)) from exc
    except keyring.errors.KeyringError as exc:
        raise KeystoreUnavailableError(str(type(exc).__name__)) from exc
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def forget_key(db_id: str, entry: str | None = None) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, entry or entry_name(db_id))

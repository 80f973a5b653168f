"""Errors of the encrypted store; each has a ``code`` that the GUI and CLI turn into a message."""

from __future__ import annotations


class StoreError(Exception):
    """Base of the storage errors shown to people."""

    code = "store.error"


class WrongKeyError(StoreError):
    code = "store.wrong_key"


class NotADatabaseError(StoreError):
    code = "store.corrupt"


class NoDatabaseError(StoreError):
    code = "store.no_database"


class DatabaseExistsError(StoreError):
    code = "store.exists"


class KeyInfoMissingError(StoreError):
    code = "store.keyinfo_missing"


class KeyMissingError(StoreError):
    code = "store.key_missing"


class KeystoreUnavailableError(StoreError):
    code = "store.keystore_unavailable"


class PassphraseRequiredError(StoreError):
    code = "store.passphrase_required"


class WrongPassphraseError(StoreError):
    code = "store.wrong_passphrase"


class WeakPassphraseError(StoreError):
    code = "store.weak_passphrase"


class WrongRecoveryKeyError(StoreError):
    code = "store.wrong_recovery_key"


class DiskFullError(StoreError):
    code = "store.disk_full"


class FolderNotWritableError(StoreError):
    code = "store.folder_not_writable"


class EmptyDatabaseFileError(StoreError):
    code = "store.empty_file"


class TruncatedDatabaseError(StoreError):
    code = "store.truncated"


class ForeignDatabaseError(StoreError):
    code = "store.foreign"


class DamagedHeaderError(StoreError):
    code = "store.damaged_header"


class ReadOnlyError(StoreError):
    code = "store.read_only"


class KeystoreLockedError(StoreError):
    code = "store.keystore_locked"


class KeyInfoDamagedError(StoreError):
    code = "store.keyinfo_damaged"


class DatabaseInUseError(StoreError):
    code = "store.in_use"


class KeyChangeCancelledError(StoreError):
    """The user cancelled a key change before its commit mark: the database keeps its key."""

    code = "store.key_change_cancelled"


class NotEmptyError(StoreError):
    code = "store.not_empty"


class NotABackupError(StoreError):
    code = "store.not_a_backup"


class RestoreCheckFailedError(StoreError):
    code = "store.restore_check_failed"


class BackupRunningError(StoreError):
    """Another backup of the same data folder is being made now."""

    code = "backup.running"


class FileExistsRefusedError(StoreError):
    code = "store.file_exists"


def is_database_error(exc: BaseException) -> bool:
    """An error of the database driver, raised directly or wrapped by SQLAlchemy."""
    from sqlcipher3 import dbapi2 as sqlcipher

    return isinstance(exc, sqlcipher.Error) or isinstance(getattr(exc, "orig", None), sqlcipher.Error)


def classify(exc: BaseException) -> StoreError:
    """Turn a driver error into the store error people are shown (full disk, damaged file...)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text:
        return DiskFullError(text)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(text)
    if "unable to open" in text:
        return FolderNotWritableError(text)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return NotADatabaseError(text)
    return StoreError(text)

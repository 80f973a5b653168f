"""A data folder: create or open its encrypted database (keystore, passphrase or recovery key)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any, Literal

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain import reference
from ..paths import create_private_file, make_private, private_dir
from ..storage import keystore, migrate
from ..storage.database import DB_FILENAME, connect, file_salt, hmac_of, inspect_file
from ..storage.errors import (
    DamagedHeaderError,
    DatabaseExistsError,
    FolderNotWritableError,
    ForeignDatabaseError,
    KeyInfoDamagedError,
    KeyInfoMissingError,
    KeyMissingError,
    KeystoreUnavailableError,
    NoDatabaseError,
    PassphraseRequiredError,
    StoreError,
    WeakPassphraseError,
    WrongKeyError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
    classify,
    is_database_error,
)
from ..storage.store import Store

KEYINFO_FILENAME = "cii.keyinfo.json"
KEYINFO_COPY_FILENAME = "cii.keyinfo.copy.json"
BACKUP_DIRNAME = "backups"
MIN_PASSPHRASE = 12
Protection = Literal["keystore", "passphrase"]


@dataclass
class DataFolder:
    """Paths of a data folder; the database never lives on the shared server folder."""

    path: Path

    @property
    def database(self) -> Path:
        return self.path / DB_FILENAME

    @property
    def keyinfo(self) -> Path:
        return self.path / KEYINFO_FILENAME

    @property
    def keyinfo_copy(self) -> Path:
        """A second copy of the key information: one damaged or deleted file locks no one out."""
        return self.path / KEYINFO_COPY_FILENAME

    @property
    def backups(self) -> Path:
        return self.path / BACKUP_DIRNAME

    def has_database(self) -> bool:
        return self.database.exists() or self.keyinfo.exists() or self.keyinfo_copy.exists()

    def read_keyinfo(self) -> dict[str, Any]:
        """The key information, from the file or, when it is missing or damaged, from its copy
        (the file is then written again from the copy)."""
        errors: list[StoreError] = []
        for path in (self.keyinfo, self.keyinfo_copy):
            try:
                data = parse_keyinfo(path)
            except StoreError as exc:
                errors.append(exc)
                continue
            if path == self.keyinfo_copy:
                with contextlib.suppress(OSError):
                    _write_json(self.keyinfo, data)
            else:  # the copy missing or damaged (the file is good): written again, so that one stays two
                self._repair_copy(data)
            return data
        damaged = [e for e in errors if isinstance(e, KeyInfoDamagedError)]
        raise damaged[0] if damaged else errors[0]

    def _repair_copy(self, data: dict[str, Any]) -> None:
        if not self.keyinfo_copy.exists() and not self.database.exists():
            return  # a folder being created or restored: its writer makes both
        try:
            parse_keyinfo(self.keyinfo_copy)
            return
        except StoreError:  # missing or damaged
            pass
        with contextlib.suppress(OSError):
            _write_json(self.keyinfo_copy, data)

    def protection(self) -> Protection:
        value = self.read_keyinfo().get("protection", "keystore")
        return "passphrase" if value == "passphrase" else "keystore"

    def is_demo(self) -> bool:
        try:
            return bool(self.read_keyinfo().get("demo", False))
        except StoreError:
            return False

    def write_keyinfo(self, data: dict[str, Any]) -> None:
        """Atomic writes (temp, fsync, rename) of the file and of its copy, each 0600: a crash
        leaves each the old or the new content, never half."""
        _write_json(self.keyinfo_copy, data)
        _write_json(self.keyinfo, data)


def parse_keyinfo(path: Path) -> dict[str, Any]:
    """Read and check one key information file (KeyInfoMissing / KeyInfoDamaged)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyInfoMissingError(path.name) from None
    except (ValueError, OSError):
        raise KeyInfoDamagedError(path.name) from None
    try:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        uuid.UUID(str(data["db_id"]))
        recovery = data["recovery"]
        bytes.fromhex(recovery["nonce"]), bytes.fromhex(recovery["sealed"])
        if data.get("protection") == "passphrase":
            from ..storage import keys

            keys.kdf_parameters(data.get("kdf"))
    except (KeyError, TypeError, ValueError):
        raise KeyInfoDamagedError(path.name) from None
    return data


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    with os.fdopen(create_private_file(tmp), "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass
class Created:
    store: Store
    recovery_key: str
    backup: Path | None = None


class ShareLocationError(StoreError):
    """A data folder inside the shared folder, or the shared folder inside a data folder."""

    code = "share.data_folder_inside"


def _parts(path: str | PurePath, windows: bool) -> tuple[str, ...]:
    """The path's parts with symlinks resolved; case-folded for Windows paths (case-insensitive)."""
    if windows:
        real = os.path.realpath(path) if os.name == "nt" else str(path)
        return tuple(p.casefold() for p in PureWindowsPath(real).parts)
    return Path(os.path.realpath(os.path.expanduser(path))).parts


def _same_ancestor(inner: Path, outer: Path) -> bool:
    """Whether ``outer`` is the same existing folder as ``inner`` or one of its parents (seen
    through another name: a case-insensitive volume, a bind mount, a mapped drive)."""
    try:
        if not outer.exists():
            return False
        return any(folder.exists() and os.path.samefile(folder, outer) for folder in (inner, *inner.parents))
    except OSError:
        return False


def paths_overlap(first: str | PurePath, second: str | PurePath, windows: bool | None = None) -> bool:
    """Whether one of the two folders is the other or inside it."""
    windows = os.name == "nt" if windows is None else windows
    a, b = _parts(first, windows), _parts(second, windows)
    if a[:len(b)] == b or b[:len(a)] == a:
        return True
    if windows and os.name != "nt":
        return False  # a Windows path seen from elsewhere: nothing on this disk to compare
    real_a, real_b = Path(os.path.realpath(first)), Path(os.path.realpath(second))
    return _same_ancestor(real_a, real_b) or _same_ancestor(real_b, real_a)


def check_share_location(data_dir: str | PurePath, share: str | PurePath | None) -> None:
    """Refuse a shared folder that is, holds or lies inside the data folder (ShareLocationError)."""
    if share is not None and str(share).strip() and paths_overlap(data_dir, share):
        raise ShareLocationError(str(share))


def _looks_like_share(folder: Path) -> bool:
    """A folder holding a network folder (named by a network id, with signed roster files)."""
    try:
        for child in folder.iterdir():
            if len(child.name) == 36 and child.name.count("-") == 4 and child.is_dir() \
                    and any(child.glob("roster-*.json")):
                return True
    except OSError:
        return False
    return False


def check_data_folder_location(data_dir: Path) -> None:
    """Refuse a data folder inside any shared folder of a sync network (recognised by its files)."""
    real = Path(os.path.realpath(os.path.expanduser(data_dir)))
    for folder in (real, *real.parents):
        if folder.exists() and _looks_like_share(folder):
            raise ShareLocationError(str(folder))


def _check_passphrase(passphrase: str | None) -> str:
    if passphrase is None or len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphraseError(str(MIN_PASSPHRASE))
    return passphrase


def create_database(folder: Path, protection: Protection, passphrase: str | None = None,
                    *, demo: bool = False) -> Created:
    """Create a new encrypted database; refuses when one (or its key info) already exists."""
    from ..storage import keys  # cryptography loads only when a key is derived or unwrapped

    data = DataFolder(Path(folder))
    if data.has_database():
        raise DatabaseExistsError(str(data.path))
    check_data_folder_location(data.path)
    try:
        private_dir(data.path)
    except OSError as exc:
        raise FolderNotWritableError(str(data.path)) from exc
    if not os.access(data.path, os.W_OK):
        raise FolderNotWritableError(str(data.path))
    db_id = str(uuid.uuid4())
    info: dict[str, Any] = {
        "format": 1, "db_id": db_id, "protection": protection, "demo": demo,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "keystore_service": keystore.SERVICE, "keystore_entry": keystore.entry_name(db_id),
    }
    if protection == "keystore":
        if not keystore.keystore_available():
            raise KeystoreUnavailableError(keystore.backend_name())
        key = keys.new_database_key()
    else:
        salt = keys.new_salt()
        key = keys.derive_passphrase_key(_check_passphrase(passphrase), salt)
        info["kdf"] = {"name": "scrypt", "salt": salt.hex(), "n": keys.SCRYPT_N,
                       "r": keys.SCRYPT_R, "p": keys.SCRYPT_P}
    recovery_key = keys.new_recovery_key()
    info["recovery"] = keys.wrap_with_recovery_key(key, recovery_key, db_id)
    info["key_check"] = keys.key_check(key, db_id)
    if protection == "keystore":
        keystore.store_key(db_id, key)
    data.write_keyinfo(info)
    try:
        os.close(create_private_file(data.database))  # 0600 from the start; SQLite keeps the mode
        store = _open_with_key(data, key, new=True)
        try:
            # Everything into the main file, so that it starts with its header from now on.
            store.read_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            info["file_salt"] = file_salt(data.database)
            data.write_keyinfo(info)
        except BaseException:
            store.close()
            raise
    except BaseException:
        remove_new_database(data.path)  # the folder held no database before this call
        raise
    return Created(store, recovery_key)


def remove_new_database(folder: Path) -> None:
    """Remove a database this process has just created (a failed or cancelled creation).

    Only for that: an existing database is never removed.
    """
    data = DataFolder(Path(folder))
    db_id = entry = None
    try:
        info = data.read_keyinfo()
        db_id = str(info["db_id"]) if info.get("protection") == "keystore" else None
        entry = info.get("keystore_entry")
    except StoreError:
        pass
    for path in (data.database, data.keyinfo, data.keyinfo_copy, Path(f"{data.database}-wal"),
                 Path(f"{data.database}-shm")):
        path.unlink(missing_ok=True)
    if db_id and keystore.keystore_available():
        keystore.forget_key(db_id, entry)


def _derive_from_passphrase(info: dict[str, Any], passphrase: str) -> bytes:
    from ..storage import keys

    try:
        salt, n, r, p = keys.kdf_parameters(info.get("kdf"))
    except (KeyError, TypeError, ValueError):
        raise KeyInfoDamagedError(KEYINFO_FILENAME) from None
    return keys.derive_passphrase_key(passphrase, salt, n, r, p)


def _checked(info: dict[str, Any], key: bytes, error: StoreError) -> bytes:
    """The key, unless the key information's check value says it is not this database's."""
    from ..storage import keys

    expected = info.get("key_check")
    if expected and keys.key_check(key, str(info["db_id"])) != expected:
        raise error
    return key


def resolve_key(data: DataFolder, passphrase: str | None = None,
                recovery_key: str | None = None) -> bytes:
    """Find the raw key of an existing database; never creates or replaces one. When the key
    information does not give it (valid JSON, but a changed salt or check value) and its copy
    differs and does, the copy wins and the file is written again from it."""
    if not data.database.exists():
        raise NoDatabaseError(str(data.path))
    info = data.read_keyinfo()
    try:
        return _resolve_with(info, passphrase, recovery_key)
    except (WrongPassphraseError, WrongKeyError, WrongRecoveryKeyError):
        copy: dict[str, Any] | None = None
        with contextlib.suppress(StoreError):
            copy = parse_keyinfo(data.keyinfo_copy)
        if copy is None or copy == info:
            raise
    key = _resolve_with(copy, passphrase, recovery_key)  # the copy's error if it fails too
    data.write_keyinfo(copy)
    return key


def _resolve_with(info: dict[str, Any], passphrase: str | None, recovery_key: str | None) -> bytes:
    db_id = str(info["db_id"])
    if recovery_key:
        from ..storage import keys  # cryptography loads only when a key is derived or unwrapped

        try:
            return keys.unwrap_with_recovery_key(info["recovery"], recovery_key, db_id)
        except keys.RecoveryKeyError:
            raise WrongRecoveryKeyError(db_id) from None
    if info.get("protection") == "passphrase":
        if not passphrase:
            raise PassphraseRequiredError(db_id)
        return _checked(info, _derive_from_passphrase(info, passphrase), WrongPassphraseError(db_id))
    key = keystore.load_key(db_id, info.get("keystore_entry"))
    if key is None:
        raise KeyMissingError(db_id)
    return _checked(info, key, WrongKeyError(db_id))


def open_database(folder: Path, passphrase: str | None = None,
                  recovery_key: str | None = None, *, restore_keystore: bool = True) -> Store:
    """Open (and migrate, after a backup) the database of a data folder."""
    from .compaction import remove_leftover_copy
    from .key_change import finish_pending

    data = DataFolder(Path(folder))
    finish_pending(data.path)  # a key change a crash interrupted: completed or undone first
    remove_leftover_copy(data.path)  # a compaction a crash interrupted before its rename
    if not data.database.exists():
        raise NoDatabaseError(str(data.path))
    data.read_keyinfo()
    inspect_file(data.database)
    key = resolve_key(data, passphrase, recovery_key)
    info = data.read_keyinfo()  # after resolve_key: it may have repaired the file from its copy
    try:
        store = _open_with_key(data, key, new=False)
    except WrongKeyError:
        if recovery_key or info.get("key_check"):
            # The key is this database's (unwrapped by the recovery key, or its check value
            # matches). The file starts with this database's salt: its first page is damaged;
            # with another salt, another file was put in its place.
            if info.get("file_salt") and file_salt(data.database) != info["file_salt"]:
                raise ForeignDatabaseError(str(data.path)) from None
            raise DamagedHeaderError(str(data.path)) from None
        if recovery_key:
            raise WrongRecoveryKeyError(str(data.path)) from None
        if passphrase:
            raise WrongPassphraseError(str(data.path)) from None
        raise
    except StoreError:
        raise
    except Exception as exc:
        if is_database_error(exc):  # damaged file, full disk... during the open or a migration
            raise classify(exc) from None
        raise
    if recovery_key and restore_keystore and data.protection() == "keystore" \
            and keystore.keystore_available():
        keystore.store_key(str(info["db_id"]), key, info.get("keystore_entry"))
    _complete_keyinfo(data, info, key)
    return store


def _complete_keyinfo(data: DataFolder, info: dict[str, Any], key: bytes) -> None:
    """Databases made before the check value, the file's salt and the copy get them at their
    first opening, a copy put back by hand its salt (best effort: a read-only folder keeps them)."""
    from ..storage import keys

    if info.get("key_check") and info.get("file_salt") == file_salt(data.database) \
            and data.keyinfo_copy.exists():
        return
    info = dict(info, key_check=keys.key_check(key, str(info["db_id"])),
                file_salt=file_salt(data.database))
    with contextlib.suppress(OSError):
        data.write_keyinfo(info)
        for path in (data.path, data.database, data.keyinfo):
            make_private(path)


def _open_with_key(data: DataFolder, key: bytes, *, new: bool) -> Store:
    if new:
        # Create the encrypted file: the first write through a keyed connection writes the header.
        conn = connect(data.database, key, check=False)
        conn.execute("CREATE TABLE IF NOT EXISTS local_bootstrap(x)")
        conn.execute("DROP TABLE local_bootstrap")
        conn.commit()
        conn.close()
    conn = connect(data.database, key)  # raises WrongKeyError on a wrong key
    try:
        hmac = hmac_of(conn)
        revision = _scalar(conn, "SELECT version_num FROM alembic_version")
        workstation = _scalar(conn, "SELECT value FROM local_setting WHERE key = 'workstation_id'")
    finally:
        conn.close()
    if not new and revision is None:
        # Keyed and readable, but no schema: an empty or foreign database in this one's place.
        raise ForeignDatabaseError(str(data.path))
    store = Store(data.database, key, workstation or "", hmac)
    try:
        if new or revision != migrate.HEAD:
            # Only now is SQLAlchemy (and Alembic) needed: migrate after a backup, seed references.
            copy = migrate.upgrade(store.engine, data.backups)
            if copy is not None:
                _keyinfo_beside_backup(data, copy)
            if workstation is None:
                store.workstation_id = _new_workstation(store)
            _seed_reference(store)
    except BaseException:
        store.close()
        raise
    return store


def _keyinfo_beside_backup(data: DataFolder, copy: Path) -> None:
    """A migration copy gets its key information beside it (``<name>.keyinfo.json``), then the
    backups' retention applies (services.backup)."""
    from .backup import prune

    info = dict(data.read_keyinfo(), file_salt=file_salt(copy))
    _write_json(copy.with_suffix(".keyinfo.json"), info)
    prune(data.path)


def _scalar(conn: sqlcipher.Connection, sql: str) -> str | None:
    try:
        row = conn.execute(sql).fetchone()
    except sqlcipher.OperationalError:
        return None  # table not there yet: a new database
    return str(row[0]) if row else None


def _new_workstation(store: Store) -> str:
    from sqlalchemy.orm import Session

    from ..storage.unit_of_work import set_setting

    workstation = str(uuid.uuid4())
    with Session(store.engine) as session, session.begin():
        set_setting(session, "workstation_id", workstation)
    return workstation


def _seed_reference(store: Store) -> None:
    """Institutions and offices from the reference tables (same UUIDs on every workstation)."""
    from ..storage.models import Institution, Office

    with store.unit_of_work() as uow:
        for entry in reference.INSTITUTIONS:
            row_id = reference.reference_id("institution", entry.code)
            if uow.session.get(Institution, row_id) is None:
                uow.add(Institution(id=row_id, code=entry.code, name_fr=entry.label.fr,
                                    name_de=entry.label.de, short_fr=entry.abbreviation("fr"),
                                    short_de=entry.abbreviation("de")))
        for entry in reference.OFFICES:
            row_id = reference.reference_id("office", entry.code)
            if uow.session.get(Office, row_id) is None:
                uow.add(Office(id=row_id, code=entry.code, name_fr=entry.label.fr,
                               name_de=entry.label.de))

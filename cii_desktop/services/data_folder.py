"""A data folder: create or open its encrypted database (keystore, passphrase or recovery key)."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any, Literal

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain import reference
from ..storage import keystore, migrate
from ..storage.database import DB_FILENAME, connect, hmac_of
from ..storage.errors import (
    DatabaseExistsError,
    FolderNotWritableError,
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
    def backups(self) -> Path:
        return self.path / BACKUP_DIRNAME

    def has_database(self) -> bool:
        return self.database.exists() or self.keyinfo.exists()

    def read_keyinfo(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self.keyinfo.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyInfoMissingError(str(self.keyinfo)) from None
        except (ValueError, OSError):
            raise KeyInfoMissingError(str(self.keyinfo)) from None
        return data

    def protection(self) -> Protection:
        value = self.read_keyinfo().get("protection", "keystore")
        return "passphrase" if value == "passphrase" else "keystore"

    def is_demo(self) -> bool:
        try:
            return bool(self.read_keyinfo().get("demo", False))
        except KeyInfoMissingError:
            return False

    def write_keyinfo(self, data: dict[str, Any]) -> None:
        """Atomic write (temp, fsync, rename): a crash leaves the old or the new file, never half."""
        tmp = self.keyinfo.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.keyinfo)


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
        data.path.mkdir(parents=True, exist_ok=True)
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
    if protection == "keystore":
        keystore.store_key(db_id, key)
    data.write_keyinfo(info)
    try:
        store = _open_with_key(data, key, new=True)
    except BaseException:
        remove_new_database(data.path)  # the folder held no database before this call
        raise
    return Created(store, recovery_key)


def remove_new_database(folder: Path) -> None:
    """Remove a database this process has just created (a failed or cancelled creation).

    Only for that: an existing database is never removed.
    """
    data = DataFolder(Path(folder))
    db_id = None
    try:
        info = data.read_keyinfo()
        db_id = str(info["db_id"]) if info.get("protection") == "keystore" else None
    except KeyInfoMissingError:
        pass
    for path in (data.database, data.keyinfo, Path(f"{data.database}-wal"), Path(f"{data.database}-shm")):
        path.unlink(missing_ok=True)
    if db_id and keystore.keystore_available():
        keystore.forget_key(db_id)


def _derive_from_passphrase(info: dict[str, Any], passphrase: str) -> bytes:
    from ..storage import keys

    kdf = info["kdf"]
    return keys.derive_passphrase_key(passphrase, bytes.fromhex(kdf["salt"]), int(kdf["n"]),
                                      int(kdf["r"]), int(kdf["p"]))


def resolve_key(data: DataFolder, passphrase: str | None = None,
                recovery_key: str | None = None) -> bytes:
    """Find the raw key of an existing database; never creates or replaces one."""
    if not data.database.exists():
        raise NoDatabaseError(str(data.path))
    info = data.read_keyinfo()
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
        return _derive_from_passphrase(info, passphrase)
    key = keystore.load_key(db_id)
    if key is None:
        raise KeyMissingError(db_id)
    return key


def open_database(folder: Path, passphrase: str | None = None,
                  recovery_key: str | None = None, *, restore_keystore: bool = True) -> Store:
    """Open (and migrate, after a backup) the database of a data folder."""
    data = DataFolder(Path(folder))
    key = resolve_key(data, passphrase, recovery_key)
    try:
        store = _open_with_key(data, key, new=False)
    except WrongKeyError:
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
        keystore.store_key(str(data.read_keyinfo()["db_id"]), key)
    return store


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
    store = Store(data.database, key, workstation or "", hmac)
    try:
        if new or revision != migrate.HEAD:
            # Only now is SQLAlchemy (and Alembic) needed: migrate after a backup, seed references.
            migrate.upgrade(store.engine, data.backups)
            if workstation is None:
                store.workstation_id = _new_workstation(store)
            _seed_reference(store)
    except BaseException:
        store.close()
        raise
    return store


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

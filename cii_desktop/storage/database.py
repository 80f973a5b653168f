"""SQLCipher connections with a raw key (wrong keys refused) and the SQLAlchemy engine over them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain.text import case_search_key, search_document, search_rowid
from .errors import (
    DatabaseInUseError,
    EmptyDatabaseFileError,
    ForeignDatabaseError,
    NotADatabaseError,
    ReadOnlyError,
    TruncatedDatabaseError,
    WrongKeyError,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

DB_FILENAME = "cii.db"
# Page caches. A miss costs SQLCipher a decryption and an HMAC check (plain SQLite only a copy), so
# the window's read connection (list, search, detail) keeps a large cache; the others stay small
# so that memory stays bounded. A cache fills only with pages actually read.
READ_CACHE_KIB = 65536
CACHE_KIB = 8192


# The page authentication code. New databases use HMAC-SHA256: as strong for this purpose, and on
# processors with SHA extensions (AMD Zen, Intel since 2019-2021) it costs half of SQLCipher 4's
# default HMAC-SHA512, which is most of what encryption adds to a save. Databases made with that
# default (the first builds, until November 2026) keep opening: the current format is tried first.
HMAC_CURRENT = "HMAC_SHA256"
HMAC_FORMATS = (HMAC_CURRENT, "HMAC_SHA512")
PAGE_SIZE = 4096  # SQLCipher 4's page size; every database of the app has it
PLAIN_SQLITE = b"SQLite format 3\x00"


def file_salt(path: Path) -> str:
    """The first 16 bytes of an encrypted file (SQLCipher's random salt), in hex: which file it is."""
    with open(path, "rb") as fh:
        return fh.read(16).hex()


def inspect_file(path: Path, *, writable: bool = True) -> None:
    """Refuse, before any key is tried, a database file that cannot be this data folder's database.

    A 0-byte file (a failed copy, a full disk, a sync tool), a file cut off or a plain SQLite file
    are never opened: opening them would let SQLite treat them as a new, empty database. A
    read-only file or folder is told apart too.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(16)
    except PermissionError:
        raise ReadOnlyError(path.name) from None
    wal = Path(f"{path}-wal")
    if size == 0 and wal.exists() and wal.stat().st_size > 0:
        return  # everything still in the write-ahead log (a crash before the first checkpoint)
    if size == 0:
        raise EmptyDatabaseFileError(path.name)
    if header == PLAIN_SQLITE:
        raise ForeignDatabaseError(path.name)
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise TruncatedDatabaseError(path.name)
    if writable and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
        raise ReadOnlyError(path.name)


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise WrongKeyError("a raw key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _open(path: Path, key: bytes, hmac: str, check: bool, cache_kib: int) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=15)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
        # The default too, so that copies made from this connection (VACUUM INTO) use it.
        conn.execute(f"PRAGMA cipher_default_hmac_algorithm = {HMAC_CURRENT}")
        conn.execute(_key_pragma(key))
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # freed space zeroed: an erasure leaves no trace
        conn.execute("PRAGMA busy_timeout = 15000")
        conn.create_function("cii_fold", -1, search_document, deterministic=True)
        conn.create_function("cii_rowid", 1, search_rowid, deterministic=True)
        conn.create_function("cii_case_key", 2, case_search_key, deterministic=True)
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongKeyError(str(path.name)) from None
        raise NotADatabaseError(str(exc)) from None
    return conn


def connect(path: Path, key: bytes, *, check: bool = True, cache_kib: int = CACHE_KIB,
            hmac: str | None = None) -> sqlcipher.Connection:
    """Open one DB-API connection, apply the raw key and the session pragmas.

    ``hmac`` is the database's format (:func:`hmac_of` on a checked connection); without it, a
    checked open tries each known format and an unchecked one (a new file) uses the current one.
    """
    if hmac is not None or not check:
        return _open(path, key, hmac or HMAC_CURRENT, check, cache_kib)
    for candidate in HMAC_FORMATS[:-1]:
        try:
            return _open(path, key, candidate, True, cache_kib)
        except WrongKeyError:
            continue
    return _open(path, key, HMAC_FORMATS[-1], True, cache_kib)


def hmac_of(conn: sqlcipher.Connection) -> str:
    """The HMAC format of an opened connection's database, to open more connections to it."""
    row = conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()
    return str(row[0]) if row else HMAC_CURRENT  # no row: a connection without a key (benchmark)


def verify_key(path: Path, key: bytes) -> str:
    """Raise :class:`WrongKeyError` unless ``key`` opens the database at ``path``; return its format."""
    conn = connect(path, key)
    try:
        return hmac_of(conn)
    finally:
        conn.close()


def make_engine(path: Path, key: bytes, verified: bool = False,
                creator: Callable[[], sqlcipher.Connection] | None = None) -> Engine:
    """A SQLAlchemy engine over the encrypted file, one connection per thread.

    ``creator`` hands out the connection of the calling thread (Store shares it with its plain
    reads); without it, each thread gets a connection of its own. The key is checked here unless
    the caller already did.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import SingletonThreadPool

    hmac = None if verified else verify_key(path, key)
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        creator=creator or (lambda: connect(path, key, check=hmac is None, hmac=hmac)),
        poolclass=SingletonThreadPool,
        pool_size=8,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy issues BEGIN itself (see "begin" below)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # One connection per thread: code on one thread must not nest transactions (it does not);
        # should it, the inner one joins the outer instead of failing.
        if not conn.connection.dbapi_connection.in_transaction:
            conn.exec_driver_sql("BEGIN")

    return engine


def hold_alone(conn: sqlcipher.Connection, path: Path) -> None:
    """Make ``conn`` the only connection to ``path`` until it is closed (out of the write-ahead
    log, an exclusive lock kept), or raise :class:`DatabaseInUseError`: leaving the log needs every
    other connection (the window, a scheduled sync) to be closed."""
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlcipher.Error as exc:  # "database is locked"
        raise DatabaseInUseError(str(exc)) from None
    if Path(f"{path}-wal").exists():
        raise DatabaseInUseError("wal")


def export_rekeyed(conn: sqlcipher.Connection, target: Path, key: bytes, *, salt: str = "",
                   finish: Callable[[sqlcipher.Connection], None] | None = None) -> None:
    """Copy the database of ``conn`` into the new file ``target`` encrypted under ``key``
    (sqlcipher_export: schema, data, full-text indexes), then fsync it. ``salt`` (hex): the copy's
    own, else a random one; ``finish`` runs on the copy (attached as ``rekeyed``) before it is
    detached."""
    conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{_checked_key(key).hex()}{salt}'"))
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchone()
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        if finish is not None:
            finish(conn)
    finally:
        if conn.in_transaction:
            conn.rollback()
        conn.execute("DETACH DATABASE rekeyed")
    fsync_file(target)


def _checked_key(key: bytes) -> bytes:
    if len(key) != 32:
        raise WrongKeyError("a raw key has 32 bytes")
    return key


def fsync_file(path: Path) -> None:
    """Flush a file, and the folder's entry of it, to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name != "nt":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

"""An opened encrypted database: plain SQLCipher connections for reads, the ORM only when needed.

Importing SQLAlchemy costs more than showing a window, so start-up reads through plain
connections and the engine (and with it SQLAlchemy) is created on first use.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from .database import CACHE_KIB, READ_CACHE_KIB, connect, hmac_of

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from ..sync.clock import HybridClock
    from .unit_of_work import UnitOfWork


def _is_open(conn: sqlcipher.Connection) -> bool:
    try:
        conn.total_changes  # noqa: B018 - raises on a closed connection
    except sqlcipher.ProgrammingError:
        return False
    return True


class Store:
    """The database of a data folder, opened with its key; one per process and folder."""

    def __init__(self, path: Path, key: bytes, workstation_id: str = "", hmac: str | None = None) -> None:
        self.path = path
        self._key = key
        self._hmac = hmac  # the file's format (database.hmac_of); None: found on the first open
        self.workstation_id = workstation_id
        self._engine: Engine | None = None
        self._local = threading.local()
        self._connections: list[sqlcipher.Connection] = []
        self._lock = threading.RLock()
        self._sessions: Any = None  # the ORM session factory, made on first use
        self._clock: HybridClock | None = None
        # Milliseconds since the epoch for the change clock; tests give a workstation a wrong clock.
        self.physical_ms: Callable[[], int] | None = None

    def key_matches(self, candidate: bytes) -> bool:
        """Whether ``candidate`` is this database's key (constant time): the window's unlock check."""
        import hmac

        return hmac.compare_digest(candidate, self._key)

    @property
    def key(self) -> bytes:
        """The raw key (for a key change or a backup made from this store; never written out)."""
        return self._key

    @property
    def clock(self) -> HybridClock:
        """The hybrid logical clock that stamps this workstation's changes (sync.clock)."""
        with self._lock:
            if self._clock is None:
                from ..sync.clock import HybridClock, Timestamp

                clock = HybridClock(self.workstation_id, self.physical_ms)
                row = self.read_connection().execute(
                    "SELECT value FROM local_setting WHERE key = 'sync.clock'").fetchone()
                if row and row[0]:
                    clock.restore(Timestamp.decode(row[0]))
                self._clock = clock
            return self._clock

    @property
    def engine(self) -> Engine:
        """The ORM's engine; it uses the same per-thread connection as the plain reads."""
        with self._lock:
            if self._engine is None:
                from .database import make_engine

                self._engine = make_engine(self.path, self._key, verified=True,
                                           creator=self.read_connection)
            return self._engine

    def read_connection(self) -> sqlcipher.Connection:
        """The calling thread's connection: one per thread, so one page cache per thread.

        The window's thread keeps a large cache (decrypted pages stay decrypted); background
        threads a small one.
        """
        conn: sqlcipher.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and not _is_open(conn):
            conn = None  # closed by the ORM after an error: open a fresh one
        if conn is None:
            main = threading.current_thread() is threading.main_thread()
            conn = connect(self.path, self._key, check=self._hmac is None, hmac=self._hmac,
                           cache_kib=READ_CACHE_KIB if main else CACHE_KIB)
            if self._hmac is None:
                self._hmac = hmac_of(conn)
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """The one way to write (see storage.unit_of_work)."""
        from .unit_of_work import run_unit_of_work

        with run_unit_of_work(self) as uow:
            yield uow

    @contextmanager
    def raw_transaction(self) -> Iterator[sqlcipher.Connection]:
        """A plain SQL write transaction on this thread's connection (BEGIN IMMEDIATE ... COMMIT).

        For bulk work that bypasses the ORM (batch sync): all or nothing; a driver error is
        turned into the store error people are shown (full disk, damaged file).
        """
        from .errors import classify, is_database_error

        conn = self.read_connection()
        if conn.in_transaction:
            raise RuntimeError("a transaction is already open on this thread")
        previous = conn.isolation_level
        conn.isolation_level = None
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if is_database_error(exc):
                    raise classify(exc) from exc
                raise
        finally:
            conn.isolation_level = previous

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """An ORM session for queries; loaded objects stay readable after it ends."""
        from .unit_of_work import run_reading

        with run_reading(self) as session:
            yield session

    def use_key(self, key: bytes) -> None:
        """After a key change (services.key_change): every connection is closed and the next
        ones open the file with ``key``; the objects holding this store keep working."""
        self.close()
        with self._lock:
            self._key, self._hmac = key, None

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlcipher.ProgrammingError):
                    conn.close()  # may belong to a thread that has ended
            self._connections.clear()
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
            self._sessions = None
        self._local = threading.local()

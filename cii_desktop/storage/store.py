"""An opened encrypted database: plain SQLCipher connections for reads, the ORM only when needed.

Importing SQLAlchemy costs more than showing a window, so start-up reads through plain
connections and the engine (and with it SQLAlchemy) is created on first use.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from .database import connect

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from .unit_of_work import UnitOfWork


class Store:
    """The database of a data folder, opened with its key; one per process and folder."""

    def __init__(self, path: Path, key: bytes, workstation_id: str = "") -> None:
        self.path = path
        self._key = key
        self.workstation_id = workstation_id
        self._engine: Engine | None = None
        self._local = threading.local()
        self._connections: list[sqlcipher.Connection] = []
        self._lock = threading.Lock()
        self._sessions: Any = None  # the ORM session factory, made on first use

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from .database import make_engine

                self._engine = make_engine(self.path, self._key, verified=True)
            return self._engine

    def read_connection(self) -> sqlcipher.Connection:
        """A plain connection of the calling thread, for fast read-only queries."""
        conn: sqlcipher.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, self._key, check=False)
            conn.execute("PRAGMA query_only = ON")
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
    def reading(self) -> Iterator[Session]:
        """An ORM session for queries; loaded objects stay readable after it ends."""
        from .unit_of_work import run_reading

        with run_reading(self) as session:
            yield session

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlcipher.ProgrammingError):
                    conn.close()  # may belong to a thread that has ended
            self._connections.clear()
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
        self._local = threading.local()

"""Compaction after an erasure: a full VACUUM, so that no erased byte stays in the file.

``secure_delete`` zeroes the cells an erasure deletes, but SQLite's page balancing *moves* cells
between pages while rows are written, and a moved cell leaves a stale copy in the unused gap of its
old page (between the cell-pointer array and the first cell), on pages still in use. Only a VACUUM
rewrites every page, so:

- a retention pass ends with a compaction, in the same command;
- a single erasure (the Bureau's order, or an order received by the sync) stays fast and marks the
  database "compaction owed" (``local_setting`` key :data:`OWED_KEY`, in the erasure's own
  transaction); the compaction runs at the next safe moment (the end of the next ``sync``, the
  next ``backup``), and ``check`` reports the database as awaiting compaction until then.

A VACUUM writes the whole database into the write-ahead log (its temporary copy is in memory:
``temp_store = MEMORY``, never a plaintext temporary file): it needs free space about the size of
the file. That is checked first; when it is missing or the VACUUM fails, the erasure stays
committed and the compaction stays owed.

The command line, alone on the folder, compacts by copy instead (``alone=True``, about twice as fast
and without the VACUUM's in-memory copy of the whole file): ``sqlcipher_export`` writes what the
database holds now into ``cii.db.compact`` under the same key *and the same salt* (so the key
information stays valid), the copy's "compaction owed" mark is removed, the copy is flushed and
renamed over ``cii.db`` while the old file is still locked. Killed before the rename, the old file
is intact and the compaction still owed (the encrypted partial copy is removed at the next opening,
:func:`remove_leftover_copy`); after it, the compacted file is the database. When another program
holds the database (the window), it falls back to the VACUUM.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from ..paths import create_private_file
from ..storage.database import connect, export_rekeyed, file_salt, fsync_file, hold_alone
from ..storage.errors import DatabaseInUseError
from ..storage.store import Store
from ..sync.run_lock import file_lock

OWED_KEY = "lifecycle.compaction_owed"
COPY_NAME = "cii.db.compact"  # the compacted copy, beside cii.db until it is renamed over it
LOCK_NAME = "compaction.lock"  # held (OS lock) while a copy is made: an opening leaves that copy alone
_MARGIN = 16 * 1024 * 1024  # the log's own headers, the checkpoint, the settings written after
_PROGRESS_STEPS = 20_000  # SQLite virtual-machine steps between two calls of the progress callback

# Called now and then during the VACUUM; returning True cancels it (nothing lost, still owed).
Progress = Callable[[], bool]


class CompactionError(Exception):
    """A compaction that could not run: ``code`` ("compaction.no_space", "compaction.failed",
    "compaction.cancelled"); the erasure it follows is committed and the compaction still owed."""

    def __init__(self, code: str, needed: int = 0, free: int = 0) -> None:
        super().__init__(code)
        self.code = code
        self.needed = needed
        self.free = free


def mark_owed_in(conn: sqlcipher.Connection) -> None:
    """In the erasure's transaction: the file must be compacted before its bytes are clean."""
    stamp = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(" ")
    conn.execute("INSERT OR REPLACE INTO local_setting(key, value) VALUES (?, ?)", (OWED_KEY, stamp))


def owed(store: Store) -> bool:
    """Whether erased data may still sit in the file's pages, awaiting compaction."""
    row = store.read_connection().execute("SELECT value FROM local_setting WHERE key = ?", (OWED_KEY,)).fetchone()
    return row is not None


def space_needed(store: Store) -> int:
    """Bytes of free disk a VACUUM of this database needs (the whole file goes through the log)."""
    conn = store.read_connection()
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    return pages * size + _MARGIN


def free_space(path: Path) -> int:
    return int(shutil.disk_usage(path.parent).free)


def compact(store: Store, progress: Progress | None = None, *, alone: bool = False) -> None:
    """VACUUM the database and empty its log, then clear the "compaction owed" mark (if no new
    erasure marked it meanwhile). :class:`CompactionError` when it cannot run.

    ``alone`` (the command line, the only program using the folder): by copy and rename instead,
    falling back to the VACUUM when another program has the database open."""
    needed, free = space_needed(store), free_space(Path(store.path))
    if free < needed:
        raise CompactionError("compaction.no_space", needed, free)
    if alone:
        try:
            _compact_by_copy(store, progress)
            return
        except DatabaseInUseError:
            pass  # another program has it open: the VACUUM works beside it
        except CompactionError as exc:
            raise CompactionError(exc.code, needed, free_space(Path(store.path))) from None
    conn = store.read_connection()
    row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (OWED_KEY,)).fetchone()
    if progress is not None:
        conn.set_progress_handler(lambda: 1 if progress() else 0, _PROGRESS_STEPS)
    try:
        conn.execute("VACUUM")
    except sqlcipher.OperationalError as exc:
        text = str(exc).lower()
        code = ("compaction.cancelled" if "interrupt" in text
                else "compaction.no_space" if "full" in text
                else "compaction.busy" if ("locked" in text or "busy" in text or "in progress" in text)
                else "compaction.failed")
        raise CompactionError(code, needed, free_space(Path(store.path))) from None
    finally:
        if progress is not None:
            conn.set_progress_handler(None, _PROGRESS_STEPS)
    if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
        # another connection still reads an older snapshot: the old pages stay in the main file
        # until a checkpoint gets through, so the compaction stays owed (retried later)
        raise CompactionError("compaction.busy", needed, free)
    if row is not None:
        with store.raw_transaction() as tx:
            tx.execute("DELETE FROM local_setting WHERE key = ? AND value = ?", (OWED_KEY, row[0]))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def compact_if_owed(store: Store, progress: Progress | None = None, *, alone: bool = False) -> bool:
    """Compact when an erasure left the file owing it; True when a compaction ran."""
    if not owed(store):
        return False
    compact(store, progress, alone=alone)
    return True


class _CopyBusy(Exception):
    """Another process is making a compacted copy of this folder now."""


def remove_leftover_copy(folder: Path) -> None:
    """Before an opening: a compacted copy a crash left beside the database (encrypted, never
    renamed: the database was not changed) and what SQLite left beside it. Left alone while another
    process makes one (it holds the compaction lock), and when the folder cannot be written (a
    read-only medium: the opening says so itself)."""
    copy = Path(folder) / COPY_NAME
    if not copy.exists() and not Path(f"{copy}-journal").exists():
        return
    with contextlib.suppress(_CopyBusy, OSError), file_lock(Path(folder) / LOCK_NAME, _CopyBusy):
        _remove_copy(copy)


def _remove_copy(copy: Path) -> None:
    for path in (copy, *(Path(f"{copy}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        path.unlink(missing_ok=True)


def _compact_by_copy(store: Store, progress: Progress | None) -> None:
    """Copy, same key and salt, then rename over the database (see the module's text).
    :class:`DatabaseInUseError` when another connection holds the file (nothing changed)."""
    database = Path(store.path)
    try:
        with file_lock(database.parent / LOCK_NAME, _CopyBusy):
            _copy_and_rename(store, database, progress)
    except _CopyBusy:
        raise CompactionError("compaction.busy") from None  # another command compacts it now
    except OSError as exc:  # the folder or the disk failed under the copy: the erasure stays done, still owed
        raise CompactionError("compaction.no_space" if exc.errno == errno.ENOSPC else "compaction.failed") from None


def _copy_and_rename(store: Store, database: Path, progress: Progress | None) -> None:
    copy = database.parent / COPY_NAME
    key = store.key
    store.close()
    conn = connect(database, key)
    conn.execute("PRAGMA busy_timeout = 0")  # held by another program: say so now, and fall back
    try:
        hold_alone(conn, database)
        _remove_copy(copy)
        os.close(create_private_file(copy))
        _export(conn, copy, key, file_salt(database), progress)
        if os.name == "posix":  # renamed while the old file is still locked: a late opener's write fails, never lost
            os.replace(copy, database)
            conn.close()
        else:  # Windows renames no open file
            conn.close()
            os.replace(copy, database)
        fsync_file(database)
        with contextlib.suppress(OSError):
            fsync_file(database.parent)
    except BaseException:
        conn.close()
        with contextlib.suppress(OSError):
            _remove_copy(copy)
        raise
    finally:
        store.use_key(key)  # the store's next connections open the file as it is now


def _export(conn: sqlcipher.Connection, copy: Path, key: bytes, salt: str, progress: Progress | None) -> None:
    """What the database holds, into ``copy`` under the same key and salt, without the owed mark."""
    def clear_mark(attached: sqlcipher.Connection) -> None:
        attached.execute("DELETE FROM rekeyed.local_setting WHERE key = ?", (OWED_KEY,))
        attached.commit()  # the module's implicit transaction around the DELETE

    if progress is not None:
        conn.set_progress_handler(lambda: 1 if progress() else 0, _PROGRESS_STEPS)
    try:
        export_rekeyed(conn, copy, key, salt=salt, finish=clear_mark)
    except sqlcipher.OperationalError as exc:
        text = str(exc).lower()
        code = ("compaction.cancelled" if "interrupt" in text
                else "compaction.no_space" if "full" in text else "compaction.failed")
        raise CompactionError(code) from None
    finally:
        if progress is not None:
            conn.set_progress_handler(None, _PROGRESS_STEPS)

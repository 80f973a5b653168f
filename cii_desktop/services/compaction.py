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
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from ..storage.store import Store

OWED_KEY = "lifecycle.compaction_owed"
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


def compact(store: Store, progress: Progress | None = None) -> None:
    """VACUUM the database and empty its log, then clear the "compaction owed" mark (if no new
    erasure marked it meanwhile). :class:`CompactionError` when it cannot run."""
    needed, free = space_needed(store), free_space(Path(store.path))
    if free < needed:
        raise CompactionError("compaction.no_space", needed, free)
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


def compact_if_owed(store: Store, progress: Progress | None = None) -> bool:
    """Compact when an erasure left the file owing it; True when a compaction ran."""
    if not owed(store):
        return False
    compact(store, progress)
    return True

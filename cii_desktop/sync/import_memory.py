"""How an import uses memory: a smaller page cache while a batch carries large files, and Python's
cycle collector paused while a group of batches is decoded and written (issue 12)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from ..storage.database import CACHE_KIB
from ..storage.store import Store
from .codec import Blobs

LARGE_FILES = 4 * 1024 * 1024


@contextmanager
def small_page_cache(store: Store, blobs: Blobs) -> Iterator[None]:
    """A batch carrying large files is written through a background-sized page cache: the window's
    connection keeps up to 64 MB of pages, which would otherwise hold one more copy of every file
    until the commit (peak memory, issue 12); SQLite spills the pages to the log as it goes instead."""
    if sum(len(blob) for blob in blobs.values()) < LARGE_FILES:
        yield
        return
    conn = store.read_connection()
    previous = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {previous}")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector waits while a group is decoded and written: a batch makes tens of
    thousands of small lists and tuples, none in a cycle, and a full collection started by them in
    the middle scans every object of the process (measured: longer than the import it interrupts).
    Reference counting frees memory as usual; any cycle left meanwhile goes at the next collection."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

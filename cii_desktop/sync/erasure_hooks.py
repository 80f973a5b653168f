"""The sync's side of erasure (issue 14 §5): orders travel, are carried out in the batch's
transaction, and a late batch never brings an erased row back.

The sync layer does not import services: the erasure itself is passed in by services.sync as a
callback (``services.erasure.process_pending_in``), called by the importer inside each batch's
transaction; the write-ahead log is emptied after the commit when something was erased.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

# Carries out the erasure orders not yet carried out here, in the caller's transaction; returns
# the number of rows erased.
AfterApply = Callable[[sqlcipher.Connection], int]

T = TypeVar("T")


def drop_erased(conn: sqlcipher.Connection, groups: dict[tuple[str, str], T]) -> dict[tuple[str, str], T]:
    """The groups of changes whose row was not erased here (a late batch never resurrects one)."""
    if not groups or conn.execute("SELECT 1 FROM erased_row LIMIT 1").fetchone() is None:
        return groups
    erased: set[tuple[str, str]] = set()
    keys = list(groups)
    for start in range(0, len(keys), 400):
        part = keys[start:start + 400]
        marks = ",".join("(?, ?)" for _ in part)
        flat: list[Any] = [v for key in part for v in key]
        erased.update((str(t), str(r)) for t, r in conn.execute(
            f"SELECT table_name, row_id FROM erased_row WHERE (table_name, row_id) IN (VALUES {marks})", flat))
    return {key: items for key, items in groups.items() if key not in erased} if erased else groups


def empty_wal(conn: sqlcipher.Connection) -> None:
    """After an erasure's commit: old page versions leave the write-ahead log (secure_delete zeroed
    the freed space in the main file)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

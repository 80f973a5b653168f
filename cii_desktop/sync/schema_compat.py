"""Batches of other versions of the app in one network (offices update at different times).

Every batch header carries the schema revision of the app that wrote it. A batch of an older or
the same schema is read as usual (each version reads what older versions wrote). A batch of a
newer schema is not damaged: it waits, untouched, with a notice "update CII Desktop", and its
workstation's later batches wait behind it; it is applied by the first sync after this
workstation's own update. It is never quarantined.

The notice is kept in the database (``local_setting``, never synchronised) so the window and the
``sync`` command can tell it after the sync that met the batch; it clears itself once the app's
schema has caught up.
"""

from __future__ import annotations

from ..storage import migrate
from ..storage.store import Store

NOTICE_KEY = "sync.newer_schema"


def batch_is_newer(schema: str) -> bool:
    """True when a batch was written by a newer schema than this app's."""
    return migrate.is_newer(schema)


def waits_for_update(store: Store, schema: str) -> bool:
    """The import's hook: True (and the notice recorded) when the batch must wait for an update."""
    if not batch_is_newer(schema):
        return False
    with store.raw_transaction() as conn:
        row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (NOTICE_KEY,)).fetchone()
        if row is None or migrate.is_newer(schema, str(row[0])):  # keep the newest schema seen
            conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)", (NOTICE_KEY, schema))
    return True


def pending_update(store: Store) -> str | None:
    """The newest schema met in a waiting batch while this app is still older; else None."""
    row = store.read_connection().execute("SELECT value FROM local_setting WHERE key = ?",
                                          (NOTICE_KEY,)).fetchone()
    if row is None:
        return None
    schema = str(row[0])
    return schema if batch_is_newer(schema) else None

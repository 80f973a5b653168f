"""Applying other workstations' changes: per field the later clock wins; concurrent edits are logged.

Every change carries its hybrid logical clock and the clock of the version its author saw (its
base). Batches arrive in causal order (sync.inbox), so a change is concurrent with the version in
place exactly when its base is not that version. The value with the later clock is applied, on
every workstation alike, whatever the order; when the two concurrent values differ, a conflict is
recorded with both for people to review. A tombstone wins over any update: a deleted record is
never brought back.

A batch may relay changes written elsewhere (a widened scope sends the newcomers the case's current
state in the widening workstation's batch): each change is journaled under its true author, the
node of its clock when that is a workstation of the roster (clocks are made from workstation ids,
``Store.clock``), else the batch's sender. A change already held (same row, field, clock and value)
changes nothing. A conflict found on a field that already has an open one is a new conflict,
counted, the open one left as it was - unless the arriving change was made on one of the open
conflict's two values (its side moved on: that conflict shows the newer value, as before).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from .batch_format import BatchError
from .codec import SHARED_TABLES, Blobs, SharedTable, now_sql, to_sql
from .erasure_hooks import drop_erased

# One change as it travels: table, row id, field, JSON value, clock, base clock.
Change = Sequence[Any]
_CURRENT = ("SELECT new_value, hlc, workstation_id FROM change_log WHERE table_name = ? AND row_id = ? "
            "AND field = ? ORDER BY hlc DESC LIMIT 1")
_HELD = ("SELECT 1 FROM change_log WHERE table_name = ? AND row_id = ? AND field = ? AND hlc = ? "
         "AND new_value IS ? LIMIT 1")
# batch_seq of a copy of this workstation's own change received in another's batch (it had lost
# it, e.g. restored from a backup): neither unsent (NULL) nor in one of its own batches (> 0); the
# value of outbox.NEVER, which marks the journal entries that never leave this workstation.
RELAYED_OWN = 0
_LOG = ("INSERT INTO change_log (table_name, row_id, field, new_value, changed_at, workstation_id, hlc,"
        " base_hlc, batch_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


_ROW, _TABLE_FIELD = itemgetter(0, 1), itemgetter(0, 2)  # a change's row (table, id), its table and field
_FIELD, _CLOCK = itemgetter(2), itemgetter(4)


@dataclass
class MergeResult:
    changes: int = 0
    conflicts: int = 0
    rows_created: int = 0
    rows_updated: int = 0
    waiting_rows: list[tuple[str, str]] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _changed_at(hlc_wall: str) -> str:
    """The journal time of a change from its clock's wall part (a batch shares few distinct ones)."""
    moment = dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=int(hlc_wall))
    return moment.isoformat(sep=" ", timespec="microseconds")


@lru_cache(maxsize=1)
def _table_order() -> dict[str, int]:
    from ..storage.schema import METADATA

    return {table.name: index for index, table in enumerate(METADATA.sorted_tables)}


@lru_cache(maxsize=8192)
def _scalar(kind: str, encoded: str | None) -> Any:
    """``to_sql`` of a value that is not a file: a batch repeats few distinct ones (names, places, codes)."""
    return to_sql(kind, encoded, {})


def _is_true(encoded: str | None) -> bool:
    if encoded is None or encoded == "false":  # as peers write it; anything else is parsed
        return False
    return encoded == "true" or json.loads(encoded) is True


class Merger:
    """Applies the changes of one batch inside the caller's transaction."""

    def __init__(self, conn: sqlcipher.Connection, origin: str, batch_seq: int,
                 blobs: Blobs, authors: dict[str, str], members: frozenset[str] = frozenset(),
                 me: str = "") -> None:
        """``origin``: the batch's sender; ``members``: the roster's workstations (the authors a
        relayed change may name); ``me``: this workstation."""
        self.conn = conn
        self.origin = origin
        self.members = members
        self.me = me
        self.batch_seq = batch_seq
        self.blobs = blobs
        self.authors = authors
        self.result = MergeResult()
        self.rows: list[tuple[str, str]] = []
        self._now = now_sql()  # local: when the rows changed here (one moment for the batch)
        self._log_rows: list[tuple[Any, ...]] = []
        # Rows written once every decision of the batch is taken, one statement per table and columns.
        self._inserts: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
        self._updates: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
        self._open = {(str(t), str(r), str(f)) for t, r, f in conn.execute(
            "SELECT table_name, row_id, field FROM sync_conflict WHERE status = 'open'")}
        self._batch: set[tuple[Any, ...]] = set()  # (table, row, field, clock, value) logged by this batch

    def author(self, hlc: Any) -> str:
        """Who wrote a change: its clock's node when that is a roster workstation, else the sender."""
        if self.members and type(hlc) is str:
            node = hlc.split("-", 2)[-1]
            if node in self.members:
                return node
        return self.origin

    def _fresh(self, table: str, row_id: str, items: Sequence[Change],
               held: Callable[[Change], bool]) -> Sequence[Change]:
        """``items`` without the changes held already (``held``: in the journal) or met earlier in
        this batch: a relayed copy of a known state changes nothing and is journaled once."""
        batch = self._batch
        fresh = []
        for change in items:
            key = (table, row_id, change[2], change[4], change[3])
            if key in batch or held(change):
                continue
            batch.add(key)
            fresh.append(change)
        return fresh if len(fresh) != len(items) else items

    def apply(self, changes: Sequence[Change]) -> MergeResult:
        if any(length != 6 for length in set(map(len, changes))):
            raise BatchError("batch.not_a_batch")
        groups: dict[tuple[str, str], list[Change]] = {}
        get = groups.get
        for key, change in zip(map(_ROW, changes), changes, strict=True):  # the keys built in C, not per change here
            items = get(key)
            if items is None:
                groups[key] = [change]
            else:
                items.append(change)
        # Which fields of which table the batch names, in C; checked change by change only if one is unknown.
        try:
            unknown = any(field not in SHARED_TABLES[table].columns
                          for table, field in set(map(_TABLE_FIELD, changes))
                          if type(table) is str and table in SHARED_TABLES)
        except TypeError:  # a field that is not a name: found below, in the order of the batch
            unknown = True
        for (table, row_id), items in groups.items():
            if type(table) is not str or type(row_id) is not str:
                raise BatchError("batch.not_a_batch")
            spec = SHARED_TABLES.get(table)
            if spec is None:
                raise BatchError("batch.unknown_field")
            if unknown:
                columns = spec.columns
                for change in items:
                    if change[2] not in columns:
                        raise BatchError("batch.unknown_field")
        self.rows = list(groups)  # the rows the batch is about (its audit entries)
        groups = drop_erased(self.conn, groups)  # a late batch never brings an erased row back
        existing, earlier = self._prefetch(list(groups))
        for (table, row_id), items in groups.items():
            if (table, row_id) in existing:
                self._update(SHARED_TABLES[table], row_id, existing[(table, row_id)], items)
            else:
                self._create(SHARED_TABLES[table], row_id, items, earlier.get((table, row_id), []))
        self._write()
        # The batch's changes join the journal in one statement, after every decision was taken on the
        # journal as it stood before the batch (and the batch's own changes, followed in memory).
        self.conn.executemany(_LOG, self._log_rows)
        self._log_rows = []
        self.result.changes += len(changes)
        return self.result

    def _write(self) -> None:
        """The new rows, parents' tables first (foreign keys; a case's search entry reads its person),
        then the changed ones: one ``executemany`` per table and set of columns."""
        order = _table_order()
        for (table, names), rows in sorted(self._inserts.items(), key=lambda item: order.get(item[0][0], 0)):
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                                  f"({', '.join('?' * len(names))})", rows)
        for (table, names), rows in self._updates.items():
            self.conn.executemany(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                                  rows)
        self._inserts, self._updates = {}, {}

    def _log(self, items: Sequence[Change]) -> None:
        origin, seq = self.origin, self.batch_seq
        if not self.members:
            self._log_rows += [(c[0], c[1], c[2], c[3], _changed_at(c[4][:15]), origin, c[4], c[5], seq)
                               for c in items]
            return
        relayed_own = RELAYED_OWN if self.me and self.me != origin else seq
        for c in items:
            author = self.author(c[4])
            self._log_rows.append((c[0], c[1], c[2], c[3], _changed_at(c[4][:15]), author, c[4], c[5],
                                   relayed_own if author == self.me else seq))

    def _prefetch(self, keys: list[tuple[str, str]]) -> tuple[dict[tuple[str, str], bool],
                                                             dict[tuple[str, str], list[Any]]]:
        """In a few queries: which rows exist here (and are tombstoned), and the journal of the others
        (fields that arrived before their creation)."""
        by_table: dict[str, list[str]] = {}
        for table, row_id in keys:
            by_table.setdefault(table, []).append(row_id)
        existing: dict[tuple[str, str], bool] = {}
        earlier: dict[tuple[str, str], list[Any]] = {}
        for table, ids in by_table.items():
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for row_id, deleted in self.conn.execute(
                        f"SELECT id, deleted FROM {table} WHERE id IN ({marks})", chunk):
                    existing[(table, str(row_id))] = bool(deleted)
            new_ids = [i for i in ids if (table, i) not in existing]
            for start in range(0, len(new_ids), 500):
                chunk = new_ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for row_id, name, encoded, hlc in self.conn.execute(
                        "SELECT row_id, field, new_value, hlc FROM change_log WHERE table_name = ? AND row_id "
                        f"IN ({marks})", [table, *chunk]):
                    earlier.setdefault((table, str(row_id)), []).append((name, encoded, hlc))
        return existing, earlier

    def _create(self, spec: SharedTable, row_id: str, items: Sequence[Change], earlier: list[Any]) -> None:
        """A row new here: its values are the latest of every field in the journal and this batch."""
        known = {(str(f), str(h), v) for f, v, h in earlier}
        items = self._fresh(spec.name, row_id, items, lambda c: (c[2], c[4], c[3]) in known)
        if not items:
            return  # nothing new about it
        self._log(items)
        # Every clock of the batch is a string here (``_log`` took its wall part); the journal's earlier
        # entries are shaped like changes: field, value and clock at 2, 3 and 4.
        entries = [*((None, None, str(f), v, str(h)) for f, v, h in earlier), *items] if earlier else items
        names = dict.fromkeys(map(_FIELD, entries))  # the fields, in the order they first appear
        # The latest value of each field: the later clock; of equal clocks, the later entry (a stable
        # sort, then the last assignment wins).
        last = {c[2]: c[3] for c in sorted(entries, key=_CLOCK)}
        deleted = "deleted" in names and any(_is_true(c[3]) for c in entries if c[2] == "deleted")
        values = {name: last[name] for name in names if name != "deleted"}
        if "id" not in values or not spec.required <= {*values, "deleted"}:
            self.result.waiting_rows.append((spec.name, row_id))  # its creation has not arrived
            return
        columns = spec.columns
        sql_values = {name: to_sql(columns[name], encoded, self.blobs) if columns[name] == "blob"
                      else _scalar(columns[name], encoded) for name, encoded in values.items() if name in columns}
        sql_values["deleted"] = 1 if deleted else 0
        sql_values["updated_at"] = self._now
        self._inserts.setdefault((spec.name, tuple(sql_values)), []).append(list(sql_values.values()))
        self.result.rows_created += 1

    def _update(self, spec: SharedTable, row_id: str, deleted: bool, items: Sequence[Change]) -> None:
        updates: dict[str, Any] = {}
        # The journal's latest version of each field, read once and then kept up to date in memory as
        # this batch's changes are logged (one query per field, one insert for all, not two per change).
        latest: dict[str, Any] = {name: self.conn.execute(_CURRENT, (spec.name, row_id, name)).fetchone()
                                  for name in {str(c[2]) for c in items}}

        def journaled(change: Change) -> bool:  # only a clock not after the latest can be in the journal
            current = latest[change[2]]
            return current is not None and type(change[4]) is str and change[4] <= current[1] and \
                self.conn.execute(_HELD, (spec.name, row_id, change[2], change[4], change[3])).fetchone() is not None

        items = self._fresh(spec.name, row_id, items, journaled)
        self._log(items)
        for table, _row, name, encoded, hlc, base in items:
            current = latest[name]
            author = self.author(hlc)
            if current is None or hlc > current[1]:
                latest[name] = (encoded, hlc, author)
            if name == "id":
                continue
            if name == "deleted":
                if _is_true(encoded) and not deleted:
                    updates["deleted"] = 1
                    deleted = True
                continue
            key = (table, row_id, name)
            if current is not None and name in spec.write_once:
                if encoded != current[0]:  # a rewrite of a signed document or signature: shown, never applied
                    self._conflict(key, tuple(current), (encoded, hlc, author), base)
                continue
            ranks = (spec.sticky or {}).get(name)
            if ranks is not None and current is not None:
                held = updates.get(name) or self.conn.execute(
                    f"SELECT {name} FROM {spec.name} WHERE id = ?", (row_id,)).fetchone()[0]
                new_rank, old_rank = ranks.get(json.loads(encoded or "null"), 0), ranks.get(held, 0)
                if new_rank != old_rank:
                    if new_rank > old_rank:
                        updates[name] = to_sql(spec.columns[name], encoded, self.blobs)
                    continue
            if current is None or hlc > current[1]:
                updates[name] = to_sql(spec.columns[name], encoded, self.blobs)
                if current is not None and base != current[1] and encoded != current[0]:
                    self._conflict(key, (encoded, hlc, author), tuple(current), base)
                elif key in self._open:
                    self._supersede(key)
            elif hlc < current[1] and encoded != current[0]:
                self._conflict(key, tuple(current), (encoded, hlc, author), base)
        if updates:
            updates["updated_at"] = self._now
            self._updates.setdefault((spec.name, tuple(updates)), []).append([*updates.values(), row_id])
            self.result.rows_updated += 1

    def _conflict(self, key: tuple[str, str, str], kept: tuple[Any, ...], other: tuple[Any, ...],
                  base: Any = None) -> None:
        """Record that two concurrent values met (``base``: the clock the arriving change was made on).
        A field with an open conflict keeps it as shown, unless the arriving change replaces one of
        its two values (made on it: that side moved on, the conflict shows its newer value); any
        other pair (a third workstation's value, a relayed one) is a new conflict, counted: nobody's
        value silently leaves the review."""
        kept_author = self.authors.get(str(kept[2]), str(kept[2]))
        other_author = self.authors.get(str(other[2]), str(other[2]))
        values = (kept[0], kept[1], kept_author, other[0], other[1], other_author)
        if key in self._open:
            moved = None
            for row, kept_hlc, other_hlc in self.conn.execute(
                    "SELECT id, kept_hlc, other_hlc FROM sync_conflict WHERE status = 'open' AND table_name = ?"
                    " AND row_id = ? AND field = ? ORDER BY id", key):
                if {kept_hlc, other_hlc} == {kept[1], other[1]}:
                    return  # the same two values: known already
                if moved is None and base is not None and base in (kept_hlc, other_hlc):
                    moved = row
            if moved is not None:
                self.conn.execute(
                    "UPDATE sync_conflict SET kept_value = ?, kept_hlc = ?, kept_author = ?, other_value = ?,"
                    " other_hlc = ?, other_author = ?, detected_at = ? WHERE id = ?", (*values, now_sql(), moved))
                return
        self.conn.execute(
            "INSERT INTO sync_conflict (table_name, row_id, field, kept_value, kept_hlc, kept_author,"
            " other_value, other_hlc, other_author, detected_at, status) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')", (*key, *values, now_sql()))
        self._open.add(key)
        self.result.conflicts += 1

    def _supersede(self, key: tuple[str, str, str]) -> None:
        """A later change made after seeing the kept value settles an open conflict everywhere."""
        now = now_sql()
        self.conn.execute("UPDATE sync_conflict SET status = 'superseded', resolved_at = ? WHERE "
                          "status = 'open' AND table_name = ? AND row_id = ? AND field = ?", (now, *key))
        self._open.discard(key)

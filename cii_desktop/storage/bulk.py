"""Bulk insert of new synced records inside an open unit of work, with what a flush would write.

For large imports (the Bureau's register): the records are given as plain values (model, column
values; no ORM object, whose instrumentation costs more than the insert) and written with
``executemany`` on the unit of work's own connection, in its transaction, instead of one ORM flush
per batch. Every row gets exactly what the journal's ``after_flush`` hook would have written for it:
one ``change_log`` row per field (the same field list, encoding, hybrid-clock stamp, ``base_hlc``
NULL as for any new row, this workstation), the clock setting, and one audit entry per record about
a person or case. The search index (person_fts, case_fts) gets the entries the tables' insert
triggers would write, in bulk (see BulkWriter.__enter__).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlcipher3 import dbapi2 as sqlcipher

from ..domain.text import case_search_key, search_rowid
from . import audit, journal
from .database import PAGE_SIZE
from .models import Case, ChangeLog, Person, Synced, new_id, utcnow

_CHANGE_COLUMNS = ("table_name", "row_id", "field", "new_value", "changed_at", "workstation_id", "hlc",
                   "base_hlc")
Record = tuple[type[Synced], dict[str, Any]]  # a new record: its model and its values (no ORM object)
_UNSET = object()
BULK_CACHE_KIB = 256 * 1024
_STAMPS = frozenset({"created_at", "updated_at"})
encode = journal.encode_value
# (table, [(attribute key, column name, bind processor, default, journaled)]): see _plan
Plan = tuple[str, list[tuple[str, str, Callable[[Any], Any] | None, Any, bool]]]


def _plan(model: type[Synced], dialect: Any) -> Plan:
    """(table, [(attribute key, column name, bind processor, default, journaled)]) of a model."""
    mapper = inspect(model)
    columns = []
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        process: Callable[[Any], Any] | None = column.type.dialect_impl(dialect).bind_processor(dialect)
        columns.append((attr.key, column.name, process, column.default, attr.key not in journal.SKIPPED_FIELDS))
    return str(model.__tablename__), columns


def _value(default: Any) -> Any:
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    return default.arg(None)


_LAST_STAMP = [0]


def ascending_ids(count: int) -> Iterator[str]:
    """``count`` new ids, handed out in ascending order, each later than any id an earlier call gave: UUIDs of
    version 7 (RFC 9562: the time in milliseconds, then 74 random bits) where the models' new_id draws random
    ones (version 4). A large import that writes its records in this order inserts into every primary-key
    index and into the journal's index (table, row id, field) in key order, page after page, instead of at
    random places; and as its ids come after those of the imports before it, it fills one region of each
    index instead of touching every page of it (measured on a 5,000-row register: the import's CPU time
    no longer grows with each register imported before it). Within a process, a call's time is always later
    than the previous call's (a clock set back, two calls in the same millisecond)."""
    stamp = _LAST_STAMP[0] = max(time.time_ns() // 1_000_000, _LAST_STAMP[0] + 1) & ((1 << 48) - 1)
    raw = os.urandom(10 * count)
    head = (stamp << 80) | (0x7 << 76)
    ids = []
    for start in range(0, 10 * count, 10):
        bits = int.from_bytes(raw[start:start + 10], "big")  # 80 random bits, 74 used
        text = f"{head | ((bits >> 68) << 64) | (0b10 << 62) | (bits & ((1 << 62) - 1)):032x}"
        ids.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    ids.sort()
    return iter(ids)


def record(model: type[Synced], **values: Any) -> Record:
    """A new record of ``model`` (its id drawn now, as the models' constructor does)."""
    if "id" not in values:  # (setdefault would draw an id for every record, given one or not)
        values["id"] = new_id()
    return model, values


_SEARCHED = frozenset({Person, Case})
_SEARCH_TRIGGERS = ("person_fts_insert", "case_fts_insert")


def _search_triggers(conn: sqlcipher.Connection) -> dict[str, str]:
    """The search index's insert triggers (name -> SQL) when both are there and a transaction is open."""
    if not conn.in_transaction:
        return {}
    found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
                              _SEARCH_TRIGGERS).fetchall())
    return found if len(found) == len(_SEARCH_TRIGGERS) else {}


def _search_key(model: type[Synced], values: dict[str, Any]) -> int:
    if model is Person:
        return search_rowid(str(values["id"]))
    opened = values["opened_on"]
    return case_search_key(opened.isoformat() if isinstance(opened, dt.date) else str(opened), str(values["id"]))


@lru_cache(maxsize=1)
def _documents() -> tuple[str, str]:
    """The index entries of new persons and cases, as the insert triggers write them (migration 0002)."""
    index = importlib.import_module("cii_desktop.storage.migrations.versions.0002_search_index")
    return (f"INSERT INTO person_fts(rowid, body, entity_id) SELECT p.search_key, {index.PERSON_DOC.format(p='p')}, "
            "p.id FROM person p WHERE p.id IN ({marks})",
            f"INSERT INTO case_fts(rowid, body, entity_id) SELECT c.search_key, "
            f"{index.CASE_DOC.format(c='c', p='p')}, c.id FROM case_file c JOIN person p ON p.id = c.person_id "
            "WHERE c.id IN ({marks})")


def _index(conn: sqlcipher.Connection, new: dict[str, list[str]]) -> None:
    """The search index entries of the persons and cases written (500 rows per statement)."""
    for sql, ids in zip(_documents(), (new["person"], new["case_file"]), strict=True):
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.execute(sql.format(marks=", ".join("?" * len(chunk))), chunk)


class BulkWriter:
    """Writes new records in the unit of work's transaction; ``write`` may be called many times."""

    def __init__(self, session: Session) -> None:
        if session.info.get("workstation_id") is None:
            raise RuntimeError("bulk writes need a journaled unit of work")
        self.session = session
        conn = session.connection().connection.dbapi_connection
        if conn is None:  # pragma: no cover - an open session always holds its connection
            raise RuntimeError("no connection")
        self.conn = cast(sqlcipher.Connection, conn)
        self.dialect = session.get_bind().dialect
        self.workstation = str(session.info["workstation_id"])
        self.actor: tuple[str, str] | None = session.info.get("audit_actor")
        self.hlc = ""
        self.owners: dict[str, str] = {}  # case id -> person id, for the cases written here
        self._plans: dict[type[Synced], Plan] = {}
        self._cache = 0
        self._triggers: dict[str, str] = {}  # the search index's insert triggers, dropped while writing
        self._new: dict[str, list[str]] = {"person": [], "case_file": []}  # rows to index on exit
        stamp = ChangeLog.__table__.c.changed_at.type.dialect_impl(self.dialect)
        self._stamp = stamp.bind_processor(self.dialect)

    def __enter__(self) -> BulkWriter:
        """While writing, the connection's page cache may grow to BULK_CACHE_KIB: the pages a large import
        changes (a 5,000-row register: ~120 MB, mostly the journal and its index) stay in memory until the
        commit instead of being spilled to the write-ahead log and encrypted twice (measured: a tenth of the
        import's CPU time). Only pages actually used take memory. Restored on exit.

        The search index is written in bulk too: the persons' and cases' insert triggers (one UPDATE of the
        row just inserted and one index entry per row) are dropped inside the transaction, the rows get their
        search key as they are inserted, and their index entries are added by one INSERT ... SELECT per
        500 rows on exit; the triggers are created again, as they were, before the commit (on a failure the
        rollback restores them anyway)."""
        self._cache = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        if (-self._cache if self._cache < 0 else self._cache * PAGE_SIZE // 1024) < BULK_CACHE_KIB:
            self.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        self._triggers = _search_triggers(self.conn)
        for name in self._triggers:
            self.conn.execute(f"DROP TRIGGER {name}")
        return self

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        try:
            if self._triggers:
                if exc_type is None:
                    _index(self.conn, self._new)
                for sql in self._triggers.values():
                    self.conn.execute(sql)
        finally:
            self.conn.execute(f"PRAGMA cache_size = {self._cache}")

    def write(self, records: Sequence[Record]) -> int:
        """Insert ``records`` (parents before children), their journal rows and audit entries."""
        now = utcnow()
        stamp = self._stamp(now) if self._stamp is not None else now
        self.hlc = self.hlc or self.session.info["clock"].now().encode()
        by_model: dict[type[Synced], list[tuple[Any, ...]]] = {}
        changes: list[tuple[Any, ...]] = []
        order: list[type[Synced]] = []
        for model, values in records:
            plan = self._plans.get(model)
            if plan is None:
                plan = self._plans[model] = _plan(model, self.dialect)
            if model not in by_model:
                by_model[model] = []
                order.append(model)
            if self._triggers and model in _SEARCHED:  # its search key, as the insert trigger set it
                values = {**values, "search_key": _search_key(model, values)}
                self._new[plan[0]].append(values["id"])
            by_model[model].append(self._row(values, plan, now, stamp, changes))
        for model in order:
            table, columns = self._plans[model]
            names = ", ".join(column[1] for column in columns)
            marks = ", ".join("?" * len(columns))
            self.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", by_model[model])
        if changes:
            # In the order the records were given (parents first), as a flush journals them: sync
            # replays a batch in journal order.
            table = ChangeLog.__tablename__
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(_CHANGE_COLUMNS)}) "
                                  f"VALUES ({', '.join('?' * len(_CHANGE_COLUMNS))})", changes)
            self.conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                              (journal.CLOCK_SETTING, self.hlc))
        if self.actor is not None:
            audit.append(self.conn, self._entries(records, now))
        return len(records)

    def _row(self, given: dict[str, Any], plan: Plan, now: dt.datetime, stamp: Any,
             changes: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        """The row of one record (its defaults applied, as a flush does) and its journal rows."""
        table, row_id, workstation, hlc = plan[0], given["id"], self.workstation, self.hlc
        raw = [given.get(key, _UNSET) for key, _name, _process, _default, _journaled in plan[1]]
        if _UNSET in raw:  # a column left to its default, as a flush applies it
            raw = [(now if key in _STAMPS else _value(default)) if value is _UNSET else value
                   for value, (key, _name, _process, default, _journaled) in zip(raw, plan[1], strict=True)]
        changes.extend([(table, row_id, key, encode(value), stamp, workstation, hlc, None)
                        for value, (key, _name, _process, _default, journaled) in zip(raw, plan[1], strict=True)
                        if journaled])
        return tuple(value if process is None or value is None else process(value)
                     for value, (_key, _name, process, _default, _journaled) in zip(raw, plan[1], strict=True))

    def _entries(self, records: Sequence[Record], now: dt.datetime) -> list[audit.Entry]:
        assert self.actor is not None
        found = []
        self.owners.update((values["id"], values["person_id"]) for model, values in records if model is Case)
        for model, values in records:
            table, row_id = str(model.__tablename__), str(values["id"])
            case = row_id if table == "case_file" else values.get("case_id")
            if case is None and table in audit.PARENT:
                parent, column = audit.PARENT[table]
                row = self.conn.execute(f"SELECT case_id FROM {parent} WHERE id = ?", (values.get(column),)).fetchone()
                case = row[0] if row else None
            person = row_id if table == "person" else values.get("person_id")
            if person is None and case:
                person = self.owners.get(case) or self._owner(case)
            if person is None and case is None:
                continue
            found.append(audit.written(table, row_id, person, case, True, False, self.actor, self.workstation, now))
        return found

    def _owner(self, case: str) -> str | None:
        row = self.conn.execute("SELECT person_id FROM case_file WHERE id = ?", (case,)).fetchone()
        if row and row[0]:
            self.owners[case] = str(row[0])
            return str(row[0])
        return None


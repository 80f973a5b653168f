"""The change journal: every insert, update and tombstone of a synced row, field by field."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from json.encoder import encode_basestring as _encode_str  # json.dumps(.., ensure_ascii=False)
from typing import Any

from sqlalchemy import event, insert, inspect, text
from sqlalchemy.orm import Session

from ..sync.clock import HybridClock
from . import audit
from .models import ChangeLog, Synced, utcnow
from .write_guards import WRITE_GUARDS  # checks run before every journaled flush (services.case_guard)

SKIPPED_FIELDS = frozenset({"updated_at", "search_key"})  # local or derived from the id
CLOCK_SETTING = "sync.clock"  # the last clock value issued, so the clock never goes back
_CURRENT = text("SELECT hlc FROM change_log WHERE table_name = :t AND row_id = :r AND field = :f "
                "ORDER BY hlc DESC LIMIT 1")


class TombstoneRequired(RuntimeError):
    """Synced rows are never removed; use UnitOfWork.delete() which writes a tombstone."""


class WriteOnceViolation(RuntimeError):
    """A write-once field (a printed document's content, a signature) was about to be rewritten."""


def encode_value(value: Any) -> str | None:
    """JSON text of a field value as it goes into the journal (blobs by their hash)."""
    if value is None:
        return None
    kind = type(value)  # the common kinds first, as json.dumps writes them (bulk imports journal many)
    if kind is str:
        return _encode_str(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is dt.date:
        return str(value) if kind is int else f'"{value.isoformat()}"'
    if isinstance(value, bytes):
        return json.dumps({"$blob": hashlib.sha256(value).hexdigest()})
    if isinstance(value, dt.datetime):
        return json.dumps(value.isoformat(timespec="microseconds"))
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def _changed_fields(obj: Synced, is_new: bool) -> dict[str, Any]:
    state = inspect(obj)
    changed: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in SKIPPED_FIELDS:
            continue
        if is_new or state.attrs[attr.key].history.has_changes():
            changed[attr.key] = getattr(obj, attr.key)
    return changed


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise TombstoneRequired(type(obj).__tablename__)
    for obj in session.dirty:
        frozen: frozenset[str] = getattr(obj, "write_once", frozenset())
        if frozen and any(inspect(obj).attrs[name].history.has_changes() for name in frozen):
            raise WriteOnceViolation(type(obj).__tablename__)
    if WRITE_GUARDS and "workstation_id" in session.info:
        written = [obj for obj in (*session.new, *session.dirty)
                   if isinstance(obj, Synced) and session.is_modified(obj)]
        cases = {case for obj in written if (case := _case_of(session, obj)) is not None}
        persons = {obj.id for obj in written if obj.__tablename__ == "person" and obj not in session.new}
        for guard in WRITE_GUARDS if cases or persons else ():
            guard(session, cases, persons)  # judged on the database before this flush writes anything


def _after_flush(session: Session, _ctx: Any) -> None:
    workstation = session.info.get("workstation_id")
    if workstation is None:
        return  # a read-only or maintenance session: nothing to journal
    clock: HybridClock = session.info["clock"]
    now = utcnow()
    hlc = ""
    rows: list[dict[str, Any]] = []
    audited: list[audit.Entry] = []
    connection = session.connection()
    for is_new, objects in ((True, session.new), (False, session.dirty)):
        for obj in objects:
            if not isinstance(obj, Synced):
                continue
            fields = _changed_fields(obj, is_new)
            if fields and "audit_actor" in session.info:
                entry = _written(session, obj, is_new, "deleted" in fields and bool(obj.deleted), now)
                if entry is not None:
                    audited.append(entry)
            for name, value in fields.items():
                if name == "id" and not is_new:
                    continue
                hlc = hlc or clock.now().encode()
                base = None if is_new else connection.execute(
                    _CURRENT, {"t": obj.__tablename__, "r": obj.id, "f": name}).scalar()
                rows.append({
                    "table_name": obj.__tablename__, "row_id": obj.id, "field": name,
                    "new_value": encode_value(value), "changed_at": now,
                    "workstation_id": workstation, "hlc": hlc, "base_hlc": base,
                })
    if rows:
        connection.execute(insert(ChangeLog), rows)
        connection.execute(text("INSERT OR REPLACE INTO local_setting (key, value) VALUES (:k, :v)"),
                           {"k": CLOCK_SETTING, "v": hlc})
    if audited:
        audit.append(connection.connection.dbapi_connection, audited)


def _lookup(session: Session, sql: str, key: tuple[str, str]) -> str | None:
    cache: dict[tuple[str, str], str | None] = session.info.setdefault("audit_cache", {})
    if key not in cache:
        found = session.connection().execute(text(sql), {"id": key[1]}).scalar()
        cache[key] = str(found) if found else None
    return cache[key]


def _case_of(session: Session, obj: Synced) -> str | None:
    """The case a written row belongs to (itself, its case_id, or its parent's), None for none."""
    table = obj.__tablename__
    case = obj.id if table == "case_file" else getattr(obj, "case_id", None)
    if case is None and table in audit.PARENT:
        parent, column = audit.PARENT[table]
        parent_id = getattr(obj, column, None)
        if parent_id:
            case = _lookup(session, f"SELECT case_id FROM {parent} WHERE id = :id", (parent, str(parent_id)))
    return str(case) if case else None


def _written(session: Session, obj: Synced, is_new: bool, erased: bool, now: dt.datetime) -> audit.Entry | None:
    """Who wrote which person's or case's record: ids only (the journal holds the values).
    None for what is about no person (reference rows, the professionals' profiles)."""
    table = obj.__tablename__
    case = _case_of(session, obj)
    person = obj.id if table == "person" else getattr(obj, "person_id", None)
    if person is None and case:
        person = _lookup(session, "SELECT person_id FROM case_file WHERE id = :id", ("case_file", str(case)))
    if person is None and case is None:
        return None
    return audit.written(table, obj.id, person, case, is_new, erased, session.info["audit_actor"],
                         str(session.info["workstation_id"]), now)


def install(session: Session, workstation_id: str, clock: HybridClock,
            actor: tuple[str, str] | None = None) -> None:
    """Journal every flush of ``session`` in the name of ``workstation_id``, stamped by ``clock``;
    with ``actor`` (user id, institution), each written record also gets an audit entry."""
    session.info["workstation_id"] = workstation_id
    session.info["clock"] = clock
    if actor is not None:
        session.info["audit_actor"] = actor
    event.listen(session, "before_flush", _before_flush)
    event.listen(session, "after_flush", _after_flush)

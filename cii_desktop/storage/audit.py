"""The audit trail on disk: append one entry to the hash chain, verify the chain, prune by age.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own fields, so editing,
inserting or removing a row anywhere breaks the chain from there on; ``verify`` says where. The
retention pass removes the oldest entries only, and records the last removed hash as the chain's
new anchor. Triggers (migration 0013) refuse any UPDATE and any DELETE beyond the anchor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from sqlcipher3 import dbapi2 as sqlcipher

GENESIS = "0" * 64
_COLUMNS = ("seq", "at", "workstation_id", "actor", "actor_institution", "operation", "person_id",
            "case_id", "recipients", "detail")


@dataclass(frozen=True)
class Entry:
    """An audited action: ids and codes only."""

    operation: str
    actor: str
    workstation_id: str
    at: dt.datetime
    actor_institution: str = ""
    person_id: str | None = None
    case_id: str | None = None
    recipients: tuple[str, ...] = ()
    detail: dict[str, str | int] = field(default_factory=dict)

    def row(self, seq: int) -> tuple[object, ...]:
        return (seq, _iso(self.at), self.workstation_id, self.actor, self.actor_institution,
                self.operation, self.person_id, self.case_id, ",".join(sorted(set(self.recipients))),
                json.dumps(self.detail, sort_keys=True, separators=(",", ":")) if self.detail else "")


def actor_row(conn: sqlcipher.Connection, workstation_id: str) -> tuple[str, str]:
    """(user id, institution code) of this workstation's user: the profile, else the workstation."""
    row = conn.execute(
        "SELECT u.id, coalesce(i.code, '') FROM local_setting s JOIN user_profile u ON u.id = s.value "
        "LEFT JOIN institution i ON i.id = u.institution_id WHERE s.key = 'user_profile_id'").fetchone()
    if row:
        return str(row[0]), str(row[1])
    return workstation_id or "unknown", ""


def written(table: str, row_id: str, person_id: str | None, case_id: str | None, created: bool, erased: bool,
            actor: tuple[str, str], workstation_id: str, at: dt.datetime) -> Entry:
    """The entry of one written record (the change journal has the fields; this says who and when)."""
    operation = "record.erased" if erased else ("record.created" if created else "record.changed")
    return Entry(operation, actor[0], workstation_id, at, actor[1], person_id, case_id, (),
                 {"table": table, "row": row_id})


# Records that hang from a case through their parent: which parent, by which column.
PARENT = {"signature": ("document", "document_id"), "interview": ("handling", "handling_id"),
          "meeting_participant": ("meeting", "meeting_id"), "next_step": ("meeting", "meeting_id"),
          "team_member": ("handling", "handling_id"), "contract_review": ("contract", "contract_id")}


@lru_cache(maxsize=1)
def _case_tables() -> frozenset[str]:
    from .schema import SYNCED_MODELS

    return frozenset(m.__tablename__ for m in SYNCED_MODELS if "case_id" in m.__table__.columns)


def _lookup(conn: sqlcipher.Connection, sql: str, ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for key, value in conn.execute(sql.format(marks=", ".join("?" * len(chunk))), chunk):
            if value:
                found[str(key)] = str(value)
    return found


def subjects(conn: sqlcipher.Connection, rows: Iterable[tuple[str, str]]) -> set[tuple[str | None, str | None]]:
    """The (person, case) pairs the written rows ``(table, row id)`` are about, in a few queries;
    rows about no person (reference tables, profiles) give nothing."""
    by_table: dict[str, set[str]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, set()).add(row_id)
    cases: set[str] = set(by_table.pop("case_file", set()))
    persons: set[str] = set(by_table.pop("person", set()))
    case_tables = _case_tables()
    for table, ids in by_table.items():
        if table in case_tables:
            sql = f"SELECT id, case_id FROM {table} WHERE id IN ({{marks}})"
            cases.update(_lookup(conn, sql, sorted(ids)).values())
        elif table in PARENT:
            parent, column = PARENT[table]
            parents = _lookup(conn, f"SELECT id, {column} FROM {table} WHERE id IN ({{marks}})", sorted(ids))
            cases.update(_lookup(conn, f"SELECT id, case_id FROM {parent} WHERE id IN ({{marks}})",
                                 sorted(set(parents.values()))).values())
    owners = _lookup(conn, "SELECT id, person_id FROM case_file WHERE id IN ({marks})", sorted(cases))
    found: set[tuple[str | None, str | None]] = {(owners.get(case), case) for case in cases}
    covered = {person for person, _case in found}
    found |= {(person, None) for person in persons if person not in covered}
    return found


def _iso(at: dt.datetime) -> str:
    """UTC, naive, to the microsecond: the form SQLAlchemy's DateTime uses in SQLite."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def entry_hash(prev_hash: str, row: Iterable[object]) -> str:
    body = json.dumps([prev_hash, *("" if v is None else str(v) for v in row)],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _tail(conn: sqlcipher.Connection) -> tuple[int, str]:
    last = conn.execute("SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    if last:
        return int(last[0]), str(last[1])
    anchor = conn.execute("SELECT pruned_through, anchor_hash FROM audit_anchor WHERE id = 1").fetchone()
    if anchor and anchor[1]:
        return int(anchor[0]), str(anchor[1])
    return 0, GENESIS


def append(conn: sqlcipher.Connection, entries: Iterable[Entry]) -> int:
    """Add entries at the end of the chain, inside the caller's write transaction; returns the count."""
    seq, prev = _tail(conn)
    rows = []
    for entry in entries:
        seq += 1
        row = entry.row(seq)
        digest = entry_hash(prev, row)
        rows.append((*row, prev, digest))
        prev = digest
    if not rows:
        return 0
    conn.executemany(f"INSERT INTO audit_entry ({', '.join(_COLUMNS)}, prev_hash, entry_hash) "
                     f"VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})", rows)
    return len(rows)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    reason: str = ""  # "hash" (a row was edited), "link" (a row removed or inserted), "anchor"


def verify(conn: sqlcipher.Connection, batch: int = 5000) -> Verdict:
    """Walk the chain from its anchor; the first entry whose hash or link does not hold."""
    anchor = conn.execute("SELECT pruned_through, anchor_hash FROM audit_anchor WHERE id = 1").fetchone()
    expected_seq, prev = (int(anchor[0]), str(anchor[1])) if anchor and anchor[1] else (0, GENESIS)
    cursor = conn.execute(f"SELECT {', '.join(_COLUMNS)}, prev_hash, entry_hash FROM audit_entry ORDER BY seq")
    count = 0
    while True:
        chunk = cursor.fetchmany(batch)
        if not chunk:
            return Verdict(True, count)
        for row in chunk:
            seq = int(row[0])
            if seq != expected_seq + 1 or row[-2] != prev:
                return Verdict(False, count, seq, "link")
            if entry_hash(prev, row[:-2]) != row[-1]:
                return Verdict(False, count, seq, "hash")
            prev, expected_seq = str(row[-1]), seq
            count += 1


def prune_before(conn: sqlcipher.Connection, cutoff: dt.datetime) -> int:
    """Remove the entries older than ``cutoff`` (oldest first), inside the caller's transaction."""
    last = conn.execute("SELECT seq, entry_hash FROM audit_entry WHERE at < ? ORDER BY seq DESC LIMIT 1",
                        (_iso(cutoff),)).fetchone()
    if last is None:
        return 0
    # Entries are appended in time order on one workstation, but a clock set back could interleave:
    # only the unbroken prefix of old entries goes.
    first_young = conn.execute("SELECT min(seq) FROM audit_entry WHERE at >= ?", (_iso(cutoff),)).fetchone()[0]
    through = int(last[0]) if first_young is None else min(int(last[0]), int(first_young) - 1)
    if through <= 0:
        return 0
    row = conn.execute("SELECT entry_hash FROM audit_entry WHERE seq = ?", (through,)).fetchone()
    if row is None:
        return 0
    conn.execute("INSERT INTO audit_anchor (id, pruned_through, anchor_hash, pruned_at) VALUES (1, ?, ?, ?) "
                 "ON CONFLICT(id) DO UPDATE SET pruned_through = excluded.pruned_through, "
                 "anchor_hash = excluded.anchor_hash, pruned_at = excluded.pruned_at",
                 (through, str(row[0]), _iso(dt.datetime.now(dt.timezone.utc))))
    return int(conn.execute("DELETE FROM audit_entry WHERE seq <= ?", (through,)).rowcount)


@dataclass(frozen=True)
class Filters:
    person_id: str | None = None
    case_id: str | None = None
    actor: str | None = None
    institution: str | None = None
    operations: tuple[str, ...] = ()
    since: dt.datetime | None = None
    until: dt.datetime | None = None  # exclusive


def _where(filters: Filters) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for column, value in (("person_id", filters.person_id), ("case_id", filters.case_id),
                          ("actor", filters.actor), ("actor_institution", filters.institution)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if filters.operations:
        clauses.append(f"operation IN ({', '.join('?' * len(filters.operations))})")
        params.extend(filters.operations)
    if filters.since:
        clauses.append("at >= ?")
        params.append(_iso(filters.since))
    if filters.until:
        clauses.append("at < ?")
        params.append(_iso(filters.until))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query(conn: sqlcipher.Connection, filters: Filters, limit: int = 500,
          before: tuple[str, int] | None = None) -> list[tuple[object, ...]]:
    """The newest matching entries first, a page at a time.

    ``before`` continues a page: the ``(at, seq)`` of the last row shown. Ordering by time lets
    SQLite walk one (filter, time) index for any filter combined with a period.
    """
    where, params = _where(filters)
    if before is not None:
        where += (" AND" if where else " WHERE") + " (at < ? OR (at = ? AND seq < ?))"
        params.extend((before[0], before[0], before[1]))
    sql = f"SELECT {', '.join(_COLUMNS)} FROM audit_entry{where} ORDER BY at DESC, seq DESC LIMIT ?"
    return list(conn.execute(sql, (*params, max(1, min(limit, 10_000)))).fetchall())


def iterate(conn: sqlcipher.Connection, filters: Filters, batch: int = 2000) -> Iterator[tuple[object, ...]]:
    """Every matching entry, oldest first (exports)."""
    where, params = _where(filters)
    cursor = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM audit_entry{where} ORDER BY seq", params)
    while chunk := cursor.fetchmany(batch):
        yield from chunk


COLUMNS = _COLUMNS

"""Erasing a person for real, by the Bureau's order, and the retention rules that propose it.

An erasure removes the person's rows and every row hanging from them (cases, journal, documents,
signatures, attachments...), their old values in the change journal, their sync conflicts and
their search-index entries; ``secure_delete`` zeroes the freed space and the write-ahead log is
emptied. Cells that page balancing moved earlier leave stale copies that only a VACUUM removes
(services.compaction): a retention pass ends with one, a single erasure marks it owed for the next
sync or backup. Anonymous counts of the erased cases are kept for the annual report.

The order itself (``erasure_order``: identifiers and counts, no personal data) is a journaled,
synced row. Every workstation carries out the orders it has not carried out yet
(:func:`process_pending`): here right after the order, elsewhere when the sync brings it. The
sync's side (sync/*) needs three small hooks, described in the README ("Erasure through the sync").
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain import rule_tables
from ..storage.store import Store
from .compaction import Progress

_CHUNK = 400


class ErasureError(Exception):
    """A refused erasure; ``code`` as in domain.errors.MESSAGES."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class Preview:
    """What an erasure would remove: rows per table (and the person's name, for the Bureau's screen)."""

    person_id: str
    display_name: str
    rows: dict[str, int] = field(default_factory=dict)
    journal_values: int = 0

    @property
    def total(self) -> int:
        return sum(self.rows.values()) + self.journal_values


@functools.lru_cache(maxsize=1)
def _children() -> tuple[tuple[str, str, str], ...]:
    """(child table, foreign-key column, parent table) for every synced table, from the schema
    (computed once: 0.5 ms for each person erased otherwise)."""
    from ..storage.schema import METADATA, SYNCED_MODELS

    synced = {m.__tablename__ for m in SYNCED_MODELS}
    links = []
    for table in METADATA.sorted_tables:
        if table.name not in synced:
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent in synced and parent not in ("institution", "office", "user_profile"):
                links.append((table.name, fk.parent.name, parent))
    return tuple(links)


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def collect(conn: sqlcipher.Connection, person_id: str) -> dict[str, list[str]]:
    """Every row of the person, parents before children (tables in discovery order)."""
    found: dict[str, list[str]] = {}
    if conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is None:
        return found
    found["person"] = [person_id]
    frontier = {"person": [person_id]}
    links = _children()
    while frontier:
        nxt: dict[str, list[str]] = {}
        for child, column, parent in links:
            for ids in _chunks(frontier.get(parent, [])):
                marks = ",".join("?" * len(ids))
                for (row_id,) in conn.execute(f"SELECT id FROM {child} WHERE {column} IN ({marks})", ids):
                    if row_id not in found.get(child, ()) and row_id not in nxt.get(child, ()):
                        nxt.setdefault(child, []).append(str(row_id))
        for table, ids in nxt.items():
            found.setdefault(table, []).extend(ids)
        frontier = nxt
    return found


def _count_journal(conn: sqlcipher.Connection, rows: dict[str, list[str]]) -> int:
    total = 0
    for table, ids in rows.items():
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            total += int(conn.execute(f"SELECT count(*) FROM change_log WHERE table_name = ? AND row_id IN ({marks})",
                                      (table, *part)).fetchone()[0])
    return total


def preview(store: Store, person_id: str) -> Preview:
    conn = store.read_connection()
    row = conn.execute("SELECT first_name, last_name FROM person WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise ErasureError("erasure.unknown_person")
    rows = collect(conn, person_id)
    return Preview(person_id, f"{row[0]} {row[1]}", {t: len(ids) for t, ids in rows.items()},
                   _count_journal(conn, rows))


def order_erasure(store: Store, person_id: str, rule_code: str = "request", *, confirmed: bool,
                  today: dt.date | None = None) -> int:
    """The Bureau orders the erasure of one person: the order is journaled (it travels) and
    carried out here in the same transaction. Returns the number of rows erased."""
    return order_erasures(store, [(person_id, rule_code)], confirmed=confirmed, today=today)


def order_erasures(store: Store, items: list[tuple[str, str]], *, confirmed: bool,
                   today: dt.date | None = None) -> int:
    """Several orders (person id, rule code) in one transaction, then the write-ahead log emptied."""
    from ..storage.lifecycle_records import ErasureOrder
    from . import permissions

    permissions.require(store, "erasure.confirm")  # the Bureau CII (permissions table)
    if not confirmed:
        raise ErasureError("erasure.not_confirmed")
    conn = store.read_connection()
    with store.unit_of_work() as uow:
        for person_id, rule_code in items:
            cases = conn.execute("SELECT count(*) FROM case_file WHERE person_id = ?", (person_id,)).fetchone()
            if conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is None:
                raise ErasureError("erasure.unknown_person")
            uow.add(ErasureOrder(person_id=person_id, rule_code=rule_code,
                                 ordered_on=today or dt.date.today(), cases=int(cases[0])))
        uow.flush()
        erased = process_pending_in(conn)  # the unit of work's own connection and transaction
    _empty_wal(store)
    return erased


def process_pending(store: Store) -> int:
    """Carry out every erasure order not yet carried out here (the sync calls
    :func:`process_pending_in` in its batch transaction, then :func:`empty_wal`)."""
    with store.raw_transaction() as conn:
        erased = process_pending_in(conn)
    _empty_wal(store)
    return erased


def _empty_wal(store: Store) -> None:
    """Old page versions leave the write-ahead log and the main file (secure_delete zeroed them)."""
    store.read_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def process_pending_in(conn: sqlcipher.Connection) -> int:
    """:func:`process_pending` inside the caller's transaction (the sync's batch transaction).
    Every connection of the app has ``secure_delete`` on (storage.database); the database is
    marked "compaction owed" in the same transaction (services.compaction)."""
    from .compaction import mark_owed_in

    total = 0
    orders = conn.execute("SELECT id, person_id FROM erasure_order o WHERE deleted = 0 AND NOT EXISTS "
                          "(SELECT 1 FROM erasure_done d WHERE d.order_id = o.id)").fetchall()
    if orders:
        mark_owed_in(conn)
    # The search index first, for every order at once: FTS5 removes entries segment by segment
    # (secure-delete) when it flushes, and one flush for the whole pass costs far less than one per person.
    _forget_in_search(conn, [str(person_id) for _order_id, person_id in orders])
    for order_id, person_id in orders:
        rows = _erase_rows(conn, str(person_id))
        conn.execute("INSERT INTO erasure_done(order_id, done_at, rows) VALUES (?, ?, ?)",
                     (order_id, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(" "), rows))
        total += rows
    return total


def erase_rows(conn: sqlcipher.Connection, person_id: str) -> int:
    """Remove one person's rows, journal values, conflicts and index entries (in a transaction)."""
    _forget_in_search(conn, [person_id])
    return _erase_rows(conn, person_id)


def _forget_in_search(conn: sqlcipher.Connection, person_ids: list[str]) -> None:
    """Remove the search-index entries of these persons and of their cases.

    By rowid lists (``rowid IN (?, ...)``: FTS5 looks each one up; a sub-select would make it scan
    the whole index). The tokens leave the index's pages when FTS5 flushes, at the next statement."""
    for fts, table, column in (("case_fts", "case_file", "person_id"), ("person_fts", "person", "id")):
        keys: set[int] = set()
        for part in _chunks(person_ids):
            marks = ",".join("?" * len(part))
            keys.update(int(k) for (k,) in conn.execute(
                f"SELECT search_key FROM {table} WHERE {column} IN ({marks}) AND search_key IS NOT NULL", part))
        for chunk in _chunks(sorted(keys)):
            conn.execute(f"DELETE FROM {fts} WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)


def _erase_rows(conn: sqlcipher.Connection, person_id: str) -> int:
    """The rows, journal values and conflicts of one person (search entries: _forget_in_search)."""
    rows = collect(conn, person_id)
    if not rows:
        return 0
    _keep_statistics(conn, person_id)
    count = 0
    order = [name for name in _children_first() if name in rows]
    for table in order:
        for part in _chunks(rows[table]):
            marks = ",".join("?" * len(part))
            for sql in (f"DELETE FROM change_log WHERE table_name = ? AND row_id IN ({marks})",
                        f"DELETE FROM sync_conflict WHERE table_name = ? AND row_id IN ({marks})"):
                count += conn.execute(sql, (table, *part)).rowcount
            count += conn.execute(f"DELETE FROM {table} WHERE id IN ({marks})", part).rowcount
            conn.executemany("INSERT OR IGNORE INTO erased_row(table_name, row_id) VALUES (?, ?)",
                             [(table, row_id) for row_id in part])
    return count


@functools.lru_cache(maxsize=1)
def _children_first() -> tuple[str, ...]:
    """The tables, children before parents (sorting them took 1.5 ms for each person erased)."""
    from ..storage.schema import METADATA

    return tuple(t.name for t in reversed(METADATA.sorted_tables))


def _keep_statistics(conn: sqlcipher.Connection, person_id: str) -> None:
    conn.execute(
        "INSERT INTO statistic_count(metric, year, office, institution, status, count) "
        "SELECT 'case', CAST(strftime('%Y', c.opened_on) AS INTEGER), o.code, i.code, c.status, count(*) "
        "FROM case_file c JOIN office o ON o.id = c.office_id JOIN institution i ON i.id = c.lead_institution_id "
        "WHERE c.person_id = ? AND c.deleted = 0 GROUP BY 2, 3, 4, 5 "
        "ON CONFLICT(metric, year, office, institution, status) DO UPDATE SET count = count + excluded.count",
        (person_id,))


def case_statistics(store: Store) -> dict[tuple[int, str, str, str], int]:
    """Cases per (year opened, office, lead institution, status): live cases plus erased ones."""
    counts: dict[tuple[int, str, str, str], int] = {}
    conn = store.read_connection()
    live = conn.execute(
        "SELECT CAST(strftime('%Y', c.opened_on) AS INTEGER), o.code, i.code, c.status, count(*) "
        "FROM case_file c JOIN office o ON o.id = c.office_id JOIN institution i ON i.id = c.lead_institution_id "
        "WHERE c.deleted = 0 GROUP BY 1, 2, 3, 4")
    erased = conn.execute("SELECT year, office, institution, status, count FROM statistic_count "
                          "WHERE metric = 'case'")
    for year, office, institution, status, n in [*live, *erased]:
        key = (int(year), str(office), str(institution), str(status))
        counts[key] = counts.get(key, 0) + int(n)
    return counts


def vacuum(store: Store) -> None:
    """Rewrite the file (services.compaction.compact): no stale copy of an erased cell stays."""
    from .compaction import compact

    compact(store)


def rules() -> list[dict[str, Any]]:
    return list(rule_tables.load("retention")["erasure"])


def due(store: Store, today: dt.date) -> list[tuple[str, str]]:
    """(person id, rule code) of the persons a retention rule proposes for erasure."""
    found: dict[str, str] = {}
    conn = store.read_connection()
    for rule in rules():
        years = int(rule["after_years"])
        limit = today.replace(year=today.year - years) if not (today.month == 2 and today.day == 29) \
            else today.replace(year=today.year - years, day=28)
        if rule["code"] == "closed_case":  # every case of the person closed before the limit
            sql = ("SELECT DISTINCT c.person_id FROM case_file c WHERE c.closed_on <= ?1 AND c.status = 'closed' "
                   "AND c.deleted = 0 AND NOT EXISTS (SELECT 1 FROM case_file o WHERE o.person_id = c.person_id "
                   "AND o.deleted = 0 AND (o.status != 'closed' OR o.closed_on IS NULL OR o.closed_on > ?1))")
        elif rule["code"] == "refusal":  # every case only detected/evaluated, refused before the limit
            sql = ("SELECT DISTINCT c.person_id FROM consent r JOIN case_file c ON c.id = r.case_id "
                   "WHERE r.kind = 'refusal' AND r.given_on <= ?1 AND r.deleted = 0 AND c.deleted = 0 "
                   "AND NOT EXISTS (SELECT 1 FROM case_file o WHERE o.person_id = c.person_id AND o.deleted = 0 "
                   "AND (o.status NOT IN ('detected', 'evaluated') OR NOT EXISTS (SELECT 1 FROM consent q "
                   "WHERE q.case_id = o.id AND q.kind = 'refusal' AND q.deleted = 0 AND q.given_on <= ?1)))")
        else:
            continue
        for (person_id,) in conn.execute(sql, (limit.isoformat(),)):
            found.setdefault(str(person_id), str(rule["code"]))
    return sorted(found.items())


def retention_pass(store: Store, today: dt.date, *, confirmed: bool, rewrite: bool = True,
                   progress: Progress | None = None) -> int:
    """Order the erasure of every person a rule proposes (Bureau), then compact the file; returns
    the count.

    The erasure is committed first; the compaction (a full VACUUM: stale copies of moved cells
    leave the pages only then) follows in the same call. When it cannot run
    (:class:`~.compaction.CompactionError`, e.g. a full disk) the erasure stays done and the
    compaction owed. ``rewrite=False`` (benchmarks) leaves it owed."""
    from .compaction import compact_if_owed

    proposed = due(store, today)
    if proposed:
        order_erasures(store, proposed, confirmed=confirmed, today=today)
    if rewrite:
        compact_if_owed(store, progress)
    return len(proposed)


def describe_due(store: Store, proposed: list[tuple[str, str]], language: str) -> list[dict[str, str]]:
    """What the Bureau needs to judge a proposal: the person's name and birth date, the number of
    their cases and the rule's own text (retention.json, FR/DE; English: its code)."""
    from ..domain.dates import format_date

    texts = {str(r["code"]): str(r.get(language) or r.get("fr") or r["code"]) if language in ("fr", "de")
             else str(r["code"]).replace("_", " ") for r in rules()}
    conn = store.read_connection()
    shown = []
    for person_id, code in proposed:
        row = conn.execute("SELECT p.first_name, p.last_name, p.birth_date, (SELECT count(*) FROM case_file c "
                           "WHERE c.person_id = p.id AND c.deleted = 0) FROM person p WHERE p.id = ?",
                           (person_id,)).fetchone()
        if row is None:
            continue
        birth = format_date(dt.date.fromisoformat(str(row[2]))) if row[2] else "–"
        shown.append({"name": f"{row[0]} {row[1]}", "birth": birth, "cases": str(row[3]),
                      "rule": texts.get(code, code)})
    return shown

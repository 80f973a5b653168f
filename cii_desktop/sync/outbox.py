"""Export: this workstation's journaled changes that the consent gate lets out, sealed into batches.

Sealing and publishing are two steps. A batch is sealed and recorded in ``sync_outgoing`` in the
same transaction that marks its changes exported; only then is it written to the share. A crash
between the two leaves a sealed batch that the next sync publishes, byte for byte the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..storage import audit, migrate
from ..storage.store import Store
from . import share
from .batch_format import BatchError, BatchHeader, batch_hash, seal
from .batch_format import file_hash as batch_file_hash
from .codec import LOCAL_TABLES, SHARED_TABLES, blob_digest, encode_body, now_sql
from .config import NetworkConfig
from .roster import public_key
from .scope import BASIS_TABLES, OPEN, SCOPE_FIELDS, SCOPE_TABLES, ScopeReader, current_state
from .scoped import META_KEY, seal_group

MAX_CHANGES = 5000  # per batch: a large backlog becomes several batches of bounded size
MAX_BYTES = 8 * 1024 * 1024  # of values and files per batch (a larger file travels with its row only)
SEALED_UPTO = "sync.sealed_upto"  # the last journal number the consent gate has examined
MEMBERS_SEEN = "sync.scope_members"  # the roster's active members at the last export (newcomers get state)
HELD_OUTSIDE = "sync.held_outside"  # held back changes out of this workstation's scope, at the last export
NEVER = 0  # batch_seq of changes that never leave this workstation (reference tables, profile)


@dataclass
class ExportResult:
    batches: int = 0
    changes: int = 0
    held_back: int = 0  # changes of cases without consent or legal basis (local only for now)
    held_outside: int = 0  # of those, changes of cases whose scope leaves this workstation out
    published: int = 0


def batch_name(seq: int) -> str:
    return f"{seq:08d}{share.BATCH_SUFFIX}"


def _dependencies(conn: sqlcipher.Connection) -> dict[str, int]:
    return {str(w): int(s) for w, s in conn.execute(
        "SELECT workstation_id, max(seq) FROM sync_applied GROUP BY workstation_id")}


def _blob(conn: sqlcipher.Connection, table: str, row_id: str, field: str) -> bytes | None:
    row = conn.execute(f"SELECT {field} FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


Route = frozenset[str] | None  # the workstations a change is sealed to; None: the open part (sync.scope)


@dataclass
class _Batch:
    seqs: list[int] = field(default_factory=list)
    items: list[tuple[Route, list[Any], str | None, bytes | None]] = field(default_factory=list)
    size: int = 0


def seal_pending(store: Store, config: NetworkConfig, author: str,
                 physical_ms: Callable[[], int] | None = None,
                 max_changes: int = MAX_CHANGES, max_bytes: int = MAX_BYTES,
                 today: dt.date | None = None) -> ExportResult:
    """Seal every shareable unexported change into batches (one transaction).

    Each change goes to the workstations of its case's scope (sync.scope): a change of a case shared
    with the whole network in the open part, the others sealed to their recipients (sync.scoped). A
    change without recipients is held back. Newcomers of a widened scope get the case's current state.
    """
    result = ExportResult()
    now_ms = physical_ms or (lambda: time.time_ns() // 1_000_000)
    with store.raw_transaction() as conn:
        rows = conn.execute(
            "SELECT seq, table_name, row_id, field, new_value, hlc, base_hlc FROM change_log "
            "WHERE batch_seq IS NULL AND workstation_id = ? ORDER BY seq", (config.workstation,)).fetchall()
        if rows:  # what the gate has looked at: the unsent changes up to here are held back
            conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                         (SEALED_UPTO, str(rows[-1][0])))
        reader = ScopeReader(conn, config, today)
        batches: list[_Batch] = []
        never: list[int] = []
        current = _Batch()
        last_row: tuple[str, str] = ("", "")
        rescoped: set[str] = set()
        routed: list[tuple[int | None, Route, list[Any]]] = []
        for seq, table, row_id, field_name, value, hlc, base in rows:
            if table in LOCAL_TABLES or table not in SHARED_TABLES:
                never.append(seq)
                continue
            if reader.open_table(table):
                routed.append((seq, OPEN, [table, row_id, field_name, value, hlc, base]))
                continue
            cases = reader.cases_of(table, row_id)
            of_case = table == "case_file" and field_name in SCOPE_FIELDS
            notice = table in SCOPE_TABLES or of_case
            if notice:
                rescoped.update(cases)
            route = reader.route(cases, notice, basis=table in BASIS_TABLES or of_case)
            if route is not OPEN and not route - {config.workstation}:
                result.held_back += 1
                result.held_outside += reader.outside(cases)
                continue
            routed.append((seq, route, [table, row_id, field_name, value, hlc, base]))
        routed += [(None, route, change) for route, change in _widened(conn, reader, config, sorted(rescoped))]
        routed += [(None, route, change) for route, change in _newcomers(conn, reader, config)]
        for seq, route, change in routed:
            table, row_id, field_name, value = change[0], change[1], change[2], change[3]
            size = len(value or "") + 120
            digest = blob_digest(value)
            blob = _blob(conn, table, row_id, field_name) if digest else None
            if blob is not None:
                digest = hashlib.sha256(blob).hexdigest()
                change = [*change[:3], json.dumps({"$blob": digest}), *change[4:]]
                size += len(blob)
            # A row's changes (a file and its record) always travel together: a batch is cut only
            # between rows, so one large file may make its batch larger than max_bytes.
            row_key = (table, row_id)
            if current.items and row_key != last_row and \
                    (len(current.items) >= max_changes or current.size + size > max_bytes):
                batches.append(current)
                current = _Batch()
            last_row = row_key
            if seq is not None:
                current.seqs.append(seq)
            current.items.append((route, change, digest if blob is not None else None, blob))
            current.size += size
        if current.items:
            batches.append(current)
        if never:
            conn.executemany("UPDATE change_log SET batch_seq = ? WHERE seq = ?", [(NEVER, s) for s in never])
        if rows:  # the held back changes the gate examined, of which out of this workstation's scope
            conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                         (HELD_OUTSIDE, str(result.held_outside)))
        last = conn.execute("SELECT seq, file_hash FROM sync_outgoing ORDER BY seq DESC LIMIT 1").fetchone()
        seq, previous = (int(last[0]), str(last[1])) if last else (0, "")
        deps = _dependencies(conn)
        for batch in batches:
            seq += 1
            meta: dict[str, Any] = {"author": author, "written_ms": now_ms(), "depends": deps}
            changes, blobs, sent = _body_parts(reader, config, batch, meta)
            raw = encode_body(meta, changes, blobs)
            header = BatchHeader(network=config.network, workstation=config.workstation, sequence=seq,
                                 previous_hash=previous, schema=migrate.HEAD, count=len(batch.items))
            data = seal(header, raw, config.batch_key, config.signing_key)
            previous = batch_hash(data)
            conn.execute("INSERT INTO sync_outgoing (seq, file_hash, data, changes, created_at) VALUES "
                         "(?, ?, ?, ?, ?)", (seq, previous, data, len(batch.items),
                                             now_sql()))
            conn.executemany("UPDATE change_log SET batch_seq = ? WHERE seq = ?", [(seq, s) for s in batch.seqs])
            _audit_sent(conn, config, seq, sent)
            result.batches += 1
            result.changes += len(batch.items)
    return result


def _widened(conn: sqlcipher.Connection, reader: ScopeReader, config: NetworkConfig,
             cases: list[str]) -> list[tuple[Route, list[Any]]]:
    """The current state of each case whose scope this export widens, for the newcomers only."""
    out: list[tuple[Route, list[Any]]] = []
    for case in cases:
        if not reader.known(case):
            continue  # a new case: all of it is unsent and goes to every recipient
        now, before = reader.recipients(reader.scope(case)), reader.recipients(reader.scope(case, exported=True))
        if before is OPEN or (now is not OPEN and not now - before - {config.workstation}):
            continue  # everyone had it, or nobody new
        route = OPEN if now is OPEN else frozenset(now - before) | {config.workstation}
        out += [(route, change) for change in current_state(conn, case, config.workstation)]
    return out


def _newcomers(conn: sqlcipher.Connection, reader: ScopeReader, config: NetworkConfig
               ) -> list[tuple[Route, list[Any]]]:
    """Workstations enrolled since the last export get, from each workstation that wrote to a case,
    the current state of the cases of their institution's scope (older batches seal it to others)."""
    me = config.workstation
    active = {m.id for m in config.roster.members if m.active(reader.today) and m.kex_key}
    seen = conn.execute("SELECT value FROM local_setting WHERE key = ?", (MEMBERS_SEEN,)).fetchone()
    if seen is not None and set(json.loads(str(seen[0]))) >= active:
        return []
    conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                 (MEMBERS_SEEN, json.dumps(sorted(active))))
    new = active - set(json.loads(str(seen[0]))) - {me} if seen is not None else set()
    if not new:  # first export with scopes: the members of the day read what went before
        return []
    out: list[tuple[Route, list[Any]]] = []
    for (case,) in conn.execute("SELECT DISTINCT row_id FROM change_log WHERE table_name = 'case_file' AND "
                                "workstation_id = ?", (me,)).fetchall():
        allowed = reader.recipients(reader.scope(str(case)))
        if allowed is OPEN or not allowed & new:
            continue  # the open part: the newcomers read the older batches themselves
        out += [(frozenset(allowed & new) | {me}, change) for change in current_state(conn, str(case), me)]
    return out


def _body_parts(reader: ScopeReader, config: NetworkConfig, batch: _Batch, meta: dict[str, Any]
                ) -> tuple[list[list[Any]], dict[str, bytes], dict[Route, list[list[Any]]]]:
    """The open changes and files of a batch, its scoped groups sealed (their descriptors in
    ``meta``), and the changes by route (for the audit trail)."""
    by_route: dict[Route, tuple[list[list[Any]], dict[str, bytes]]] = {}
    for route, change, digest, blob in batch.items:
        changes, blobs = by_route.setdefault(route, ([], {}))
        changes.append(change)
        if digest is not None and blob is not None:
            blobs[digest] = blob
    open_changes, open_blobs = by_route.pop(OPEN, ([], {}))
    groups = []
    for route, (changes, blobs) in sorted(by_route.items(), key=lambda r: sorted(r[0] or ())):
        assert route is not None
        descriptor, digest, cipher = seal_group(config.network, config.workstation, reader.kex_keys(route),
                                                reader.institutions(route - {config.workstation}), changes, blobs)
        groups.append(descriptor)
        open_blobs[digest] = cipher
    if groups:
        meta[META_KEY] = groups
    sent = {route: changes for route, (changes, _blobs) in by_route.items()}
    if open_changes:
        sent[OPEN] = open_changes
    return open_changes, open_blobs, sent


def _audit_sent(conn: sqlcipher.Connection, config: NetworkConfig, seq: int,
                sent: dict[Route, list[list[Any]]]) -> None:
    """A disclosure: which persons' and cases' data left in batch ``seq``, to which institutions."""
    everyone = {m.institution for m in config.roster.members if m.id != config.workstation and not m.revoked}
    by_subject: dict[tuple[str | None, str | None], set[str]] = {}
    for route, changes in sent.items():
        found = audit.subjects(conn, ((str(c[0]), str(c[1])) for c in changes))
        institutions = everyone if route is OPEN else {
            m.institution for m in config.roster.members if m.id in route and m.id != config.workstation}
        for subject in found:
            by_subject.setdefault(subject, set()).update(institutions)
    if not by_subject:
        return
    actor = audit.actor_row(conn, config.workstation)
    at = dt.datetime.now(dt.timezone.utc)
    audit.append(conn, [audit.Entry("sync.sent", actor[0], config.workstation, at, actor[1], person, case,
                                    tuple(sorted(by_subject[(person, case)])), {"batch": seq})
                        for person, case in sorted(by_subject, key=lambda pc: (pc[0] or "", pc[1] or ""))])


@dataclass
class PublishResult:
    batches: int = 0
    changes: int = 0  # in the batches published by this run
    repaired: int = 0  # own batches written again (missing, cut off or altered on the share)
    skipped: list[int] = field(default_factory=list)  # numbers taken on the share by a file not ours


def publish(store: Store, config: NetworkConfig, share_dir: Path,
            check: Callable[[], None] | None = None, suspects: frozenset[int] = frozenset()) -> PublishResult:
    """Write every sealed, unpublished batch to this workstation's folder on the share, then repair.

    A number already taken by a file this workstation did not write (planted) is skipped: the
    pending batches are sealed again one number later, chained to the real predecessor. Published
    batches missing on the share, of the wrong size, or - for ``suspects``, the numbers readers
    report they cannot apply - with other bytes, are written again from the journal, byte for byte.
    """
    result = PublishResult()
    folder = config.outbox(share_dir)
    while True:
        conn = store.read_connection()
        pending = conn.execute("SELECT seq, file_hash, changes FROM sync_outgoing WHERE published_at IS NULL "
                               "ORDER BY seq").fetchall()
        taken = None
        for seq, file_hash, changes in pending:
            if check:
                check()
            data = bytes(conn.execute("SELECT data FROM sync_outgoing WHERE seq = ?", (seq,)).fetchone()[0])
            try:
                share.write_new(folder, batch_name(seq), data)
            except share.AlreadyExists:
                if not _is_ours(folder / batch_name(seq), len(data), file_hash):
                    if _signed_by_us(folder / batch_name(seq), int(seq), config):
                        raise share.ShareError("share.sequence_taken", batch_name(seq)) from None
                    taken = int(seq)
                    break
            del data
            with store.raw_transaction() as tx:
                tx.execute("UPDATE sync_outgoing SET published_at = ? WHERE seq = ?", (now_sql(), seq))
            result.batches += 1
            result.changes += int(changes)
        if taken is None:
            taken = _foreign_beyond(store, config, folder)
            if taken is None:
                break
            _seal_marker(store, config, taken + 1)
        else:
            _skip_number(store, config, taken)
        result.skipped.append(taken)
    result.repaired = _repair(store, folder, suspects, check)
    return result


def _is_ours(path: Path, size: int, file_hash: str) -> bool:
    """Whether the file on the share is this batch (size first: a huge planted file is not read)."""
    try:
        if path.stat().st_size != size:
            return False
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    return share.retried(lambda: batch_file_hash(path)) == file_hash


def _signed_by_us(path: Path, seq: int, config: NetworkConfig) -> bool:
    """A batch this workstation signed under that number (a restored copy of its database?)."""
    from .batch_format import MAX_FILE, open_file

    me = config.roster.member(config.workstation)
    own = public_key(me.public_key) if me else config.signing_key.public_key()
    try:
        if path.stat().st_size > MAX_FILE:
            return False
        for key in config.keys_newest_first():
            try:
                header, _raw, _hash = open_file(path, key, config.network, lambda _w: own)
            except BatchError:
                continue
            return header.workstation == config.workstation and header.sequence == seq
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    return False


def _foreign_beyond(store: Store, config: NetworkConfig, folder: Path) -> int | None:
    """The highest number above this workstation's last batch taken by a file it did not write."""
    last = store.read_connection().execute("SELECT coalesce(max(seq), 0) FROM sync_outgoing").fetchone()[0]
    beyond = sorted((n for n in share.batch_files(folder) if n > int(last)), reverse=True)
    for number in beyond:
        if _signed_by_us(folder / batch_name(number), number, config):
            raise share.ShareError("share.sequence_taken", batch_name(number))
    return beyond[0] if beyond else None


def _seal_marker(store: Store, config: NetworkConfig, seq: int) -> None:
    """An empty batch numbered ``seq``, chained to the last real one: readers skip what lies between."""
    with store.raw_transaction() as conn:
        last = conn.execute("SELECT file_hash FROM sync_outgoing ORDER BY seq DESC LIMIT 1").fetchone()
        raw = encode_body({"author": "", "written_ms": time.time_ns() // 1_000_000,
                           "depends": _dependencies(conn)}, [], {})
        header = BatchHeader(network=config.network, workstation=config.workstation, sequence=seq,
                             previous_hash=str(last[0]) if last else "", schema=migrate.HEAD, count=0)
        data = seal(header, raw, config.batch_key, config.signing_key)
        conn.execute("INSERT INTO sync_outgoing (seq, file_hash, data, changes, created_at) VALUES "
                     "(?, ?, ?, 0, ?)", (seq, batch_hash(data), data, now_sql()))


def _skip_number(store: Store, config: NetworkConfig, taken: int) -> None:
    """Seal the unpublished batches from ``taken`` on again, one number later (one transaction)."""
    from dataclasses import replace

    from .batch_format import open_batch

    me = config.roster.member(config.workstation)
    own = public_key(me.public_key) if me else config.signing_key.public_key()
    with store.raw_transaction() as conn:
        rows = conn.execute("SELECT seq, data, changes, created_at FROM sync_outgoing WHERE seq >= ? "
                            "ORDER BY seq", (taken,)).fetchall()
        before = conn.execute("SELECT file_hash FROM sync_outgoing WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                              (taken,)).fetchone()
        previous = str(before[0]) if before else ""
        conn.execute("DELETE FROM sync_outgoing WHERE seq >= ?", (taken,))
        for seq, data, changes, created in rows:
            header, raw = _open_own(bytes(data), config, own, open_batch)
            header = replace(header, sequence=int(seq) + 1, previous_hash=previous)
            sealed = seal(header, raw, config.batch_key, config.signing_key)
            previous = batch_hash(sealed)
            conn.execute("INSERT INTO sync_outgoing (seq, file_hash, data, changes, created_at) VALUES "
                         "(?, ?, ?, ?, ?)", (int(seq) + 1, previous, sealed, changes, created))
        # only this workstation's changes: a received change's batch_seq is its sender's number
        conn.execute("UPDATE change_log SET batch_seq = batch_seq + 1 WHERE batch_seq >= ? AND workstation_id = ?",
                     (taken, config.workstation))


def _open_own(data: bytes, config: NetworkConfig, own: Any, open_batch: Any) -> tuple[BatchHeader, bytes]:
    for key in config.keys_newest_first():
        try:
            header, raw = open_batch(data, key, config.network, lambda _w: own)
            return header, raw
        except BatchError:
            continue
    raise BatchError("batch.tampered")


def _repair(store: Store, folder: Path, suspects: frozenset[int],
            check: Callable[[], None] | None = None) -> int:
    """Write again, from the journal, this workstation's published batches the share lost or damaged."""
    conn = store.read_connection()
    published = conn.execute("SELECT seq, file_hash, length(data) FROM sync_outgoing WHERE published_at IS NOT "
                             "NULL AND length(data) > 0 ORDER BY seq").fetchall()  # no stand-ins (own_history)
    if not published:
        return 0
    on_share = share.batch_files(folder)
    repaired = 0
    for seq, file_hash, size in published:
        path = on_share.get(int(seq))
        if path is not None:
            try:
                same_size = path.stat().st_size == int(size)
            except OSError:
                same_size = False
            if same_size and int(seq) not in suspects:
                continue
            if same_size and _is_ours(path, int(size), str(file_hash)):
                continue
        if check:
            check()
        data = bytes(conn.execute("SELECT data FROM sync_outgoing WHERE seq = ?", (seq,)).fetchone()[0])
        share.write_over(folder, batch_name(int(seq)), data)
        repaired += 1
    return repaired

"""Import: every other workstation's batches, verified, in causal order, each applied at most once.

A batch is read only when it is the next of its workstation's sequence. Its signature, roster
membership, sequence and chain are checked and its body decrypted before anything is written;
then it is applied together with the record of applied batches, all or nothing (consecutive
batches of one workstation share one transaction, each in its own savepoint). A batch that
fails any check goes to the quarantine list with the reason and is never applied; the other
workstations' batches go on. A batch made after its author had applied batches this workstation
has not received yet waits for them (nothing is skipped silently).
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..storage import audit
from ..storage.store import Store
from . import schema_compat, share
from .batch_format import MAX_FILE, BatchError, BatchHeader, file_hash, open_file
from .clock import MAX_DRIFT_MS, ClockSkewError, Timestamp
from .codec import Blobs, decode_body, now_sql
from .config import NetworkConfig
from .erasure_hooks import AfterApply, empty_wal
from .import_memory import LARGE_FILES as _LARGE_FILES
from .import_memory import collector_paused as _collector_paused
from .import_memory import small_page_cache as _small_page_cache
from .merge import Merger
from .outbox import batch_name
from .roster import public_key
from .scoped import readable


@dataclass
class ImportResult:
    batches: int = 0
    changes: int = 0
    conflicts: int = 0
    quarantined: int = 0  # newly quarantined in this run
    refused: dict[str, str] = field(default_factory=dict)  # file (workstation/name) -> reason, this run
    waiting: dict[str, int] = field(default_factory=dict)  # workstation -> the batch it waits on
    for_update: set[str] = field(default_factory=set)  # workstations whose next batch needs a newer app
    skew: dict[str, int] = field(default_factory=dict)  # workstation -> clock offset (ms)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (code, detail): needs attention
    applied: dict[str, int] = field(default_factory=dict)  # workstation -> last sequence applied
    applied_hash: dict[str, str] = field(default_factory=dict)  # workstation -> that batch's hash
    stuck: dict[str, int] = field(default_factory=dict)  # workstation -> sequence missing or refused


@dataclass
class _Peer:
    workstation: str
    folder: Path
    last_seq: int
    last_hash: str
    files: dict[int, Path] = field(default_factory=dict)  # this run's listing: sequence -> file


class _Waiting(Exception):
    """The batch cannot be applied yet (a batch it depends on has not arrived)."""


MAX_BATCH_FILE = MAX_FILE
_LOOKAHEAD = 16  # files read past a refused one, looking for the writer's next real batch
_CLOCK = itemgetter(4)  # a change's clock


def _last_applied(store: Store) -> dict[str, tuple[int, str]]:
    return {str(w): (int(s), str(h)) for w, s, h in store.read_connection().execute(
        "SELECT a.workstation_id, a.seq, a.file_hash FROM sync_applied a JOIN (SELECT workstation_id, "
        "max(seq) AS seq FROM sync_applied GROUP BY workstation_id) m ON m.workstation_id = "
        "a.workstation_id AND m.seq = a.seq")}


def _peers(store: Store, config: NetworkConfig, share_dir: Path) -> list[_Peer]:
    root = config.network_dir(share_dir) / "outbox"
    try:
        with os.scandir(root) as entries:
            folders = sorted(Path(e.path) for e in entries if e.is_dir() and not e.name.startswith("."))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    last = _last_applied(store)
    return [_Peer(f.name, f, *last.get(f.name, (0, ""))) for f in folders if f.name != config.workstation]


def _quarantine(store: Store, peer: _Peer, name: str, file_hash: str, code: str) -> bool:
    """Record a refused batch; True when it is new in the list."""
    now = now_sql()
    with store.raw_transaction() as conn:
        seen = conn.execute("SELECT id FROM sync_quarantine WHERE workstation_id = ? AND filename = ? "
                            "AND file_hash = ?", (peer.workstation, name, file_hash)).fetchone()
        if seen:
            conn.execute("UPDATE sync_quarantine SET last_seen = ?, code = ? WHERE id = ?",
                         (now, code, seen[0]))
            return False
        conn.execute("INSERT INTO sync_quarantine (workstation_id, filename, file_hash, code, first_seen,"
                     " last_seen) VALUES (?, ?, ?, ?, ?, ?)", (peer.workstation, name, file_hash, code,
                                                               now, now))
    return True


@dataclass
class _Opened:
    seq: int
    file_hash: str
    header: BatchHeader
    raw: bytearray


@dataclass
class _Staged:
    """A batch verified and decoded, waiting in its group to be written."""
    seq: int
    file_hash: str
    author: str
    changes: list[Any]
    blobs: Blobs
    skew: int
    previous: tuple[int, str]  # the peer's last batch before this one (sequence, hash)


# Consecutive batches of one workstation are written in one transaction up to this many changes
# (one commit: the journal's index pages are written once, not once per batch; issue 12's benchmark).
# The batches are read before the transaction begins: the write lock is never held across share reads.
_GROUP_CHANGES = 20_000


def _refusal(exc: Exception, store_error: Any) -> str | None:
    """The quarantine code of a batch whose writing failed, None for an error that is not the batch's
    (a full disk, a damaged database: the whole group is rolled back and the error shown)."""
    if isinstance(exc, BatchError):
        return exc.code
    if store_error is not None:
        # an integrity rule of the database refused the batch (e.g. a missing record)
        return "batch.inconsistent" if store_error.code == "store.error" else None
    if isinstance(exc, (KeyError, ValueError, TypeError)):
        return "batch.missing_file" if str(exc) == "'blob'" else "batch.not_a_batch"
    return None


class Importer:
    def __init__(self, store: Store, config: NetworkConfig, share_dir: Path, authors: dict[str, str],
                 physical_ms: Callable[[], int] | None = None, after_apply: AfterApply | None = None) -> None:
        self.store = store
        self.after_apply = after_apply  # erasure orders carried out in each batch's transaction
        self.config = config
        self.share_dir = share_dir
        self.authors = authors
        self.result = ImportResult()
        self._now_ms = physical_ms or (lambda: time.time_ns() // 1_000_000)
        self._applied: dict[str, int] = {}
        # The workstations a relayed change may name as its author (its clock's node; sync.merge).
        self._members = frozenset(m.id for m in config.roster.members)

    def _open(self, path: Path, key_for: Callable[[str], Ed25519PublicKey | None]
              ) -> tuple[BatchHeader, bytearray, str]:
        """Open with the newest batch key that fits (a key per epoch; rotated after revocations)."""
        keys = self.config.keys_newest_first()
        for index, key in enumerate(keys):
            def attempt(k: bytes = key) -> tuple[BatchHeader, bytearray, str]:
                return open_file(path, k, self.config.network, key_for)

            try:
                return share.retried(attempt)
            except BatchError as exc:
                if exc.code != "batch.tampered" or index == len(keys) - 1:
                    raise
        raise BatchError("batch.tampered")

    @staticmethod
    def _identity(path: Path) -> str:
        """The hash a refused file is listed under (read in blocks)."""
        return share.retried(lambda: file_hash(path))

    def run(self, check: Callable[[], None] | None = None,
            progress: Callable[[int], None] | None = None) -> ImportResult:
        peers = []
        for peer in _peers(self.store, self.config, self.share_dir):
            if self.config.roster.member(peer.workstation) is None:
                self.result.problems.append(("share.unknown_folder", peer.workstation))
                continue  # not a member: nothing of it is read (a person should remove the folder)
            try:
                peer.files = share.batch_files(peer.folder)
            except share.ShareError:
                self.result.problems.append(("share.peer_unreadable", peer.workstation))
                continue  # the other workstations' batches go on
            peers.append(peer)
        self._applied = {p.workstation: p.last_seq for p in peers}
        blocked: set[str] = set()
        progressed = True
        while progressed:  # passes until nothing more can be applied (causal order across folders)
            progressed = False
            for peer in peers:
                if peer.workstation in blocked:
                    continue
                if check:
                    check()
                before = self.result.batches
                try:
                    with _collector_paused():
                        applied = self._next(peer)
                except _Waiting:
                    applied = False
                except BatchError:
                    blocked.add(peer.workstation)  # refused: its later batches wait for a repair
                    applied = False
                except share.ShareError:
                    self.result.problems.append(("share.peer_unreadable", peer.workstation))
                    blocked.add(peer.workstation)
                    applied = False
                if applied or self.result.batches > before:  # a group applied, then a batch refused
                    progressed = True
                    if progress:
                        progress(self.result.batches)
        for peer in peers:  # a next batch that could not be applied, or a gap on the share
            self.result.applied[peer.workstation] = peer.last_seq
            if peer.last_hash:
                self.result.applied_hash[peer.workstation] = peer.last_hash
            if any(seq > peer.last_seq for seq in peer.files) and not self._beyond_cutoff(peer):
                self.result.waiting[peer.workstation] = peer.last_seq + 1
                self.result.stuck[peer.workstation] = peer.last_seq + 1
        return self.result

    def _beyond_cutoff(self, peer: _Peer) -> bool:
        """A revoked workstation whose valid batches are all here: what follows is refused, not awaited."""
        member = self.config.roster.member(peer.workstation)
        return member is not None and member.revoked and peer.last_seq >= member.revoked_after

    def _refuse(self, peer: _Peer, name: str, file_hash: str, code: str) -> BatchError:
        if _quarantine(self.store, peer, name, file_hash, code):
            self.result.quarantined += 1
        self.result.refused[f"{peer.workstation}/{name}"] = code
        return BatchError(code)

    def _key_for(self, peer: _Peer, seq: int) -> Callable[[str], Ed25519PublicKey | None]:
        """The signer's key for this sequence: an active member, or a revoked one up to its cut-off."""
        member = self.config.roster.member(peer.workstation)
        if member is None:
            return lambda _w: None
        if member.active(dt.date.today()) or (member.revoked and seq <= member.revoked_after):
            key = public_key(member.public_key)
            return lambda w: key if w == peer.workstation else self.config.roster.signer_key(w)
        return lambda _w: None

    def _verify(self, peer: _Peer, seq: int) -> _Opened:
        """Read and check the file of ``seq``; refused files are quarantined (BatchError)."""
        path, name = peer.files[seq], batch_name(seq)
        member = self.config.roster.member(peer.workstation)
        assert member is not None
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise _Waiting() from None
        except OSError as exc:
            raise share.ShareError("share.peer_unreadable", str(exc)) from exc
        if size > MAX_BATCH_FILE:
            raise self._refuse(peer, name, f"size:{size}", "batch.too_large")
        if not member.active(dt.date.today()) and not (member.revoked and seq <= member.revoked_after):
            if member.revoked:
                self.result.problems.append(("sync.revoked_publishing", peer.workstation))
            raise self._refuse(peer, name, self._identity(path), "batch.revoked")
        try:
            header, raw, file_hash = self._open(path, self._key_for(peer, seq))
        except BatchError as exc:
            raise self._refuse(peer, name, self._identity(path), exc.code) from None
        if header.workstation != peer.workstation:
            raise self._refuse(peer, name, file_hash, "batch.misplaced")
        if header.sequence != seq:
            raise self._refuse(peer, name, file_hash, "batch.replayed")
        return _Opened(seq, file_hash, header, raw)

    def _candidate(self, peer: _Peer) -> _Opened | None:
        """The writer's next batch: the next number, or - past numbers missing or taken by files it did
        not write - the first later batch it signed as following our last one (its chain says so)."""
        later = sorted(s for s in peer.files if s > peer.last_seq)[:_LOOKAHEAD]
        refused: BatchError | None = None
        for seq in later:
            try:
                opened = self._verify(peer, seq)
            except BatchError as exc:
                refused = refused or exc
                continue
            if opened.header.previous_hash == peer.last_hash:
                for skipped in later:
                    if skipped >= seq:
                        break
                    self.result.problems.append(("share.planted", f"{peer.workstation}/{batch_name(skipped)}"))
                return opened
            if seq == peer.last_seq + 1:
                raise self._refuse(peer, batch_name(seq), opened.file_hash, "batch.chain_broken")
            break  # a real batch after a missing or damaged one: wait for its writer to repair it
        if refused is not None:
            raise refused
        if later:
            raise _Waiting()
        return None

    def _stage(self, peer: _Peer) -> _Staged | None:
        """The peer's next batch, verified and decoded, its dependencies here: taken as applied in
        this run's memory until its group is written (``_apply``); None when there is none."""
        opened = self._candidate(peer)
        if opened is None:
            return None
        seq, file_hash, header, raw = opened.seq, opened.file_hash, opened.header, opened.raw
        name = batch_name(seq)
        if schema_compat.waits_for_update(self.store, header.schema):
            self.result.for_update.add(peer.workstation)
            raise _Waiting()  # written by a newer version of the app: update this one first
        try:
            meta, changes, blobs = decode_body(raw)
            depends = {str(w): int(s) for w, s in meta.get("depends", {}).items()}
            written_ms = int(meta.get("written_ms", 0))
            author = str(meta.get("author", ""))
        except (ValueError, KeyError, TypeError, AttributeError, zlib.error, struct.error):
            raise self._refuse(peer, name, file_hash, "batch.not_a_batch") from None
        del opened, raw  # the plaintext is freed before the files are written to the database
        try:  # the open changes and those sealed to this workstation (a case outside its scope: none)
            changes, blobs, _unread = readable(meta, changes, blobs, header.count, self.config.network,
                                               peer.workstation, self.config.workstation, self.config.kex_key)
        except BatchError:
            raise self._refuse(peer, name, file_hash, "batch.tampered") from None
        for workstation, needed in depends.items():
            if workstation == self.config.workstation or workstation not in self._applied:
                continue  # our own batches, or a workstation whose folder is not here (revoked)
            member = self.config.roster.member(workstation)
            if member is not None and member.revoked:
                needed = min(needed, max(member.revoked_after, 0))  # never wait past a cut-off
            if self._applied[workstation] < needed:
                raise _Waiting()
        try:
            skew = self._check_clock(peer.files[seq], written_ms, changes)
        except (IndexError, TypeError, KeyError, ValueError):  # a change that is not one
            raise self._refuse(peer, name, file_hash, "batch.not_a_batch") from None
        staged = _Staged(seq, file_hash, author, changes, blobs, skew, (peer.last_seq, peer.last_hash))
        peer.last_seq, peer.last_hash = seq, file_hash
        self._applied[peer.workstation] = seq
        return staged

    def _next(self, peer: _Peer) -> bool:
        """Apply the peer's next batches: as many as are here in order, up to a group's size, in one
        transaction (one commit for the group; each batch all or nothing within it)."""
        group: list[_Staged] = []
        stop: Exception | None = None
        try:
            while sum(len(g.changes) for g in group) < _GROUP_CHANGES and \
                    sum(len(b) for g in group for b in g.blobs.values()) < _LARGE_FILES:
                staged = self._stage(peer)
                if staged is None:
                    break
                group.append(staged)
        except (_Waiting, BatchError, share.ShareError) as exc:
            if not group:
                raise
            stop = exc  # what can be applied is applied first
        if group:
            self._apply(peer, group)
        if isinstance(stop, (BatchError, share.ShareError)):
            raise stop
        return bool(group)

    def _apply(self, peer: _Peer, group: list[_Staged]) -> None:
        from ..storage.errors import classify, is_database_error

        done: list[tuple[_Staged, Any]] = []
        refused: tuple[_Staged, str] | None = None
        erased = 0
        blobs = {d: b for staged in group for d, b in staged.blobs.items()}
        try:
            with _small_page_cache(self.store, blobs), self.store.raw_transaction() as conn:
                for staged in group:
                    conn.execute("SAVEPOINT sync_batch")
                    try:
                        merged, count = self._apply_one(conn, peer, staged)
                    except Exception as exc:
                        code = _refusal(exc, classify(exc) if is_database_error(exc) else None)
                        if code is None:
                            raise
                        conn.execute("ROLLBACK TO sync_batch")
                        conn.execute("RELEASE sync_batch")
                        refused = (staged, code)
                        break
                    conn.execute("RELEASE sync_batch")
                    done.append((staged, merged))
                    erased += count
        except BaseException:
            self._rewind(peer, group[0])  # nothing of the group was written
            raise
        if erased:
            empty_wal(self.store.read_connection())
        for staged, merged in done:
            self.result.batches += 1
            self.result.changes += merged.changes
            self.result.conflicts += merged.conflicts
            if staged.skew:
                self.result.skew[peer.workstation] = staged.skew
        if refused is not None:
            staged, code = refused
            self._rewind(peer, staged)
            raise self._refuse(peer, batch_name(staged.seq), staged.file_hash, code)

    def _rewind(self, peer: _Peer, staged: _Staged) -> None:
        """Back to the batch before ``staged``: it and the rest of its group were not applied."""
        peer.last_seq, peer.last_hash = staged.previous
        self._applied[peer.workstation] = peer.last_seq

    def _apply_one(self, conn: Any, peer: _Peer, staged: _Staged) -> tuple[Any, int]:
        """One batch inside the group's transaction: merged, audited, recorded as applied."""
        seq, author = staged.seq, staged.author
        if author:
            self.authors[peer.workstation] = author
        merger = Merger(conn, peer.workstation, seq, staged.blobs, self.authors, self._members,
                        self.config.workstation)
        merged = merger.apply(staged.changes)
        _audit_received(conn, self.config.workstation, peer.workstation, seq, merger.rows)
        erased = self.after_apply(conn) if self.after_apply else 0
        now = now_sql()
        conn.execute("INSERT INTO sync_applied (workstation_id, seq, file_hash, changes, applied_at)"
                     " VALUES (?, ?, ?, ?, ?)", (peer.workstation, seq, staged.file_hash, len(staged.changes),
                                                 now))
        conn.execute("DELETE FROM sync_quarantine WHERE workstation_id = ? AND filename = ?",
                     (peer.workstation, batch_name(seq)))  # refused earlier, verified now
        conn.execute("INSERT INTO sync_peer (workstation_id, author, skew_ms, checked_at) VALUES "
                     "(?, ?, ?, ?) ON CONFLICT(workstation_id) DO UPDATE SET author = coalesce(nullif("
                     "excluded.author, ''), sync_peer.author), skew_ms = excluded.skew_ms, "
                     "checked_at = excluded.checked_at",
                     (peer.workstation, author, staged.skew, now))
        return merged, erased

    def _check_clock(self, path: Path, written_ms: int, changes: list[Any]) -> int:
        """A workstation's clock offset (0: right); never let it push this clock into the future."""
        skew = 0
        try:
            arrived_ms = int(path.stat().st_mtime * 1000)  # the share's clock when it was written
            if abs(written_ms - arrived_ms) > MAX_DRIFT_MS:
                skew = written_ms - arrived_ms
        except OSError:
            pass
        latest = max(map(str, map(_CLOCK, changes)), default="")
        if latest:
            try:
                self.store.clock.observe(Timestamp.decode(latest))
            except ClockSkewError as exc:
                skew = skew or exc.ahead_ms
        return skew


def _audit_received(conn: Any, me: str, sender: str, seq: int, rows: list[tuple[str, str]]) -> None:
    """Which persons' and cases' data arrived from ``sender`` (the batch's distinct rows), in the same
    transaction as the merge."""
    found = audit.subjects(conn, rows)
    if not found:
        return
    actor = audit.actor_row(conn, me)
    at = dt.datetime.now(dt.timezone.utc)
    audit.append(conn, [audit.Entry("sync.received", actor[0], me, at, actor[1], person, case, (),
                                    {"from": sender, "batch": seq})
                        for person, case in sorted(found, key=lambda pc: (pc[0] or "", pc[1] or ""))])

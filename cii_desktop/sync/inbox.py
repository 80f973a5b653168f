"""Import: every other workstation's batches, verified, in causal order, each applied at most once.

A batch is read only when it is the next of its workstation's sequence. Its signature, roster
membership, sequence and chain are checked and its body decrypted before anything is written;
then it is applied in one transaction together with the record of applied batches. A batch that
fails any check goes to the quarantine list with the reason and is never applied; the other
workstations' batches go on. A batch made after its author had applied batches this workstation
has not received yet waits for them (nothing is skipped silently).
"""

from __future__ import annotations

import datetime as dt
import json
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..storage.store import Store
from . import schema_compat, share
from .batch_format import BatchError, BatchHeader, batch_hash, open_batch
from .clock import MAX_DRIFT_MS, ClockSkewError, Timestamp
from .codec import now_sql
from .config import NetworkConfig
from .merge import Merger
from .outbox import batch_name


@dataclass
class ImportResult:
    batches: int = 0
    changes: int = 0
    conflicts: int = 0
    quarantined: int = 0  # newly quarantined in this run
    waiting: dict[str, int] = field(default_factory=dict)  # workstation -> the batch it waits on
    skew: dict[str, int] = field(default_factory=dict)  # workstation -> clock offset (ms)


@dataclass
class _Peer:
    workstation: str
    folder: Path
    last_seq: int
    last_hash: str


class _Waiting(Exception):
    """The batch cannot be applied yet (a batch it depends on has not arrived)."""


def _peers(store: Store, config: NetworkConfig, share_dir: Path) -> list[_Peer]:
    root = config.network_dir(share_dir) / "outbox"
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    conn = store.read_connection()
    peers = []
    for folder in folders:
        if folder.name == config.workstation:
            continue
        last = conn.execute("SELECT seq, file_hash FROM sync_applied WHERE workstation_id = ? "
                            "ORDER BY seq DESC LIMIT 1", (folder.name,)).fetchone()
        peers.append(_Peer(folder.name, folder, int(last[0]) if last else 0, str(last[1]) if last else ""))
    return peers


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


class Importer:
    def __init__(self, store: Store, config: NetworkConfig, share_dir: Path, authors: dict[str, str],
                 physical_ms: Callable[[], int] | None = None) -> None:
        self.store = store
        self.config = config
        self.share_dir = share_dir
        self.authors = authors
        self.result = ImportResult()
        self._now_ms = physical_ms or (lambda: time.time_ns() // 1_000_000)
        self._applied: dict[str, int] = {}

    def _open(self, data: bytes) -> tuple[BatchHeader, bytes]:
        """Open with the newest batch key that fits (a key per epoch; rotated after revocations)."""
        keys = self.config.keys_newest_first()
        for index, key in enumerate(keys):
            try:
                return open_batch(data, key, self.config.network, self.config.roster.signer_key)
            except BatchError as exc:
                if exc.code != "batch.tampered" or index == len(keys) - 1:
                    raise
        raise BatchError("batch.tampered")

    def run(self, check: Callable[[], None] | None = None,
            progress: Callable[[int], None] | None = None) -> ImportResult:
        peers = _peers(self.store, self.config, self.share_dir)
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
                try:
                    applied = self._next(peer)
                except _Waiting:
                    applied = False
                except BatchError:
                    blocked.add(peer.workstation)  # quarantined: its later batches wait for it
                    applied = False
                if applied:
                    progressed = True
                    if progress:
                        progress(self.result.batches)
        for peer in peers:  # a next batch that could not be applied, or a gap on the share
            if any(_seq(p) > peer.last_seq for p in share.list_batches(peer.folder)):
                self.result.waiting[peer.workstation] = peer.last_seq + 1
        return self.result

    def _refuse(self, peer: _Peer, name: str, file_hash: str, code: str) -> BatchError:
        if _quarantine(self.store, peer, name, file_hash, code):
            self.result.quarantined += 1
        return BatchError(code)

    def _next(self, peer: _Peer) -> bool:
        seq = peer.last_seq + 1
        name = batch_name(seq)
        path = peer.folder / name
        if not path.exists():
            return False
        data = share.read(path)
        file_hash = batch_hash(data)
        member = self.config.roster.member(peer.workstation)
        if member is None:
            raise self._refuse(peer, name, file_hash, "batch.unknown_signer")
        if not member.active(dt.date.today()):
            raise self._refuse(peer, name, file_hash, "batch.revoked")
        try:
            header, raw = self._open(data)
        except BatchError as exc:
            raise self._refuse(peer, name, file_hash, exc.code) from None
        if header.workstation != peer.workstation:
            raise self._refuse(peer, name, file_hash, "batch.misplaced")
        if header.sequence != seq:
            raise self._refuse(peer, name, file_hash, "batch.replayed")
        if header.previous_hash != peer.last_hash:
            raise self._refuse(peer, name, file_hash, "batch.chain_broken")
        if schema_compat.waits_for_update(self.store, header.schema):
            raise _Waiting()  # written by a newer version of the app: update this one first
        try:
            body = json.loads(zlib.decompress(raw).decode("utf-8"))
            meta, changes = body["meta"], body["changes"]
            blobs = {str(d): bytes.fromhex(b) for d, b in body.get("blobs", {}).items()}
            depends = {str(w): int(s) for w, s in meta.get("depends", {}).items()}
            written_ms = int(meta.get("written_ms", 0))
            author = str(meta.get("author", ""))
        except (ValueError, KeyError, TypeError, AttributeError, zlib.error):
            raise self._refuse(peer, name, file_hash, "batch.not_a_batch") from None
        if len(changes) != header.count:
            raise self._refuse(peer, name, file_hash, "batch.tampered")
        for workstation, needed in depends.items():
            if workstation == self.config.workstation or workstation not in self._applied:
                continue  # our own batches, or a workstation whose folder is not here (revoked)
            if self._applied[workstation] < needed:
                raise _Waiting()
        self._apply(peer, seq, file_hash, author, changes, blobs)
        self._check_clock(peer, path, written_ms, changes)
        peer.last_seq, peer.last_hash = seq, file_hash
        self._applied[peer.workstation] = seq
        return True

    def _apply(self, peer: _Peer, seq: int, file_hash: str, author: str, changes: list[Any],
               blobs: dict[str, bytes]) -> None:
        if author:
            self.authors[peer.workstation] = author
        try:
            with self.store.raw_transaction() as conn:
                merger = Merger(conn, peer.workstation, seq, blobs, self.authors)
                merged = merger.apply(changes)
                conn.execute("INSERT INTO sync_applied (workstation_id, seq, file_hash, changes, applied_at)"
                             " VALUES (?, ?, ?, ?, ?)", (peer.workstation, seq, file_hash, len(changes),
                                                         now_sql()))
                conn.execute("INSERT INTO sync_peer (workstation_id, author, skew_ms, checked_at) VALUES "
                             "(?, ?, 0, ?) ON CONFLICT(workstation_id) DO UPDATE SET author = "
                             "excluded.author", (peer.workstation, author, now_sql()))
        except BatchError as exc:
            raise self._refuse(peer, batch_name(seq), file_hash, exc.code) from None
        except (KeyError, ValueError, TypeError) as exc:
            code = "batch.missing_file" if str(exc) == "'blob'" else "batch.not_a_batch"
            raise self._refuse(peer, batch_name(seq), file_hash, code) from None
        except Exception as exc:
            from ..storage.errors import StoreError

            if isinstance(exc, StoreError) and exc.code == "store.error":
                # an integrity rule of the database refused the batch (e.g. a missing record)
                raise self._refuse(peer, batch_name(seq), file_hash, "batch.inconsistent") from None
            raise
        self.result.batches += 1
        self.result.changes += merged.changes
        self.result.conflicts += merged.conflicts

    def _check_clock(self, peer: _Peer, path: Path, written_ms: int, changes: list[Any]) -> None:
        """Report a workstation whose clock is off; never let it push this clock into the future."""
        skew = 0
        try:
            arrived_ms = int(path.stat().st_mtime * 1000)  # the share's clock when it was written
            if abs(written_ms - arrived_ms) > MAX_DRIFT_MS:
                skew = written_ms - arrived_ms
        except OSError:
            pass
        latest = max((str(c[4]) for c in changes), default="")
        if latest:
            try:
                self.store.clock.observe(Timestamp.decode(latest))
            except ClockSkewError as exc:
                skew = skew or exc.ahead_ms
        if skew:
            self.result.skew[peer.workstation] = skew
        with self.store.raw_transaction() as conn:
            conn.execute("UPDATE sync_peer SET skew_ms = ?, checked_at = ? WHERE workstation_id = ?",
                         (skew, now_sql(), peer.workstation))


def _seq(path: Path) -> int:
    try:
        return int(path.name.split(".")[0])
    except ValueError:
        return 0

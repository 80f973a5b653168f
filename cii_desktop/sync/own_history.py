"""A restored workstation takes back its own batches from the shared folder.

After ``cii-desktop restore`` the database knows this workstation's batches only up to the backup;
the share holds the ones it published afterwards, signed with its own key. Instead of stopping
with ``share.sequence_taken``, the sync adopts them: each file past the last batch the database
knows is read in sequence order and taken back when it is signed with this workstation's own
key (the roster's public key: a file signed by anyone else is never adopted), carries this
workstation's id and number, and chains to the previous one (``previous_hash``). Its changes are
merged like a peer's (they are this workstation's own past changes), and the file is recorded,
byte for byte, as a published batch, all in one transaction per batch: a crash in the middle
leaves the batches adopted so far, a second run adopts nothing more. Batches sealed since the
restore but never published are unsealed first, so that their changes go out under the next
free number. A file that does not chain, or that is not signed by this workstation, is left to
the planted-file rules of :func:`outbox.publish`.

Only a database marked as restored (``lifecycle.restored_from``) adopts: on any other, a batch
signed with its own key under an unknown number means a copy of the data folder runs elsewhere,
which still stops the sync (``share.sequence_taken``).
"""

from __future__ import annotations

import contextlib
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..storage.errors import StoreError
from ..storage.store import Store
from . import share
from .batch_format import MAX_FILE, BatchError, BatchHeader, batch_hash, open_batch
from .codec import decode_body, now_sql
from .config import NetworkConfig
from .erasure_hooks import AfterApply, empty_wal
from .merge import Merger
from .roster import public_key
from .scoped import readable

RESTORED = "lifecycle.restored_from"
ADOPTED = "sync.adopted_batches"  # how many own batches a restored database took back, in total
_LOOKAHEAD = 16  # files not signed by this workstation looked past, as the importer does


@dataclass
class AdoptResult:
    adopted: int = 0  # own batches taken back by this run
    changes: int = 0
    waiting: bool = False  # an own batch depends on a peer's batch this database has not applied yet


@dataclass
class _Own:
    seq: int
    data: bytes
    file_hash: str
    header: BatchHeader
    raw: bytes


def is_restored(store: Store) -> bool:
    return store.read_connection().execute(
        "SELECT 1 FROM local_setting WHERE key = ?", (RESTORED,)).fetchone() is not None


def _known(conn: sqlcipher.Connection) -> tuple[int, str]:
    """The last published own batch: its number and hash (0, "" when none)."""
    row = conn.execute("SELECT seq, file_hash FROM sync_outgoing WHERE published_at IS NOT NULL "
                       "ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def _open_own(path: Path, seq: int, config: NetworkConfig) -> _Own | None:
    """The file, when this workstation signed it under this number; None otherwise."""
    me = config.roster.member(config.workstation)
    if me is None:
        return None
    own = public_key(me.public_key)
    try:
        if path.stat().st_size > MAX_FILE:
            return None
        data = share.read(path, limit=MAX_FILE)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    for key in config.keys_newest_first():
        try:
            header, raw = open_batch(data, key, config.network,
                                     lambda w: own if w == config.workstation else None)
        except BatchError:
            continue
        if header.workstation != config.workstation or header.sequence != seq:
            return None
        return _Own(seq, data, batch_hash(data), header, raw)
    return None


def _next_own(config: NetworkConfig, folder: Path, last_seq: int, last_hash: str) -> _Own | None:
    """This workstation's next batch on the share after ``last_seq`` (past files it did not sign)."""
    later = sorted(n for n in share.batch_files(folder) if n > last_seq)[:_LOOKAHEAD]
    for seq in later:
        own = _open_own(folder / f"{seq:08d}{share.BATCH_SUFFIX}", seq, config)
        if own is None:
            continue  # not signed by this workstation: planted, left to outbox.publish
        return own if own.header.previous_hash == last_hash else None  # a break: not adopted
    return None


def _ready(conn: sqlcipher.Connection, config: NetworkConfig, depends: dict[str, int]) -> bool:
    """Whether the peer batches this batch was made after are applied here."""
    applied = {str(w): int(s) for w, s in conn.execute(
        "SELECT workstation_id, max(seq) FROM sync_applied GROUP BY workstation_id")}
    for workstation, needed in depends.items():
        member = config.roster.member(workstation)
        if workstation == config.workstation or member is None:
            continue
        if member.revoked:
            needed = min(needed, max(member.revoked_after, 0))
        if applied.get(workstation, 0) < needed:
            return False
    return True


def _unseal(conn: sqlcipher.Connection, config: NetworkConfig, after: int) -> None:
    """Batches sealed here but never published, numbered after ``after``: their changes are pending again."""
    conn.execute("DELETE FROM sync_outgoing WHERE seq > ? AND published_at IS NULL", (after,))
    conn.execute("UPDATE change_log SET batch_seq = NULL WHERE workstation_id = ? AND batch_seq > ?",
                 (config.workstation, after))


_DONE, _WAIT, _BAD = "done", "wait", "bad"


def _adopt(store: Store, config: NetworkConfig, own: _Own, authors: dict[str, str],
           after_apply: AfterApply | None = None) -> tuple[str, int]:
    """Merge and record one own batch (one transaction): done (changes merged), wait (for a peer's
    batch), bad (not a batch body: left to the existing rules)."""
    try:
        meta, changes, blobs = decode_body(own.raw)
        depends = {str(w): int(s) for w, s in meta.get("depends", {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError, zlib.error, struct.error):
        return _BAD, 0
    try:
        changes, blobs, _unread = readable(meta, changes, blobs, own.header.count, config.network,
                                           config.workstation, config.workstation, config.kex_key)
    except BatchError:
        return _BAD, 0
    with store.raw_transaction() as conn:
        if _known(conn)[0] >= own.seq:
            return _DONE, 0  # another run took it back meanwhile
        if not _ready(conn, config, depends):
            return _WAIT, 0
        _unseal(conn, config, _known(conn)[0])
        Merger(conn, config.workstation, own.seq, blobs, authors, frozenset(m.id for m in config.roster.members),
               config.workstation).apply(changes)
        # An erasure ordered here after the backup comes back with its batch: carried out again.
        erased = after_apply(conn) if after_apply else 0
        stamp = now_sql()
        conn.execute("INSERT INTO sync_outgoing (seq, file_hash, data, changes, created_at, published_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (own.seq, own.file_hash, own.data, len(changes), stamp, stamp))
        total = conn.execute("SELECT value FROM local_setting WHERE key = ?", (ADOPTED,)).fetchone()
        conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                     (ADOPTED, str(int(total[0]) + 1 if total else 1)))
    if erased:
        empty_wal(store.read_connection())
    _observe(store, changes)
    return _DONE, len(changes)


def _observe(store: Store, changes: list[Any]) -> None:
    """This workstation's clock goes on after its own past changes (its next edit wins over them)."""
    from .clock import ClockSkewError, Timestamp

    latest = max((str(c[4]) for c in changes), default="")
    if latest:
        with contextlib.suppress(ClockSkewError, ValueError):  # far ahead: kept, as the importer does
            store.clock.observe(Timestamp.decode(latest))


def take_back(store: Store, config: NetworkConfig, share_dir: Path, authors: dict[str, str],
              catch_up: Callable[[], Any] | None = None, after_apply: AfterApply | None = None) -> AdoptResult:
    """Adopt this restored workstation's own batches found on the share past what it knows.

    ``catch_up`` imports the other workstations' batches (called when an own batch was made after a
    peer's batch not yet applied here); the adoption then goes on. Nothing is done on a database
    that was not restored, or when the share holds nothing of ours beyond what is known.
    ``after_apply`` carries out, in each adopted batch's transaction, the erasure orders it brought
    back (services.erasure.process_pending_in, as for a peer's batch).
    """
    result = AdoptResult()
    if not is_restored(store):
        return result
    folder = config.outbox(share_dir)
    caught_up = False
    while True:
        last_seq, last_hash = _known(store.read_connection())
        own = _next_own(config, folder, last_seq, last_hash)
        if own is None:
            return result
        sealed = store.read_connection().execute(
            "SELECT file_hash FROM sync_outgoing WHERE seq = ?", (own.seq,)).fetchone()
        if sealed is not None and str(sealed[0]) == own.file_hash:
            return result  # our own sealed batch, written before a crash: publish() records it
        try:
            verdict, taken = _adopt(store, config, own, authors, after_apply)
        except (BatchError, KeyError, ValueError, TypeError):
            return result  # its changes cannot be merged here: left to the existing rules
        except StoreError as exc:
            if exc.code != "store.error":
                raise
            return result  # an integrity rule refused it: left to the existing rules
        if verdict == _WAIT:
            if caught_up or catch_up is None:
                result.waiting = True
                return result
            catch_up()
            caught_up = True
            continue
        if verdict == _BAD:
            return result
        result.adopted += 1
        result.changes += taken
        caught_up = False


def adopted_total(store: Store) -> int:
    row = store.read_connection().execute("SELECT value FROM local_setting WHERE key = ?", (ADOPTED,)).fetchone()
    return int(row[0]) if row else 0


def applied_by_readers(store: Store, config: NetworkConfig, share_dir: Path) -> int:
    """The highest own batch number an active colleague reports applied, when it is beyond what this
    database knows (its file lost or damaged on the share: it cannot be taken back); else 0."""
    return readers_ahead(store, config, share_dir)[0]


def readers_ahead(store: Store, config: NetworkConfig, share_dir: Path) -> tuple[int, str]:
    """:func:`applied_by_readers`, with the hash of that batch as the colleagues who applied it hold it
    ("" when they do not say - an older version - or do not agree)."""
    from .state import STATE_DIR, read_state

    known = _known(store.read_connection())[0]
    highest, hashes = 0, set[str]()
    folder = config.network_dir(share_dir) / STATE_DIR
    for member in config.roster.members:
        if member.id == config.workstation or member.revoked:
            continue
        state = read_state(config, folder / f"{member.id}.json", member.id)
        seq = state.applied.get(config.workstation, 0) if state is not None else 0
        if state is None or seq < highest or seq == 0:
            continue
        if seq > highest:
            highest, hashes = seq, set()
        hashes.add(state.hashes.get(config.workstation, ""))
    if highest <= known:
        return 0, ""
    agreed = next(iter(hashes)) if len(hashes) == 1 else ""
    return highest, agreed if len(agreed) == 64 and all(c in "0123456789abcdef" for c in agreed) else ""


def continue_after(store: Store, config: NetworkConfig, seq: int, file_hash: str) -> bool:
    """Go on after own batches colleagues applied but nobody can read any more (lost or damaged on the
    share, and this restored database never had them): a stand-in for the last one - its number and
    the hash its readers hold, no bytes, so nothing to publish or repair - after which the next batch
    is sealed and chained, as the readers expect. Batches sealed since the restore and not published
    are unsealed first (their changes go out after the stand-in). True when it was recorded."""
    with store.raw_transaction() as conn:
        known = _known(conn)[0]
        if known >= seq:
            return False
        _unseal(conn, config, known)
        stamp = now_sql()
        conn.execute("INSERT INTO sync_outgoing (seq, file_hash, data, changes, created_at, published_at) "
                     "VALUES (?, ?, ?, 0, ?, ?)", (seq, file_hash, b"", stamp, stamp))
    return True

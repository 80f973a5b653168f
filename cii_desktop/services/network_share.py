"""The network's signed files on the share: roster versions and key files, checked by content.

Members adopt the newest roster version whose signature and chain verify and report, as
:class:`~cii_desktop.sync.roster.Notice` items, every roster file of their version or newer whose
content is not what the administrator signed (rolled back, truncated, forged). The administrator
compares the files of its current roster and of every key epoch byte for byte and puts back what
differs. The revocation cut-off and the epochs a newcomer needs are read from the batches on the
share, each checked against its workstation's signature.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..storage.store import Store
from ..sync import config as cfg
from ..sync import key_epochs as epochs
from ..sync import roster as rost
from ..sync import share
from ..sync.batch_format import SIGNATURE_SIZE, BatchError, open_batch, read_header, signed_message
from ..sync.roster import Member, Notice, Roster, RosterError
from ..sync.state import STATE_DIR, read_state

ROSTER_PREFIX = "roster-"
KEY_FILE_SETTING = "sync.key_file.{}"
MAX_ROSTER_FILE = 4 * 1024 * 1024  # a roster of thousands of members stays far below
MAX_VERIFIED_BATCH = 256 * 1024 * 1024  # batches larger than this are not read to find a cut-off


def roster_name(version: int) -> str:
    return f"{ROSTER_PREFIX}{version:06d}.json"


def _numbered(folder: Path, prefix: str) -> dict[int, str]:
    """{number: file name} of ``prefix``NNNNNN.json files; ShareError when the folder cannot be listed."""
    try:
        names = [p.name for p in folder.iterdir()]
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    found = {}
    for name in names:
        digits = name[len(prefix):-len(".json")]
        if name.startswith(prefix) and name.endswith(".json") and digits.isdigit():
            found[int(digits)] = name
    return found


def _read_small(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None when it is larger than ``limit`` (never read whole)."""
    try:
        if path.stat().st_size > limit:
            return None
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    return share.read(path)


def put_file(folder: Path, name: str, data: bytes) -> bool:
    """Make ``folder/name`` hold exactly ``data``: written when missing, replaced when it differs.

    Only for files the administrator signed (their content is the administrator's to restore).
    Returns True when something was written. A reader sees the old or the new file, never half.
    """
    target = folder / name
    try:
        if target.is_file() and target.stat().st_size == len(data) and share.read(target) == data:
            return False
    except share.ShareError:
        pass  # unreadable: replaced below
    try:
        share.write_new(folder, name, data)
        return True
    except share.AlreadyExists:
        pass
    temp = folder / f".{name}.{uuid.uuid4().hex}{share.TEMP_SUFFIX}"
    try:
        with open(temp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except OSError as exc:
        raise share.ShareError("share.full" if exc.errno == 28 else "share.unreachable", str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return True


# --- roster ------------------------------------------------------------------------------------

def check_roster(store: Store, config: cfg.NetworkConfig,
                 share_dir: Path) -> tuple[cfg.NetworkConfig, list[Notice]]:
    """Adopt the newest verified roster on the share and report every file that is not right.

    A member never goes back: files of older versions than the pinned one are not even read. The
    administrator republishes its current version when the file on the share differs from it.
    """
    folder = config.network_dir(share_dir)
    files = _numbered(folder, ROSTER_PREFIX)
    notices: list[Notice] = []
    pinned = config.roster
    valid: dict[int, tuple[Roster, bytes]] = {}
    for version, name in sorted(files.items()):
        if version < pinned.version:
            continue
        try:
            data = _read_small(folder / name, MAX_ROSTER_FILE)
            if data is None:
                raise RosterError("roster.invalid")
            candidate = rost.parse_signed(data, config.network, pinned.admin_key)
        except RosterError as exc:
            notices.append(Notice(exc.code, name))
            continue
        except share.ShareError:  # one unreadable file (a folder under that name, held...)
            notices.append(Notice("roster.invalid", name))
            continue
        if candidate.version != version:
            notices.append(Notice("roster.rolled_back", name))
        elif version == pinned.version and rost.payload_of(data) != rost.payload_of(config.roster_file):
            notices.append(Notice("roster.altered", name))
        else:
            valid[version] = (candidate, data)
    best, best_file = pinned, config.roster_file
    for version in sorted(v for v in valid if v > pinned.version):
        candidate, data = valid[version]
        if candidate.previous and version == best.version + 1 and \
                candidate.previous != rost.payload_hash(best_file):
            notices.append(Notice("roster.chain_broken", files[version]))
            break
        best, best_file = candidate, data
    if best.version > pinned.version:
        cfg.write_settings(store, {cfg.ROSTER: best_file.decode("utf-8")})
        config = cfg.require(store)
    if config.is_admin:
        notices = _tend_rosters(folder, config, files, notices)
    return config, notices


def _tend_rosters(folder: Path, config: cfg.NetworkConfig, files: dict[int, str],
                  notices: list[Notice]) -> list[Notice]:
    """The administrator puts its current version back and sets aside the newer files it did not sign."""
    current = roster_name(config.roster.version)
    newer = {name for version, name in files.items() if version > config.roster.version}
    notices = _set_aside(folder, newer, notices, "roster.refused")
    with contextlib.suppress(share.ShareError):  # tried again at the next sync
        if put_file(folder, current, config.roster_file):
            notices = [n for n in notices if n.subject != current]
            notices.append(Notice("roster.republished", current))
    return notices


# --- key files ---------------------------------------------------------------------------------

def stored_key_files(store: Store) -> dict[int, bytes]:
    """The key files this (administrator) workstation signed, by epoch."""
    rows = store.read_connection().execute(
        "SELECT key, value FROM local_setting WHERE key LIKE 'sync.key_file.%'").fetchall()
    return {int(str(k).rsplit(".", 1)[1]): str(v).encode("utf-8") for k, v in rows}


def check_keys(store: Store, config: cfg.NetworkConfig,
               share_dir: Path) -> tuple[cfg.NetworkConfig, list[Notice]]:
    """Take the newer batch keys sealed to this workstation; the administrator restores key files."""
    notices: list[Notice] = []
    folder = config.network_dir(share_dir)
    files = _numbered(folder, epochs.KEYS_PREFIX)
    kex = cfg.pending_kex_key(store)
    for epoch, name in sorted(files.items()):
        if epoch in config.batch_keys:
            continue
        try:
            data = _read_small(folder / name, MAX_ROSTER_FILE)
            if data is None:
                raise RosterError("keys.invalid")
            opened, key = epochs.open_keys(data, config.network, config.roster.admin_key,
                                           config.workstation, kex)
        except RosterError as exc:
            notices.append(Notice(exc.code, name))
            continue
        except share.ShareError:
            notices.append(Notice("keys.invalid", name))
            continue
        if opened != epoch:
            notices.append(Notice("keys.invalid", name))
        elif key is None:
            notices.append(Notice("keys.not_for_this_workstation", name))
        else:
            config = cfg.add_batch_key(store, config, epoch, key)
    if config.is_admin:
        stored = stored_key_files(store)
        for epoch, key_file in sorted(stored.items()):
            with contextlib.suppress(share.ShareError):
                put_file(folder, epochs.keys_name(epoch), key_file)
        notices = _set_aside(folder, {files[e] for e in files if e not in stored}, notices, "keys.refused")
    return config, notices


def _set_aside(folder: Path, candidates: set[str], notices: list[Notice], code: str) -> list[Notice]:
    """The administrator renames the reported files among ``candidates`` ``.refused-<name>``
    (kept for a person to look at, no longer read) and says so."""
    kept: list[Notice] = []
    for notice in notices:
        if notice.subject in candidates and notice.code != "keys.not_for_this_workstation":
            with contextlib.suppress(OSError):
                os.replace(folder / notice.subject, folder / f".refused-{notice.subject}")
                kept.append(Notice(code, notice.subject))
                continue
        kept.append(notice)
    return kept


def publish_signed(store: Store, config: cfg.NetworkConfig, share_dir: Path) -> None:
    """Put the administrator's current roster and every key file on the share (ShareError if not)."""
    folder = config.network_dir(share_dir)
    for epoch, key_file in sorted(stored_key_files(store).items()):
        put_file(folder, epochs.keys_name(epoch), key_file)
    put_file(folder, roster_name(config.roster.version), config.roster_file)


# --- batches on the share ----------------------------------------------------------------------

def published_upto(store: Store, config: cfg.NetworkConfig, share_dir: Path, member: Member) -> int:
    """The highest sequence of ``member``'s batches that this workstation applied or that lie on the
    share signed by the member's key (a planted or foreign file does not count); 0 for none."""
    row = store.read_connection().execute(
        "SELECT max(seq) FROM sync_applied WHERE workstation_id = ?", (member.id,)).fetchone()
    applied = max(int(row[0]) if row and row[0] is not None else 0, _applied_by_readers(config, share_dir, member))
    key = rost.public_key(member.public_key)
    for path in reversed(share.list_batches(config.outbox(share_dir, member.id))):
        digits = path.name.split(".", 1)[0]
        if not digits.isdigit():
            continue
        if int(digits) <= applied:
            break
        data = _read_small(path, MAX_VERIFIED_BATCH)
        if data is None or len(data) <= SIGNATURE_SIZE:
            continue
        try:
            header, _ = read_header(data)
            key.verify(data[-SIGNATURE_SIZE:], signed_message(header, data))  # format 1 or 2
        except (BatchError, InvalidSignature):
            continue
        if header.network == config.network and header.workstation == member.id and \
                header.sequence == int(digits):
            return header.sequence
    return applied


def _applied_by_readers(config: cfg.NetworkConfig, share_dir: Path, member: Member) -> int:
    """The highest of ``member``'s batches that another member's signed state says it applied: a
    batch a colleague already has was published, even if its file has since gone from the share."""
    folder = config.network_dir(share_dir) / STATE_DIR
    highest = 0
    for reader in config.roster.members:
        if reader.id == member.id or reader.revoked:
            continue
        found = read_state(config, folder / f"{reader.id}.json", reader.id)
        if found is not None:
            highest = max(highest, found.applied.get(member.id, 0))
    return highest


def epochs_in_use(config: cfg.NetworkConfig, share_dir: Path) -> set[int]:
    """The epochs whose keys open batches still on the share (plus the current one).

    A workstation seals with its newest key, so in each folder the scan stops at the first batch
    the current key opens. Files that no key opens (damaged, planted) are skipped.
    """
    needed = {config.epoch}
    older = sorted((e for e in config.batch_keys if e != config.epoch), reverse=True)
    if not older:
        return needed
    keys = {m.id: rost.public_key(m.public_key) for m in config.roster.members}
    root = config.network_dir(share_dir) / "outbox"
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except FileNotFoundError:
        return needed
    except OSError as exc:
        raise share.ShareError("share.unreachable", str(exc)) from exc
    for folder in folders:
        for path in share.list_batches(folder):
            data = _read_small(path, MAX_VERIFIED_BATCH)
            if data is None:
                continue
            epoch = _epoch_of(data, config, keys, [config.epoch, *older])
            if epoch == config.epoch:
                break
            if epoch is not None:
                needed.add(epoch)
    return needed


def _epoch_of(data: bytes, config: cfg.NetworkConfig, keys: dict[str, Ed25519PublicKey],
              order: list[int]) -> int | None:
    for epoch in order:
        try:
            open_batch(data, config.batch_keys[epoch], config.network, keys.get)
            return epoch
        except BatchError:
            continue
    return None

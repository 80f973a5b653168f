"""Encrypted backups of a data folder, their retention (rules as data) and restore into an empty folder.

A backup is a folder ``backups/cii-<kind>-YYYYMMDD-HHMMSS/`` holding ``cii.db`` (a VACUUM INTO copy,
encrypted under the same key) and its own ``cii.keyinfo.json`` (salt, sealed key, check value): a
backup opens on its own, with the key of its day or the recovery key of its day. It appears in one
rename, complete or not at all. Migration copies (``cii-before-*.db``) follow the same retention.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain import rule_tables
from ..paths import create_private_file, private_dir
from ..storage.database import DB_FILENAME, file_salt, fsync_file, inspect_file
from ..storage.errors import NotABackupError, NotEmptyError, RestoreCheckFailedError
from ..storage.store import Store
from .data_folder import KEYINFO_FILENAME, DataFolder, parse_keyinfo

LOCK_NAME = ".backup.lock"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^cii-(?:(?P<kind>manual|daily)|before-[0-9a-z]+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?(?:\.db)?$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    kind: str  # "manual", "daily" or "migration"


def policy() -> dict[str, Any]:
    """The retention of backups (domain/tables/retention.json)."""
    return dict(rule_tables.load("retention")["backups"])


def list_backups(folder: Path) -> list[Backup]:
    """Every backup of a data folder, newest first (half-made ones are not listed)."""
    found = []
    backups = DataFolder(Path(folder)).backups
    if not backups.is_dir():
        return []
    for path in backups.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
        found.append(Backup(path, taken, match["kind"] or "migration"))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def make_backup(store: Store, folder: Path, kind: str = "manual",
                now: dt.datetime | None = None) -> Path:
    """Copy the database (a consistent snapshot, encrypted) with its key information; one backup
    of a folder at a time (:class:`BackupRunningError` for the second, at once)."""
    from ..storage.errors import BackupRunningError
    from ..sync.run_lock import file_lock

    data = DataFolder(Path(folder))
    private_dir(data.backups)
    with file_lock(data.backups / LOCK_NAME, BackupRunningError):
        return _make_backup(store, data, kind, now)


def _make_backup(store: Store, data: DataFolder, kind: str, now: dt.datetime | None) -> Path:
    info = data.read_keyinfo()
    now = now or dt.datetime.now()
    name = f"cii-{kind}-{now.strftime(_STAMP)}"
    final = data.backups / name
    suffix = 1
    while final.exists():  # two backups in the same second: keep both
        suffix += 1
        final = data.backups / f"{name}-{suffix}"
    tmp = data.backups / f".partial-{final.name}"
    shutil.rmtree(tmp, ignore_errors=True)
    private_dir(tmp)
    try:
        target = tmp / DB_FILENAME
        os.close(create_private_file(target))
        conn = store.read_connection()
        conn.execute("VACUUM INTO ?", (str(target),))
        fsync_file(target)
        copy_info = dict(info, file_salt=file_salt(target), backup_of=info["db_id"],
                         backup_taken=now.isoformat(timespec="seconds"))
        DataFolder(tmp).write_keyinfo(copy_info)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def last_backup(folder: Path) -> Backup | None:
    made = [b for b in list_backups(folder) if b.kind != "migration"]
    return made[0] if made else None


def backup_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """True when the newest backup is older than the policy's interval (or there is none)."""
    last = last_backup(folder)
    now = now or dt.datetime.now()
    return last is None or now - last.taken >= dt.timedelta(hours=float(policy()["every_hours"]))


def prune(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups the retention no longer keeps; returns what was removed.

    Kept: the ``keep_last`` newest, the newest of each of the last ``keep_weekly`` weeks and of
    each of the last ``keep_monthly`` months. Migration copies count like the others.
    """
    rules = policy()
    now = now or dt.datetime.now()
    backups = list_backups(folder)
    keep = {b.path for b in backups[: int(rules["keep_last"])]}
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    for b in backups:  # newest first: the first seen of a week/month is its newest
        week = b.taken.isocalendar()[:2]
        if week not in weeks and (now - b.taken).days < 7 * int(rules["keep_weekly"]):
            weeks.add(week)
            keep.add(b.path)
        month = (b.taken.year, b.taken.month)
        if month not in months and (now - b.taken).days < 31 * int(rules["keep_monthly"]):
            months.add(month)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            if b.path.is_dir():
                shutil.rmtree(b.path)
            else:
                b.path.unlink(missing_ok=True)
                b.path.with_suffix(".keyinfo.json").unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def backup_files(source: Path) -> tuple[Path, Path]:
    """The database and key information of a backup: a backup folder, or a migration copy
    ``cii-before-*.db`` with its ``.keyinfo.json``; NotABackupError otherwise."""
    source = Path(source)
    database, keyinfo = ((source, source.with_suffix(".keyinfo.json")) if source.is_file()
                         else (source / DB_FILENAME, source / KEYINFO_FILENAME))
    if not database.is_file() or not keyinfo.is_file():
        raise NotABackupError(str(source))
    return database, keyinfo


def read_backup(source: Path) -> dict[str, Any]:
    """The key information of a backup (its database is inspected first)."""
    database, keyinfo = backup_files(source)
    inspect_file(database, writable=False)  # a backup may sit on a read-only medium
    return parse_keyinfo(keyinfo)


def restore(source: Path, target: Path, passphrase: str | None = None,
            recovery_key: str | None = None) -> Any:
    """Restore a backup folder into ``target`` (missing or empty), verified with the check.

    The copy is made beside ``target`` and renamed into place only once it opened with its key and
    passed the integrity check; on any failure nothing is left. Returns the check report.
    """
    from .check import check_store
    from .data_folder import open_database

    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise NotEmptyError(str(target))
    info = read_backup(source)
    taken = str(info.get("backup_taken") or info.get("created") or "")
    info = {k: v for k, v in info.items() if k not in ("backup_of", "backup_taken")}
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".restoring-{target.name}"
    shutil.rmtree(tmp, ignore_errors=True)
    private_dir(tmp)
    try:
        shutil.copyfile(backup_files(source)[0], tmp / DB_FILENAME)
        os.chmod(tmp / DB_FILENAME, 0o600)
        fsync_file(tmp / DB_FILENAME)
        DataFolder(tmp).write_keyinfo(info)
        store = open_database(tmp, passphrase=passphrase, recovery_key=recovery_key)
        try:
            report = check_store(store)
            with store.raw_transaction() as conn:  # for the sync: this copy may be behind the share
                conn.execute("INSERT OR REPLACE INTO local_setting(key, value) VALUES ('lifecycle.restored_from', ?)",
                             (taken,))
        finally:
            store.close()
        if not report.ok:
            raise RestoreCheckFailedError(str(target))
        with contextlib.suppress(FileNotFoundError):
            target.rmdir()
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return report


def daily(store: Store, folder: Path, now: dt.datetime | None = None) -> Path | None:
    """The automatic backup: made when due, then the retention applied. Never raises a store
    error to its caller (the window's timer): it is logged and tried again later."""
    import logging

    try:
        if not backup_due(folder, now):
            return None
        made = make_backup(store, folder, "daily", now)
        prune(folder, now)
        return made
    except Exception as exc:  # noqa: BLE001 - a timer's work: logged, retried at the next tick
        logging.getLogger(__name__).warning("daily backup failed: %s", type(exc).__name__)
        return None

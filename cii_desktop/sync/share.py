"""Files on the shared server folder: atomic, never-overwriting writes with retries; safe listing."""

from __future__ import annotations

import contextlib
import errno
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
TEMP_SUFFIX = ".partial"
BATCH_SUFFIX = ".ciibatch"
# Windows: ERROR_ACCESS_DENIED (5) and ERROR_SHARING_VIOLATION (32), raised while another process
# (an antivirus, the SMB server) holds the file; EBUSY/EACCES elsewhere.
_TRANSIENT_WINERRORS = {5, 32}
_TRANSIENT_ERRNOS = {errno.EACCES, errno.EBUSY, errno.EAGAIN}
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


class ShareError(OSError):
    """The share cannot be used now (unreachable, full, held); ``code`` for the status line."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


class AlreadyExists(ShareError):
    def __init__(self, name: str) -> None:
        super().__init__("share.exists", name)


def _transient(exc: OSError) -> bool:
    return getattr(exc, "winerror", None) in _TRANSIENT_WINERRORS or exc.errno in _TRANSIENT_ERRNOS


def _retry(action: Callable[[], None], attempts: int, pause: float) -> None:
    for attempt in range(attempts):
        try:
            action()
            return
        except OSError as exc:
            if not _transient(exc) or attempt == attempts - 1:
                raise
            time.sleep(pause * (attempt + 1))


def retried(action: Callable[[], T], *, attempts: int = 5, pause: float = 0.2) -> T:
    """``action()`` retried while a file is held by another process; other failures: ShareError."""
    result: list[T] = []
    try:
        _retry(lambda: result.append(action()), attempts, pause)
    except OSError as exc:
        raise ShareError("share.unreachable", str(exc)) from exc
    return result[0]


def write_new(folder: Path, name: str, data: bytes, *, attempts: int = 5, pause: float = 0.2) -> Path:
    """Write ``data`` as ``folder/name``: temp file, flush and fsync, then rename.

    A reader never sees half a file; an existing name is never replaced (AlreadyExists).
    """
    target = folder / name
    temp = folder / f".{name}.{uuid.uuid4().hex}{TEMP_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise AlreadyExists(name)
        with open(temp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _retry(lambda: _publish(temp, target), attempts, pause)
    except AlreadyExists:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc
    finally:
        with contextlib.suppress(OSError):  # cleanup must not hide the real error
            temp.unlink(missing_ok=True)
    return target


def write_over(folder: Path, name: str, data: bytes, *, attempts: int = 5, pause: float = 0.2) -> Path:
    """Write ``data`` as ``folder/name`` replacing what is there (a workstation repairing its own
    batch from its journal): temp file, fsync, atomic replace."""
    target = folder / name
    temp = folder / f".{name}.{uuid.uuid4().hex}{TEMP_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(temp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _retry(lambda: os.replace(temp, target), attempts, pause)
    except OSError as exc:
        raise _share_error(exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target


def _share_error(exc: OSError) -> ShareError:
    if exc.errno == errno.ENOSPC:
        return ShareError("share.full", str(exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ShareError("share.outbox_read_only", str(exc))
    return ShareError("share.unreachable", str(exc))


def _publish(temp: Path, target: Path) -> None:
    """Give the finished temp file its name, never replacing an existing one."""
    if target.exists():
        raise AlreadyExists(target.name)
    try:
        if os.name == "nt":
            os.rename(temp, target)  # Windows refuses an existing target
            return
        try:
            os.link(temp, target)  # atomic and refuses an existing target
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            os.rename(temp, target)  # an SMB mount without hard links; the name was checked above
    except FileExistsError:
        raise AlreadyExists(target.name) from None


def list_batches(folder: Path) -> list[Path]:
    """The finished batch files of one folder, in name order; temp and foreign files are ignored."""
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise ShareError("share.unreachable", str(exc)) from exc
    return sorted(p for p in entries
                  if p.is_file() and p.name.endswith(BATCH_SUFFIX) and not p.name.startswith("."))


def batch_files(folder: Path) -> dict[int, Path]:
    """Sequence -> finished batch file of one workstation's folder (one listing, no stat per file)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries]
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ShareError("share.unreachable", str(exc)) from exc
    files = {}
    for name in names:
        stem = name[:-len(BATCH_SUFFIX)]
        if name.endswith(BATCH_SUFFIX) and len(stem) == 8 and stem.isdigit():
            files[int(stem)] = folder / name
    return files


def read(path: Path, *, attempts: int = 5, pause: float = 0.2, limit: int | None = None) -> bytes:
    """Read a whole file, retrying while it is held by another process.

    With ``limit``, at most ``limit + 1`` bytes are read: a longer answer means a larger file.
    """
    result: list[bytes] = []

    def once() -> None:
        with open(path, "rb") as fh:
            result.append(fh.read() if limit is None else fh.read(limit + 1))

    try:
        _retry(once, attempts, pause)
    except OSError as exc:
        raise ShareError("share.unreachable", str(exc)) from exc
    return result[0]


ROSTER_PREFIX = "roster-"
OFFLINE_CODES = ("share.unreachable", "share.not_network")


def probe(share_dir: Path | None, network: str, admin_key: str) -> str:
    """Whether ``share_dir`` is this network's share, and what can be done with it now.

    "ok"; "share.read_only" (readable, nothing can be sent); "share.unreachable" (no such folder,
    e.g. a server not connected); "share.not_network" (a folder without this network's signed
    roster: an empty mount point, another network's share, a wrong path). Reading one small roster
    file is the whole cost.
    """
    from .roster import RosterError, parse_signed

    if share_dir is None:
        return "share.unreachable"
    folder = share_dir / network
    try:
        if not share_dir.is_dir():
            return "share.unreachable"
        if not folder.is_dir():
            return "share.not_network"
        with os.scandir(folder) as entries:
            names = sorted((e.name for e in entries
                            if e.name.startswith(ROSTER_PREFIX) and e.name.endswith(".json")), reverse=True)
    except OSError:
        return "share.unreachable"
    for name in names:
        try:
            data = read(folder / name, attempts=2, pause=0.1, limit=1024 * 1024)
            parse_signed(data, network, admin_key)
        except (ShareError, RosterError):
            continue
        break
    else:
        return "share.not_network"
    return "ok" if os.access(folder, os.W_OK) else "share.read_only"

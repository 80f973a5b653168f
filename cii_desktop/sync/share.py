"""Files on the shared server folder: atomic, never-overwriting writes with retries; safe listing."""

from __future__ import annotations

import contextlib
import errno
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

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
        if exc.errno == errno.ENOSPC:
            raise ShareError("share.full", str(exc)) from exc
        raise ShareError("share.unreachable", str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):  # cleanup must not hide the real error
            temp.unlink(missing_ok=True)
    return target


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


def read(path: Path, *, attempts: int = 5, pause: float = 0.2) -> bytes:
    """Read a whole file, retrying while it is held by another process."""
    result: list[bytes] = []
    try:
        _retry(lambda: result.append(path.read_bytes()), attempts, pause)
    except OSError as exc:
        raise ShareError("share.unreachable", str(exc)) from exc
    return result[0]

"""One sync at a time per data folder: an OS lock on a file of the data folder.

The lock belongs to the open file descriptor, so the operating system releases it when the process
ends, even killed: a crash never leaves a stale lock. The file itself stays (empty, 0600).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

LOCK_NAME = "sync.lock"


class SyncBusy(Exception):
    """Another sync of the same data folder is running now."""

    code = "sync.busy"


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def sync_lock(data_folder: Path) -> Iterator[None]:
    """Hold the data folder's sync lock, or raise :class:`SyncBusy` at once (never waits)."""
    with file_lock(data_folder / LOCK_NAME, SyncBusy):
        yield


@contextlib.contextmanager
def file_lock(path: Path, busy: type[Exception]) -> Iterator[None]:
    """Hold the OS lock of ``path`` (made empty, 0600), or raise ``busy`` at once (never waits)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        if not _try_lock(fd):
            raise busy()
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)

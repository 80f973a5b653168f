"""Files the user asks for (annual report, register): written private (0600) and atomically."""

from __future__ import annotations

from pathlib import Path

from ..paths import write_private as _write_private


def write_private(out: Path, data: bytes, *, force: bool = True) -> None:
    """A temporary file beside the target, 0600, synced, then published in one step: never a
    half-written file; on any failure (disk full, cancelled) the temporary file is removed and the
    target is left as it was. ``force=False`` (the command line without ``--force``) never replaces
    an existing file (FileExistsError); the window's file dialog has already asked."""
    _write_private(out, data, force=force)

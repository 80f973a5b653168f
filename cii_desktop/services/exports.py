"""Files the user asks for (annual report, register): written private (0600) and atomically."""

from __future__ import annotations

import os
from pathlib import Path


def write_private(out: Path, data: bytes) -> None:
    """A temporary file beside the target, 0600, synced, then renamed: never a half-written file; on any
    failure (disk full, cancelled) the temporary file is removed and the target is left as it was."""
    tmp = out.with_name(out.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

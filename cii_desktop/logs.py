"""Logging to a rotating file: event names and error types only, never personal data."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

import platformdirs

from . import APP_NAME

_AVS = re.compile(r"756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


class ScrubFilter(logging.Filter):
    """Last line of defence: blanks AVS numbers and e-mail addresses if a message carries one."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _EMAIL.sub("<email>", _AVS.sub("<avs>", message))
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Each new log file 0600, whatever the umask (the rotated ones keep that mode)."""

    def _open(self):  # type: ignore[no-untyped-def]
        from .paths import make_private

        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the app's log to ``directory`` (default: the platform's log folder)."""
    from .paths import make_private, private_dir

    directory = private_dir(directory or log_dir())
    path = directory / "cii-desktop.log"
    path.touch(mode=0o600)
    make_private(path)
    handler = _PrivateRotatingHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root = logging.getLogger("cii_desktop")
    root.setLevel(level)
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    return path


def shutdown() -> None:
    """Close the log file (at quit, and between tests)."""
    root = logging.getLogger("cii_desktop")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()

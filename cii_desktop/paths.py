"""Where things are: default data folder, and the shipped ui/, resources/ and translations/."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from importlib import resources
from pathlib import Path

import platformdirs

from . import APP_NAME

DATA_DIR_ENV = "CII_DESKTOP_DATA_DIR"
_REPO_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """The data folder: $CII_DESKTOP_DATA_DIR (a full path; quotes around it dropped), else the
    platform's per-user data folder."""
    from .presets import normalise

    env = normalise("data_dir", os.environ.get(DATA_DIR_ENV, ""))
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "data"


def demo_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


def asset_dir(name: str) -> Path:
    """Folder of shipped assets ("ui", "resources", "translations"), in a checkout, a wheel or
    the frozen app (PyInstaller puts them under its bundle folder, as in the wheel)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "cii_desktop" / "assets" / name
    local = _REPO_ROOT / name
    if local.is_dir() and (_REPO_ROOT / "pyproject.toml").exists():
        return local
    return Path(str(resources.files(f"cii_desktop.assets.{name}")))


# Files hold personal data or the key's material: readable by their owner only (POSIX). On
# Windows the folders live in the user's profile, whose ACL already limits them to that user,
# SYSTEM and administrators (README).
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def restrict_umask() -> None:
    """Everything the process creates is private (POSIX): the CLI and the window call it first."""
    if sys.platform != "win32":
        os.umask(0o077)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700; returns it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """0600 for a file, 0700 for a folder (POSIX; nothing on Windows). Missing paths are ignored."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(FileNotFoundError):
        mode = PRIVATE_DIR if stat.S_ISDIR(path.stat().st_mode) else PRIVATE_FILE
        os.chmod(path, mode)


def create_private_file(path: Path) -> int:
    """Create ``path`` exclusively, 0600 from the start (no window where others could open it);
    returns the open descriptor (write only). FileExistsError when it exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, PRIVATE_FILE)


def write_private(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` atomically, 0600: a temporary file beside it (fsynced) is
    published in one step, and removed on any failure, so that no partial or plaintext leftover
    stays. Without ``force`` an existing ``path`` is never replaced (FileExistsError)."""
    import secrets

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = create_private_file(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if path exists: no overwrite, even in a race
            except (NotImplementedError, PermissionError):  # pragma: no cover - FAT, some shares
                if path.exists():
                    raise FileExistsError(str(path)) from None
                os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)

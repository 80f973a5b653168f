"""Where things are: default data folder, and the shipped ui/, resources/ and translations/."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

from . import APP_NAME

DATA_DIR_ENV = "CII_DESKTOP_DATA_DIR"
_REPO_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """The data folder: $CII_DESKTOP_DATA_DIR, else the platform's per-user data folder."""
    env = os.environ.get(DATA_DIR_ENV)
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

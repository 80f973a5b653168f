"""Machine-wide presets: the office defaults IT writes at install time, read by every user's app.

The Windows installer writes ``%ProgramData%\\CII Desktop\\presets.ini`` (``/OFFICE=``,
``/INSTITUTION=``, ``/SHARE=``, ``/LANG=``); on Linux the file is ``/etc/cii-desktop/presets.ini``;
``CII_DESKTOP_PRESETS`` names another file. The file holds no personal data and no key::

    [presets]
    office = SION
    institution = ORP
    share = \\\\server\\cii
    lang = de

Which value a setting takes, first found: the command line, the environment
(``CII_DESKTOP_LANG``, ``CII_DESKTOP_SHARE``, ``CII_DESKTOP_OFFICE``, ``CII_DESKTOP_INSTITUTION``,
``CII_DESKTOP_DATA_DIR``), the user's own settings, the machine-wide presets, the built-in default.
The file is read as UTF-8 (with or without a BOM) or UTF-16 with a BOM, else as Windows-1252
(what the installer's WriteINIStr writes). A damaged or unreadable presets file, or a value the
app does not know, is ignored (the app then starts on its built-in defaults) and logged without
its content.
"""

from __future__ import annotations

import configparser
import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from .domain import reference

log = logging.getLogger(__name__)

PRESETS_ENV = "CII_DESKTOP_PRESETS"
SECTION = "presets"
MAX_BYTES = 64 * 1024  # a presets file is a few lines; anything bigger is not one


@dataclass(frozen=True)
class Setting:
    ini_key: str  # key in presets.ini
    env: str  # environment variable


# The settings' names are those of the user settings (gui.settings.AppSettings).
SETTINGS: dict[str, Setting] = {
    "language": Setting("lang", "CII_DESKTOP_LANG"),
    "share_dir": Setting("share", "CII_DESKTOP_SHARE"),
    "office": Setting("office", "CII_DESKTOP_OFFICE"),
    "institution": Setting("institution", "CII_DESKTOP_INSTITUTION"),
    "data_dir": Setting("data_dir", "CII_DESKTOP_DATA_DIR"),
}


def presets_path() -> Path:
    """Where this machine's presets file is (it may not exist)."""
    chosen = os.environ.get(PRESETS_ENV)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "CII Desktop" / "presets.ini"
    return Path("/etc/cii-desktop/presets.ini")


def _valid(setting: str, value: str) -> bool:
    if not value or len(value) > 1000 or any(ord(c) < 32 for c in value):
        return False
    if setting == "language":
        return value in ("fr", "de")
    if setting == "office":
        return value in {e.code for e in reference.OFFICES}
    if setting == "institution":
        return value in {e.code for e in reference.INSTITUTIONS}
    return True


def machine_presets(path: Path | None = None) -> dict[str, str]:
    """The valid presets of the machine-wide file, by setting name; {} without a usable file."""
    path = path or presets_path()
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, a FIFO (would block): not a file
            log.warning("machine presets ignored: not a file")
            return {}
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            log.warning("machine presets ignored: file too large")
            return {}
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning("machine presets ignored: %s", type(exc).__name__)
        return {}
    try:
        # Notepad's "Unicode" is UTF-16 with a BOM (WriteINIStr then keeps writing UTF-16)
        text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # NSIS's WriteINIStr (WritePrivateProfileString) writes the ANSI code page: cp1252 on
        # the offices' Windows (é, ü in a share's name). A byte cp1252 lacks: not a presets file.
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            log.warning("machine presets ignored: UnicodeDecodeError")
            return {}
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error:
        log.warning("machine presets ignored: not an INI file")
        return {}
    if not parser.has_section(SECTION):
        return {}
    found: dict[str, str] = {}
    for name, setting in SETTINGS.items():
        value = parser.get(SECTION, setting.ini_key, fallback="").strip()
        if setting.ini_key == "lang":
            value = value.lower()
        elif name in ("office", "institution"):
            value = value.upper()
        if value and _valid(name, value):
            found[name] = value
        elif value:
            log.warning("machine preset %s ignored: unknown value", setting.ini_key)
    return found


def resolve(name: str, command_line: str | None = None, user: str | None = None,
            builtin: str | None = None, presets: dict[str, str] | None = None) -> str | None:
    """A setting's value: command line > environment > user settings > machine presets > built-in."""
    setting = SETTINGS[name]
    if command_line:
        return command_line
    from_env = os.environ.get(setting.env, "").strip()
    if from_env and _valid(name, from_env):
        return from_env
    if user:
        return user
    machine = machine_presets() if presets is None else presets
    return machine.get(name) or builtin

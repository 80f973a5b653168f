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
The file is read as UTF-16 with a BOM (what the installer writes; lines appended to it in the
ANSI code page, ``echo data_dir=D:\\CII>>presets.ini``, are read too), else line by line as UTF-8
(with or without a BOM) or Windows-1252; the section and key names in any case, the FIRST of a
repeated key wins (as Windows' GetPrivateProfileString reads it, and the installer writes over
it). A damaged or unreadable presets file, or a value the app does not know (a folder must be an
absolute path), is ignored (the next source is used), logged without its content, and named in
:func:`problems` for the command line's one warning per file.
"""

from __future__ import annotations

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
_PROBLEMS: dict[str, str] = {}  # file -> "unreadable" or "line": what the commands warn about once


def problems() -> dict[str, str]:
    """The presets files found damaged or unreadable since :func:`forget_problems`, by path:
    ``unreadable`` (the file was ignored) or ``line`` (a line of it was)."""
    return dict(_PROBLEMS)


def forget_problems() -> None:
    _PROBLEMS.clear()


def _problem(path: Path, kind: str, why: str) -> None:
    if str(path) not in _PROBLEMS:
        log.info("machine presets %s: %s", "ignored" if kind == "unreadable" else "line ignored", why)
    _PROBLEMS.setdefault(str(path), kind)


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


def normalise(setting: str, value: str) -> str | None:
    """A value of the presets file, the environment or the user's settings in the app's spelling,
    or None when the app cannot use it: quotes typed around it are dropped (``"D:\\CII"``), the
    language is lower-case and the codes upper-case (``FR``, ``sion``), a folder must be an
    absolute path (a relative one would put the database under whatever folder a program was
    started from)."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    if setting == "language":
        value = value.lower()
    elif setting in ("office", "institution"):
        value = value.upper()
    return value if _valid(setting, value) else None


def _valid(setting: str, value: str) -> bool:
    if not value or len(value) > 1000 or any(ord(c) < 32 for c in value):
        return False
    if setting == "language":
        return value in ("fr", "de")
    if setting == "office":
        return value in {e.code for e in reference.OFFICES}
    if setting == "institution":
        return value in {e.code for e in reference.INSTITUTIONS}
    if setting in ("data_dir", "share_dir"):
        return Path(os.path.expanduser(value)).is_absolute()
    return True


def _utf16_end(raw: bytes, little: bool) -> int:
    """Where a UTF-16 text with a BOM ends: at the first line that starts with two ASCII bytes (a
    line appended in the ANSI code page: ``echo key=value>>presets.ini``); else the whole file."""
    newline = b"\n\x00" if little else b"\x00\n"
    start = 2
    while start + 1 < len(raw):
        pair = raw[start:start + 2]
        if all(0x09 <= b <= 0x7E for b in pair):
            return start
        found = raw.find(newline, start)
        while found != -1 and found % 2:  # a code unit's boundary only
            found = raw.find(newline, found + 1)
        if found == -1:
            break
        start = found + 2
    return len(raw)


def _decode(raw: bytes, path: Path) -> str:
    """The file's text: UTF-16 with a BOM, then whatever was appended to it; otherwise line by
    line, UTF-8 else Windows-1252 (WritePrivateProfileString appends ANSI lines to a UTF-8 file);
    a line neither can read is left out."""
    head = ""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Notepad's "Unicode" is UTF-16 with a BOM (WriteINIStr then keeps writing UTF-16)
        end = _utf16_end(raw, raw.startswith(b"\xff\xfe"))
        head = raw[:end - (end % 2)].decode("utf-16", errors="replace")
        raw = raw[end - (end % 2):]
        if not raw:
            return head
    elif raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    lines = [head] if head else []
    for line in raw.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))  # NSIS's WriteINIStr: the ANSI code page
            except UnicodeDecodeError:
                _problem(path, "line", "neither UTF-8 nor Windows-1252")
    return "\n".join(lines)


def _section(text: str) -> dict[str, str]:
    """The ``[presets]`` section's keys, as Windows reads an INI file: names in any case, the
    first of a repeated key wins, lines outside the section are not ours."""
    found: dict[str, str] = {}
    section = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            continue
        key, sep, value = line.partition("=")
        if sep and section == SECTION:
            found.setdefault(key.strip().lower(), value.strip())
    return found


def machine_presets(path: Path | None = None, refused: list[str] | None = None) -> dict[str, str]:
    """The valid presets of the machine-wide file, by setting name; {} without a usable file.
    The keys of values the app cannot use are added to ``refused``."""
    path = path or presets_path()
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, a FIFO (would block): not a file
            _problem(path, "unreadable", "not a file")
            return {}
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            _problem(path, "unreadable", "file too large")
            return {}
    except FileNotFoundError:
        return {}
    except OSError as exc:
        _problem(path, "unreadable", type(exc).__name__)
        return {}
    values = _section(_decode(raw, path))
    found: dict[str, str] = {}
    for name, setting in SETTINGS.items():
        value = values.get(setting.ini_key, "")
        usable = normalise(name, value) if value else None
        if usable:
            found[name] = usable
        elif value:
            if refused is not None:
                refused.append(setting.ini_key)
            # told to the user by the caller that asked for ``refused``, else logged
            log.log(logging.INFO if refused is not None else logging.WARNING,
                    "machine preset %s ignored: unknown value or not an absolute path", setting.ini_key)
    return found


def resolve(name: str, command_line: str | None = None, user: str | None = None,
            builtin: str | None = None, presets: dict[str, str] | None = None,
            refused: list[str] | None = None) -> str | None:
    """A setting's value: command line > environment > user settings > machine presets > built-in.

    The command line is taken as typed (a relative folder there is relative to where the person
    is); the other sources are normalised (:func:`normalise`), and one the app cannot use is
    skipped for the next, its source named in ``refused`` (``CII_DESKTOP_LANG``, ``settings
    share_dir``, ``presets data_dir``) for a one-line warning."""
    setting = SETTINGS[name]
    if command_line:
        return command_line
    level = logging.INFO if refused is not None else logging.WARNING  # the caller tells the user
    from_env = os.environ.get(setting.env, "")
    if from_env.strip():
        usable = normalise(name, from_env)
        if usable:
            return usable
        log.log(level, "%s ignored: unknown value or not an absolute path", setting.env)
        if refused is not None:
            refused.append(setting.env)
    if user:
        usable = normalise(name, user)
        if usable:
            return usable
        log.log(level, "user setting %s ignored: unknown value or not an absolute path", name)
        if refused is not None:
            refused.append(f"settings {name}")
    unusable: list[str] = []
    machine = machine_presets(refused=unusable) if presets is None else presets
    if refused is not None and setting.ini_key in unusable and name not in machine:
        refused.append(f"presets {setting.ini_key}")
    return machine.get(name) or builtin

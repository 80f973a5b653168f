"""What the commands take from their surroundings: usable output streams, and each setting in the
window's order (command line > environment > the user's Settings > machine presets > default)."""

from __future__ import annotations

import argparse
import os
import sys

_WARNED: set[str] = set()  # sources already warned about in this run (one line each)


def usable_streams() -> None:
    """A windowed program (``CII Desktop.exe sync`` run by the scheduled task) has no stdout or
    stderr (None), and a caller may have closed them: they become the null device, so printing
    never fails and a command exits with the code of what it did. The descriptors 0-2 are held
    open on the null device too, so no file the command opens can take their place."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)
            except OSError:
                pass
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or getattr(stream, "closed", False):
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process


def silence_stdout(stream: object = None, fd: int = 1) -> None:
    stream = stream or sys.__stdout__
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno() if stream else fd)  # type: ignore[attr-defined]
    except (OSError, ValueError):
        pass


def flush_output() -> None:
    """The command's output written out. A closed pipe on stdout is the reader going away (141);
    any other failure to write (a full disk: ``> /dev/full``) leaves the command's exit code as
    it is: the streams then go to the null device, so nothing fails again at exit."""
    for stream, fd in ((sys.stdout, 1), (sys.stderr, 2)):
        try:
            stream.flush()
        except BrokenPipeError:
            if fd == 1:
                raise
            silence_stdout(sys.__stderr__, 2)
        except (OSError, ValueError):
            silence_stdout(sys.__stdout__ if fd == 1 else sys.__stderr__, fd)


class SafeText:
    """A text stream that never passes terminal escapes or direction overrides through: names
    and references arrive by sync, and ESC sequences could rewrite the terminal."""

    def __init__(self, stream: object) -> None:
        self._stream = stream
        self.failed = False  # a write or flush failed: what was written may be lost

    def write(self, text: str) -> int:
        from .domain.text import printable

        lines = text.split("\n")
        try:
            self._stream.write("\n".join(printable(line.replace("\t", " ")) for line in lines))  # type: ignore[attr-defined]
        except BrokenPipeError:
            raise
        except (OSError, ValueError):
            self.failed = True  # a full disk or a closed file: the output is lost, the exit code stays
        return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()  # type: ignore[attr-defined]
        except BrokenPipeError:
            raise
        except (OSError, ValueError):
            self.failed = True
            raise

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def shown(stream: object) -> bool:
    """Whether everything printed on ``stream`` so far reached it (a recovery key is shown once)."""
    try:
        stream.flush()  # type: ignore[attr-defined]
    except (OSError, ValueError):
        return False
    return not getattr(stream, "failed", False)


def stored(name: str) -> str | None:
    """What the user chose in the window's Settings (QtCore's QSettings only, no widgets)."""
    from .gui.settings import AppSettings

    return AppSettings().stored(name)


def setting(args: argparse.Namespace | None, name: str, command_line: str | None = None) -> str | None:
    """The value of ``name`` (presets.SETTINGS) as the window takes it; a value from the
    environment, the user's Settings or the presets that the app cannot use (an unknown code, a
    relative folder) is skipped with a one-line warning on stderr in the user's language."""
    from . import presets

    refused: list[str] = []
    value = presets.resolve(name, command_line=command_line, user=stored(name), refused=refused)
    lang = language(args) if name != "language" else value or _locale()
    warn(refused, lang)
    warn_presets(lang)
    return value


def language(args: argparse.Namespace | None) -> str | None:
    """The language of the messages: --lang > CII_DESKTOP_LANG > the user's Settings > the
    machine presets > the locale (LC_ALL, LC_MESSAGES, LANG) > English."""
    chosen = getattr(args, "lang", None) if args is not None else None
    if chosen:
        return str(chosen)
    return setting(args, "language") or _locale()


def _locale() -> str | None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value[:2] in ("fr", "de"):
            return value[:2]
        if value:
            break
    return None


def warn(refused: list[str], lang: str | None) -> None:
    from .cli import translate

    for where in refused:
        if where not in _WARNED:
            _WARNED.add(where)
            print(f"cii-desktop: {translate('settings.refused', lang)} [{where}]", file=sys.stderr)


def warn_presets(lang: str | None) -> None:
    """One line per damaged or unreadable presets file and run, naming the file."""
    from . import presets

    for path, kind in presets.problems().items():
        if f"file {path}" not in _WARNED:
            _WARNED.add(f"file {path}")
            code = "cli.out.presets_unreadable" if kind == "unreadable" else "cli.out.presets_line"
            print(f"cii-desktop: {say(code, lang)} [{path}]", file=sys.stderr)


def reset() -> None:
    """A new command (tests run several in one process): warn again."""
    from . import presets

    _WARNED.clear()
    presets.forget_problems()


def say(code: str, lang: str | None, **params: object) -> str:
    """A line a command prints, in the user's language (domain.errors.OUTPUT_MESSAGES); the
    parameters are filled after the translation, its counts as counted phrases ("2 Fälle", never "(s)")."""
    from .cli import translate
    from .domain.plurals import counted_params

    return translate(code, lang).format(**counted_params(code, params, lang))


def data_dir_source(args: argparse.Namespace | None) -> str | None:
    """Where the data folder came from when not the command line: the variable's name, or the
    message code of the Settings, the machine presets or the default; None for the command line."""
    from . import presets

    if args is not None and getattr(args, "data_dir", None):
        return None
    env = presets.SETTINGS["data_dir"].env
    if presets.normalise("data_dir", os.environ.get(env, "") or "-"):
        return env
    user = stored("data_dir")
    if user and presets.normalise("data_dir", user):
        return "cli.out.from_settings"
    if "data_dir" in presets.machine_presets():
        return "cli.out.from_presets"
    return "cli.out.from_default"

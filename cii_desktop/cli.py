"""Command line: launches the GUI, and runs the headless commands (demo, init, check, cases, sync, render)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .cli_settings import say, shown
from .domain.dates import format_date
from .domain.errors import MESSAGES, ValidationFailed
from .services.demo_folder import DEMO_PASSPHRASE, PASSPHRASE_ENV, create_demo
from .storage.errors import PassphraseRequiredError, StoreError
from .storage.store import Store

__all__ = ["DEMO_PASSPHRASE", "PASSPHRASE_ENV", "create_demo", "main"]


class CliError(Exception):
    """A failure reported as one line on stderr with a non-zero exit code; ``code`` as in
    domain.errors.MESSAGES."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _data_dir(args: argparse.Namespace) -> Path:
    """The data folder, as the window finds it: --data-dir > $CII_DESKTOP_DATA_DIR > the user's
    Settings > the machine presets' data_dir > the platform's per-user folder. A scheduled
    ``sync`` thus uses the same database as the window."""
    from .cli_settings import setting
    from .paths import default_data_dir

    chosen = setting(args, "data_dir", command_line=args.data_dir)
    return Path(chosen).expanduser() if chosen else default_data_dir()


def _passphrase(args: argparse.Namespace, prompt: str = "") -> str | None:
    if getattr(args, "passphrase_file", None):
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CliError("cli.passphrase_file") from exc
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt or say("cli.out.prompt_passphrase", user_language(args)))
    return None


def _recovery_key(args: argparse.Namespace) -> str | None:
    if getattr(args, "recovery_key_file", None):
        try:
            return Path(args.recovery_key_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CliError("cli.recovery_file") from exc
    return None


def open_store_for_cli(args: argparse.Namespace) -> Store:
    """Open the data folder's database, asking for a passphrase only when it needs one."""
    from .services.data_folder import DataFolder, open_database
    from .services.key_change import finish_pending

    folder = _data_dir(args)
    finish_pending(folder)  # an interrupted key change first: the protection to ask for is the final one
    _warn_recovery_unseen(args, folder)
    recovery = _recovery_key(args)
    passphrase = None
    if not recovery and DataFolder(folder).database.exists() \
            and DataFolder(folder).protection() == "passphrase":
        passphrase = _passphrase(args)
        if passphrase is None:
            raise PassphraseRequiredError(str(folder))
    return open_database(folder, passphrase=passphrase, recovery_key=recovery)


def _warn_recovery_unseen(args: argparse.Namespace, folder: Path) -> bool:
    """Say at every opening that the recovery key was never shown (a key change completed after a
    crash), until ``key new-recovery-key`` issues one."""
    from .services.key_change import recovery_unseen

    if not recovery_unseen(folder):
        return False
    print(translate("key.recovery_unseen", user_language(args)), file=sys.stderr)
    return True


def cmd_init(args: argparse.Namespace) -> int:
    from .services.data_folder import DataFolder, create_database
    from .storage.errors import DatabaseExistsError
    from .storage.keystore import keystore_available

    folder = _data_dir(args)
    if DataFolder(folder).has_database():
        raise DatabaseExistsError(str(folder))
    protection = "keystore" if keystore_available() and not args.use_passphrase else "passphrase"
    passphrase = None
    if protection == "passphrase":
        if not keystore_available():
            print(say("cli.out.no_keystore", user_language(args)), file=sys.stderr)
        passphrase = _new_passphrase(args)
    new_folders = _missing_folders(folder)
    try:
        created = create_database(folder, protection, passphrase)  # type: ignore[arg-type]
    except BaseException:
        _remove_empty(new_folders)  # a failed init leaves no empty folder behind
        raise
    created.store.close()
    lang = user_language(args)
    print(say("cli.out.created", lang, folder=folder, protection=say(f"cli.out.{protection}", lang)))
    print(say("cli.out.recovery", lang))
    print(f"  {created.recovery_key}")
    if not shown(sys.stdout):  # the database stands (exit 0), but its recovery key was never seen
        print(say("cli.out.recovery_lost", lang), file=sys.stderr)
    return 0


def _new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase: from the file or the environment, else typed twice (a typing mistake
    would lock the database for good)."""
    typed = not getattr(args, "passphrase_file", None) and not os.environ.get(PASSPHRASE_ENV)
    passphrase = _passphrase(args, say("cli.out.prompt_new", user_language(args)))
    if passphrase is None:
        raise CliError("cli.passphrase_needed")
    if typed and getpass.getpass(say("cli.out.prompt_again", user_language(args))) != passphrase:
        raise CliError("cli.passphrase_mismatch")
    return passphrase


def _missing_folders(folder: Path) -> list[Path]:
    """The folders that creating ``folder`` will make, deepest first."""
    missing = []
    for path in (folder, *folder.parents):
        if path.exists():
            break
        missing.append(path)
    return missing


def _remove_empty(folders: list[Path]) -> None:
    for path in folders:
        try:
            path.rmdir()  # only when empty: never removes what someone put there
        except OSError:
            return


def cmd_demo(args: argparse.Namespace) -> int:
    from .storage.keystore import keystore_available

    folder = _data_dir(args)
    passphrase = None if keystore_available() else (
        args.passphrase_file and _passphrase(args)) or os.environ.get(PASSPHRASE_ENV)
    share = Path(args.share).expanduser() if args.share else None
    admin = Path(args.admin_dir).expanduser() if args.admin_dir else None
    if share is not None:
        from .services.data_folder import check_share_location

        check_share_location(folder, share)  # before anything is made
        share.mkdir(parents=True, exist_ok=True)
    # A stop (SIGTERM, Ctrl-C) is honoured between two persons, never inside a database statement
    # (the search index's SQL functions run Python code): the new folder is then removed whole.
    _STOP["deferred"] = True
    try:
        store, count = create_demo(folder, args.persons, args.seed, passphrase, share=share, admin_dir=admin,
                                   progress=_checkpoint)
    finally:
        _STOP["deferred"] = False
    store.close()
    if _STOP["requested"]:
        from .services.data_folder import remove_new_database

        remove_new_database(folder)
        _checkpoint()
    lang = user_language(args)
    how = say("cli.out.keystore", lang) if keystore_available() else say("cli.out.passphrase", lang) \
        if passphrase else say("cli.out.demo_passphrase", lang, passphrase=DEMO_PASSPHRASE)
    print(say("cli.out.demo", lang, folder=folder, persons=args.persons, cases=count, key=how))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .services.check import check_store
    from .services.compaction import owed

    store = open_store_for_cli(args)
    try:
        report = check_store(store)
        compaction_owed = owed(store)
    finally:
        store.close()
    lang = user_language(args)
    for problem in report.problems:
        print("  " + say("cli.out.problem", lang, problem=problem))
    from .domain.table_counts import table_counts

    counts = table_counts(report.counts, lang)
    print(say("cli.out.check_ok" if report.ok else "cli.out.check_damaged", lang, counts=counts))
    if not report.ok:
        return 1
    if compaction_owed:  # an erasure's stale bytes still in the file (services.compaction)
        from .domain.compaction_words import say as say_compaction

        print(f"cii-desktop: {say_compaction('compaction.owed', lang)}", file=sys.stderr)
    unseen = _warn_recovery_unseen(args, _data_dir(args))  # usable, but no recovery key anybody has seen
    return 3 if compaction_owed or unseen else 0


def cmd_cases(args: argparse.Namespace) -> int:
    from .domain import reference
    from .services.case_list import CaseFilter, list_cases

    store = open_store_for_cli(args)
    try:
        rows = list_cases(store, CaseFilter(text=args.search or "", status=args.status,
                                            office_code=args.office),
                          sort="reference", descending=False, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps([{"reference": r.reference, "person": r.person_name,
                           "birth_date": r.birth_date.isoformat(), "office": r.office_code,
                           "institution": r.institution_code, "status": r.status,
                           "opened_on": r.opened_on.isoformat()} for r in rows],
                         ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        office = reference.by_code(reference.OFFICES, r.office_code).abbreviation("fr")
        print(f"{r.reference:<16} {r.person_name:<32} {format_date(r.birth_date):<10}  "
              f"{office:<12} {r.status}")
    from .domain.plurals import counted

    print(counted("cases", len(rows), user_language(args)), file=sys.stderr)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .gui.app import run
    from .gui.first_paint import install_if_asked

    install_if_asked()  # the smoke test's and benchmark's probe; nothing unless asked
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else None
    return run(data_dir=data_dir, demo=args.demo, language=args.lang)


def _count(text: str) -> int:
    """A number of persons or rows: a whole number, 0 or more (argparse refuses the rest)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def _shared_options(parser: argparse.ArgumentParser, default: object, with_lang: bool = True) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="data folder (default, as the window: $CII_DESKTOP_DATA_DIR, the folder "
                             "chosen in Settings, the machine presets' data_dir, the user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help=f"read the passphrase from FILE (weaker than typing it; also ${PASSPHRASE_ENV})")
    parser.add_argument("--recovery-key-file", metavar="FILE", default=default,
                        help="open with the recovery key read from FILE (restores the keystore entry)")
    if with_lang:
        parser.add_argument("--lang", choices=("fr", "de"), default=default,
                            help="language of the window and the messages (default: $CII_DESKTOP_LANG, "
                                 "the language chosen in Settings, the machine presets' lang, then "
                                 "LC_ALL/LC_MESSAGES/LANG, else English)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cii-desktop", allow_abbrev=False,
        description="CII Desktop - encrypted offline case work for the CII-Valais network. "
                    "Without a command, starts the window.")
    parser.add_argument("--version", action="version", version=f"cii-desktop {__version__}")
    # The options shared by the commands work before the command too, with the same meaning
    # (``--data-dir D init`` = ``init --data-dir D``): the main parser holds them, and the
    # commands' copies default to SUPPRESS so an option not repeated after the command keeps the
    # main parser's value.
    _shared_options(parser, None)
    common_without_lang = argparse.ArgumentParser(add_help=False)
    _shared_options(common_without_lang, argparse.SUPPRESS, with_lang=False)
    common = argparse.ArgumentParser(add_help=False)
    _shared_options(common, argparse.SUPPRESS)
    parser.add_argument("--demo", action="store_true",
                        help="open the demo data folder (created with fictional cases on first launch)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create an empty encrypted database")
    p.add_argument("--use-passphrase", action="store_true",
                   help="protect with a passphrase even when a keystore exists")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a data folder with fictional cases")
    p.add_argument("--persons", type=_count, default=60, metavar="N")
    p.add_argument("--seed", type=int, default=7, metavar="S")
    p.add_argument("--share", metavar="PATH",
                   help="a local folder standing in for the shared server folder: the demo creates a "
                        "sync network there")
    p.add_argument("--admin-dir", metavar="DIR",
                   help="with --share: enrol in the network of this other demo folder instead")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", parents=[common],
                       help="verify key and integrity, print record counts (exit 0 = OK)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("cases", parents=[common], help="list cases (same search as the window)")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--status", choices=("detected", "evaluated", "announced", "in_handling", "closed"))
    p.add_argument("--office", choices=("SION", "MONTHEY", "UPPER_VALAIS", "MARTIGNY", "SIERRE"))
    p.add_argument("--limit", type=_count, default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_cases)

    from . import cli_backup, cli_key, cli_lifecycle, cli_render, cli_stats, cli_sync

    cli_sync.add_commands(sub, common)
    cli_key.add_commands(sub, common)
    cli_backup.add_commands(sub, common)
    cli_lifecycle.add_commands(sub, common)
    cli_render.add_commands(sub, common_without_lang)
    cli_stats.add_commands(sub, common)
    _no_abbreviations(parser)
    return parser


def _no_abbreviations(parser: argparse.ArgumentParser) -> None:
    """``--passphrase SECRET`` must never pass for ``--passphrase-file`` (the secret would stay
    in the shell's history): no option is accepted abbreviated, in any subcommand."""
    parser.allow_abbrev = False
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its subparsers there
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for child in action.choices.values():
                _no_abbreviations(child)


def main(argv: Sequence[str] | None = None) -> int:
    from .cli_settings import SafeText, flush_output, reset, silence_stdout, usable_streams
    from .paths import restrict_umask

    usable_streams()  # a windowed program (the scheduled task) has no stdout/stderr
    reset()
    restrict_umask()  # every file of the process 0600, every folder 0700 (POSIX)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse's usage error is 2, which `sync` documents as "offline"
        from . import cli_sync

        if exc.code == 2 and _command_word(sys.argv[1:] if argv is None else argv) == "sync":
            return cli_sync.EXIT_USAGE
        raise
    func = getattr(args, "func", None)
    if func is None:
        if args.passphrase_file or args.recovery_key_file:  # the window asks for them itself
            parser.error("--passphrase-file and --recovery-key-file go with a command (e.g. check)")
        return cmd_gui(args)
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeText(sys.stdout), SafeText(sys.stderr)
    previous = _on_sigterm()
    try:
        result = int(func(args))
        flush_output()  # a closed pipe shows here, not at exit
        return result
    except KeyboardInterrupt:
        print(f"cii-desktop: {say('cli.out.interrupted', user_language(args))}", file=sys.stderr)
        return 130
    except _Terminated:
        print(f"cii-desktop: {say('cli.out.stopped', user_language(args))}", file=sys.stderr)
        return 143
    except BrokenPipeError:
        # The reader went away (``cases --json | head``): stop quietly, as SIGPIPE would.
        silence_stdout()
        return 141
    except Exception as exc:  # noqa: BLE001 - classified below, never a traceback
        # "cii-desktop: error:" stays as it is in every language: scripts and monitoring look for it
        print(f"cii-desktop: error: {_describe(exc, user_language(args), args)}", file=sys.stderr)
    finally:
        _restore_sigterm(previous)
        try:
            flush_output()  # after an error too: nothing may fail at exit (exit 120, a traceback)
        except BrokenPipeError:
            silence_stdout()
        sys.stdout, sys.stderr = streams
    return 1


def _command_word(argv: Sequence[str]) -> str | None:
    """The command of a command line, the shared options' values before it skipped."""
    words = iter(argv)
    for word in words:
        if word in ("--data-dir", "--passphrase-file", "--recovery-key-file", "--lang"):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


class _Terminated(BaseException):
    """SIGTERM: unwinds like Ctrl-C, so half-made folders are removed the same way."""


_STOP = {"requested": False, "deferred": False, "interrupt": False}


def _checkpoint(_done: int = 0, _total: int = 0) -> None:
    """A safe point of a long command: a stop asked for meanwhile takes effect here."""
    if _STOP["requested"]:
        raise KeyboardInterrupt() if _STOP["interrupt"] else _Terminated()


def _on_sigterm() -> object:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum: int, _frame: object) -> None:
        _STOP["requested"], _STOP["interrupt"] = True, signum == signal.SIGINT
        if not _STOP["deferred"]:
            raise _Terminated()

    _STOP["requested"] = _STOP["interrupt"] = False
    previous_int = signal.signal(signal.SIGINT, lambda n, f: stop(n, f) if _STOP["deferred"]
                                 else signal.default_int_handler(n, f))
    return signal.signal(signal.SIGTERM, stop), previous_int


def _restore_sigterm(previous: object) -> None:
    import signal

    if isinstance(previous, tuple):
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])


def _describe(exc: Exception, language: str | None, args: argparse.Namespace | None = None) -> str:
    """One line for any failure of a command, in the user's language (French, German, else
    English); never a traceback, never personal data."""
    from .storage.errors import classify, is_database_error

    if is_database_error(exc):
        exc = classify(exc)
    if isinstance(exc, ValidationFailed):
        codes = [e.code for e in exc.errors]
    elif isinstance(exc, (StoreError, CliError)) or isinstance(getattr(exc, "code", None), str):
        codes = [str(getattr(exc, "code", "store.error"))]
    elif isinstance(exc, OSError):
        codes = ["cli.file_error"]
    else:
        codes = ["store.error"]
    text = " ".join(translate(code, language) for code in codes)
    if codes == ["store.no_database"]:  # which folder, and why that one when not typed
        from .cli_settings import data_dir_source

        source = data_dir_source(args)
        where = say("cli.out.folder_from", language, folder=exc,
                    source=translate(source, language) if source and source.startswith("cli.") else source) \
            if source else str(exc)
        text += f" [{where}]"
    return text


def user_language(args: argparse.Namespace | None) -> str | None:
    """--lang > CII_DESKTOP_LANG > the user's Settings > the machine presets > the locale
    (LC_ALL, LC_MESSAGES, LANG) > English, as cli_settings.language."""
    from .cli_settings import language

    return language(args)


def translate(code: str, language: str | None) -> str:
    """A core message in French or German from the app's own catalogues (QtCore only)."""
    english = MESSAGES.get(code, MESSAGES["store.error"])
    if language not in ("fr", "de"):
        return english
    from PySide6.QtCore import QTranslator

    from .gui.messages import TEXTS
    from .paths import asset_dir

    translator = QTranslator()
    if not translator.load(f"cii_desktop_{language}", str(asset_dir("translations"))):
        return english
    return translator.translate("Messages", TEXTS.get(code, english)) or english


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Command line: launches the GUI, and runs the headless commands (demo, init, check, cases, sync, render)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .domain.dates import format_date
from .domain.errors import MESSAGES, ValidationFailed
from .storage.errors import PassphraseRequiredError, StoreError
from .storage.store import Store

PASSPHRASE_ENV = "CII_DESKTOP_PASSPHRASE"
# Fictional data only: lets the demo folder open on a machine with no keystore (documented).
DEMO_PASSPHRASE = "demo-cii-valais"


class CliError(Exception):
    """A failure reported as one line on stderr with a non-zero exit code; ``code`` as in
    domain.errors.MESSAGES."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _data_dir(args: argparse.Namespace) -> Path:
    from .paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str | None:
    if getattr(args, "passphrase_file", None):
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CliError("cli.passphrase_file") from exc
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
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

    folder = _data_dir(args)
    recovery = _recovery_key(args)
    passphrase = None
    if not recovery and DataFolder(folder).database.exists() \
            and DataFolder(folder).protection() == "passphrase":
        passphrase = _passphrase(args)
        if passphrase is None:
            raise PassphraseRequiredError(str(folder))
    return open_database(folder, passphrase=passphrase, recovery_key=recovery)


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
            print("No usable keystore on this computer: the database will be protected by a "
                  "passphrase.", file=sys.stderr)
        passphrase = _passphrase(args, "New passphrase (12 characters or more): ")
        if passphrase is None:
            raise CliError("cli.passphrase_needed")
    created = create_database(folder, protection, passphrase)  # type: ignore[arg-type]
    created.store.close()
    print(f"Database created in {folder} (protection: {protection}).")
    print("Recovery key - write it down or print it, it is shown only once:")
    print(f"  {created.recovery_key}")
    return 0


def create_demo(folder: Path, persons: int, seed: int, passphrase: str | None,
                progress: Callable[[int, int], None] | None = None, share: Path | None = None,
                admin_dir: Path | None = None) -> tuple[Store, int]:
    """Create a demo data folder: keystore when there is one, else a passphrase.

    With ``share``, the demo workstation creates a sync network on that folder, or, with
    ``admin_dir`` (another demo folder), is enrolled in that folder's network, so that two demo
    workstations sync out of the box. If ``progress`` raises (a cancel), the folder's new
    database is removed again.
    """
    from .services import demo
    from .services.data_folder import create_database, remove_new_database
    from .storage.keystore import keystore_available

    if keystore_available():
        created = create_database(folder, "keystore", demo=True)
    else:
        created = create_database(folder, "passphrase", passphrase or DEMO_PASSPHRASE, demo=True)
    try:
        count = demo.fill(created.store, persons=persons, seed=seed, progress=progress)
        if share is not None:
            _demo_network(created.store, share, admin_dir, passphrase or DEMO_PASSPHRASE)
    except BaseException:
        created.store.close()
        remove_new_database(folder)
        raise
    return created.store, count


def _demo_network(store: Store, share: Path, admin_dir: Path | None, passphrase: str) -> None:
    from .services import network
    from .services.data_folder import DataFolder, open_database

    if admin_dir is None:
        network.create_network(store, share, "Démo Bureau CII", "BUREAU", "SION")
        return
    admin_folder = DataFolder(admin_dir)
    admin = open_database(admin_dir, passphrase=passphrase
                          if admin_folder.protection() == "passphrase" else None)
    try:
        request = network.make_request(store, f"Démo {store.workstation_id[:8]}", "CMS", "MONTHEY")
        enrolment, secret, _member = network.enrol(admin, request)
    finally:
        admin.close()
    network.join(store, enrolment, secret, share)


def cmd_demo(args: argparse.Namespace) -> int:
    from .storage.keystore import keystore_available

    folder = _data_dir(args)
    passphrase = None if keystore_available() else (
        args.passphrase_file and _passphrase(args)) or os.environ.get(PASSPHRASE_ENV)
    share = Path(args.share).expanduser() if args.share else None
    admin = Path(args.admin_dir).expanduser() if args.admin_dir else None
    if share is not None:
        share.mkdir(parents=True, exist_ok=True)
    store, count = create_demo(folder, args.persons, args.seed, passphrase, share=share, admin_dir=admin)
    store.close()
    how = "keystore" if keystore_available() else (
        "passphrase" if passphrase else f"demo passphrase '{DEMO_PASSPHRASE}'")
    print(f"Demo data folder {folder}: {args.persons} persons, {count} cases (key: {how}).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .services.check import check_store

    store = open_store_for_cli(args)
    try:
        report = check_store(store)
    finally:
        store.close()
    for problem in report.problems:
        print(f"  problem: {problem}")
    counts = ", ".join(f"{name} {count}" for name, count in report.counts.items())
    print(f"{'OK' if report.ok else 'DAMAGED'}: key valid; {counts}")
    return 0 if report.ok else 1


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
    print(f"{len(rows)} case(s)", file=sys.stderr)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .gui.app import run
    from .gui.first_paint import install_if_asked

    install_if_asked()  # the smoke test's and benchmark's probe; nothing unless asked
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else None
    return run(data_dir=data_dir, demo=args.demo, language=args.lang)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cii-desktop",
        description="CII Desktop - encrypted offline case work for the CII-Valais network. "
                    "Without a command, starts the window.")
    parser.add_argument("--version", action="version", version=f"cii-desktop {__version__}")
    common_without_lang = argparse.ArgumentParser(add_help=False)
    common_without_lang.add_argument("--data-dir", metavar="DIR",
                                     help="data folder (default: $CII_DESKTOP_DATA_DIR or the user data folder)")
    common_without_lang.add_argument("--passphrase-file", metavar="FILE",
                                     help="read the passphrase from FILE (weaker than typing it; also "
                                          f"${PASSPHRASE_ENV})")
    common_without_lang.add_argument("--recovery-key-file", metavar="FILE",
                                     help="open with the recovery key read from FILE (restores the keystore entry)")
    common = argparse.ArgumentParser(add_help=False, parents=[common_without_lang])
    common.add_argument("--lang", choices=("fr", "de"),
                        help="language of the messages (default: from LANG)")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder for the window")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo data folder (created with fictional cases on first launch)")
    parser.add_argument("--lang", choices=("fr", "de"), help="language of the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create an empty encrypted database")
    p.add_argument("--use-passphrase", action="store_true",
                   help="protect with a passphrase even when a keystore exists")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a data folder with fictional cases")
    p.add_argument("--persons", type=int, default=60, metavar="N")
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
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_cases)

    from . import cli_render, cli_sync

    cli_sync.add_commands(sub, common)
    cli_render.add_commands(sub, common_without_lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    try:
        if func is None:
            return cmd_gui(args)
        return int(func(args))
    except KeyboardInterrupt:
        print("cii-desktop: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - classified below, never a traceback
        print(f"cii-desktop: error: {_describe(exc, user_language(args))}", file=sys.stderr)
    return 1


def _describe(exc: Exception, language: str | None) -> str:
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
    return " ".join(translate(code, language) for code in codes)


def user_language(args: argparse.Namespace | None) -> str | None:
    """--lang, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG)."""
    chosen = getattr(args, "lang", None) if args is not None else None
    if chosen:
        return str(chosen)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value[:2] in ("fr", "de"):
            return value[:2]
        if value:
            break
    return None


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

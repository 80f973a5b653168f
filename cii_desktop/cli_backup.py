"""Command line: `backup` (for a scheduled task too) and `restore` into an empty folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .cli_settings import language as user_language
from .cli_settings import say


def cmd_backup(args: argparse.Namespace) -> int:
    from .cli import _data_dir, open_store_for_cli
    from .services import backup

    folder = _data_dir(args)
    if args.if_due and not backup.backup_due(folder):
        print(say("cli.out.no_backup_due", user_language(args)), file=sys.stderr)
        return 0
    store = open_store_for_cli(args)
    try:
        made = backup.make_backup(store, folder, "daily" if args.if_due else "manual")
    finally:
        store.close()
    removed = backup.prune(folder)
    print(say("cli.out.backup", user_language(args), backup=made, removed=len(removed)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .cli import CliError, _data_dir, _passphrase, _recovery_key
    from .services import backup

    if not args.source:
        raise CliError("store.not_a_backup")
    target = _data_dir(args)
    source = Path(args.source).expanduser()
    info = backup.read_backup(source)
    recovery = _recovery_key(args)
    passphrase = None
    if not recovery and info.get("protection") == "passphrase":
        passphrase = _passphrase(args)
        if passphrase is None:
            raise CliError("cli.passphrase_needed")
    report = backup.restore(source, target, passphrase=passphrase, recovery_key=recovery)
    counts = ", ".join(f"{name} {count}" for name, count in report.counts.items())
    print(say("cli.out.restored", user_language(args), folder=target, counts=counts))
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help="encrypted backup into the data folder's backups/ (retention applied)")
    p.add_argument("--if-due", action="store_true",
                   help="only when the last backup is older than the retention's interval (scheduled task)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup into an empty data folder (--data-dir), verified")
    p.add_argument("--from", dest="source", metavar="BACKUP",
                   help="a backup folder (backups/cii-...) or a migration copy (cii-before-*.db)")
    p.set_defaults(func=cmd_restore)

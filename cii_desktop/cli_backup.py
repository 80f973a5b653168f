"""Command line: `backup` (for a scheduled task too) and `restore` into an empty folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .cli_settings import say
from .domain.table_counts import table_counts


def cmd_backup(args: argparse.Namespace) -> int:
    from .cli import _data_dir, open_store_for_cli, translate, user_language
    from .services import backup

    folder = _data_dir(args)
    if args.if_due and not backup.backup_due(folder):
        print(translate("backup.none_due", user_language(args)), file=sys.stderr)
        return 0
    from .cli_lifecycle import compact_now

    store = open_store_for_cli(args)
    try:
        # An erasure's compaction runs first when owed (the copy itself, a VACUUM INTO, never
        # carries stale bytes: a failed compaction does not stop the backup).
        compaction_failed = compact_now(store, user_language(args)) != 0
        made = backup.make_backup(store, folder, "daily" if args.if_due else "manual")
    finally:
        store.close()
    removed = backup.prune(folder)
    print(say("backup.made", user_language(args), name=made, removed=len(removed)))
    return 3 if compaction_failed else 0  # made, but the erased data still awaits compaction


def cmd_restore(args: argparse.Namespace) -> int:
    from .cli import CliError, _data_dir, _passphrase, _recovery_key, user_language
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
    language = user_language(args)
    print(say("backup.restored", language, folder=target, counts=table_counts(report.counts, language)))
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

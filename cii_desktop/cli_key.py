"""Command line: key changes (`cii-desktop key ...`), each printing the new recovery key."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from .cli_settings import language as user_language
from .cli_settings import say, shown

NEW_PASSPHRASE_ENV = "CII_DESKTOP_NEW_PASSPHRASE"
ACTIONS = {
    "change-passphrase": "choose a new passphrase (the database gets a new key and a new recovery key)",
    "new-recovery-key": "issue a new recovery key: the old one stops opening the database",
    "to-keystore": "keep the key in this computer's keystore instead of a passphrase",
    "to-passphrase": "protect the database with a passphrase instead of the keystore",
    "rekey": "re-encrypt the whole database under a new random key (and a new recovery key)",
}


def _new_passphrase(args: argparse.Namespace) -> str:
    from .cli import CliError

    if args.new_passphrase_file:
        try:
            return Path(args.new_passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CliError("cli.passphrase_file") from exc
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(say("cli.out.prompt_new", user_language(args)))
        if getpass.getpass(say("cli.out.prompt_again", user_language(args))) != first:
            raise CliError("store.passphrases_differ")
        return first
    raise CliError("key.new_passphrase_needed")  # names the new passphrase's own option


def cmd_key(args: argparse.Namespace) -> int:
    from .cli import CliError, _data_dir, _passphrase, _recovery_key, translate, user_language
    from .cli_sync import EXIT_USAGE
    from .services.data_folder import DataFolder, open_database
    from .services.key_change import change_key
    from .storage.errors import PassphraseRequiredError

    action = args.key_action
    folder = _data_dir(args)
    data = DataFolder(folder)
    recovery = _recovery_key(args)
    current = data.protection() if data.database.exists() else "keystore"
    keeps = action in ("new-recovery-key", "rekey") and current == "passphrase" and not recovery
    if args.new_passphrase_file and (keeps or action == "to-keystore" or
                                     (action in ("new-recovery-key", "rekey") and current == "keystore")):
        # the current passphrase is kept (or none is used): a new one would be silently ignored
        print(translate("key.new_passphrase_refused", user_language(args)), file=sys.stderr)
        return EXIT_USAGE
    passphrase = None
    if not recovery and current == "passphrase":
        passphrase = _passphrase(args)
        if passphrase is None:
            raise PassphraseRequiredError(str(folder))
    target = {"to-keystore": "keystore", "to-passphrase": "passphrase",
              "change-passphrase": "passphrase"}.get(action, current)
    if (action, current) in (("to-keystore", "keystore"), ("to-passphrase", "passphrase")):
        raise CliError("store.same_protection")
    new_passphrase = None
    if target == "passphrase":
        if action in ("new-recovery-key", "rekey") and passphrase is not None:
            new_passphrase = passphrase  # same passphrase, new salt: still a new key
        else:
            new_passphrase = _new_passphrase(args)
    store = open_database(folder, passphrase=passphrase, recovery_key=recovery)
    try:
        change = change_key(store, folder, target, new_passphrase)  # type: ignore[arg-type]
    finally:
        store.close()
    language = user_language(args)
    protection = translate(f"key.protection_{change.protection}", language)
    print(translate("key.changed", language).format(folder=folder, protection=protection))
    print(translate("key.new_recovery_key", language))
    print(f"  {change.recovery_key}")
    if not shown(sys.stdout):  # the key changed (exit 0), but its new recovery key was never seen
        print(say("cli.out.recovery_lost", language), file=sys.stderr)
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("key", help="key changes: passphrase, recovery key, keystore, rekey")
    actions = p.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    for name, text in ACTIONS.items():
        a = actions.add_parser(name, parents=[common], help=text)
        a.add_argument("--new-passphrase-file", metavar="FILE",
                       help=f"read the new passphrase from FILE (also ${NEW_PASSPHRASE_ENV})")
        a.set_defaults(func=cmd_key)

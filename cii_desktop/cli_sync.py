"""Command line for batch sync: ``sync`` and ``network create|request|enrol|join|list|revoke``."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from .domain import reference

ENROLMENT_PASSPHRASE_ENV = "CII_DESKTOP_ENROLMENT_PASSPHRASE"
EXIT_OFFLINE = 2
INSTITUTIONS = reference.codes(reference.INSTITUTIONS)
OFFICES = reference.codes(reference.OFFICES)


def _open(args: argparse.Namespace) -> Any:
    from .cli import open_store_for_cli

    return open_store_for_cli(args)


def cmd_sync(args: argparse.Namespace) -> int:
    from . import presets
    from .cli import translate, user_language
    from .services.sync import run_sync
    from .sync import schema_compat

    store = _open(args)
    try:
        # --share, else $CII_DESKTOP_SHARE, else the machine presets, else the network's own
        chosen = presets.resolve("share_dir", command_line=args.share)
        report = run_sync(store, Path(chosen).expanduser() if chosen else None)
        newer = schema_compat.pending_update(store)  # batches waiting for this app's update
    finally:
        store.close()
    print(report.summary())
    if newer:
        print(translate("sync.update_app", user_language(args)), file=sys.stderr)
    return EXIT_OFFLINE if report.offline else 0


def cmd_create(args: argparse.Namespace) -> int:
    from .services import network

    store = _open(args)
    try:
        roster = network.create_network(store, Path(args.share).expanduser(), args.name,
                                        args.institution, args.office)
    finally:
        store.close()
    print(f"Network {roster.network} created; this workstation is its administrator.")
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    from .services import network

    store = _open(args)
    try:
        data = network.make_request(store, args.name, args.institution, args.office)
    finally:
        store.close()
    _write_new(Path(args.out), data)
    print(f"Request written to {args.out}: hand it to the network's administrator.")
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from .services import network

    request = _read(Path(args.request))
    store = _open(args)
    try:
        sealed, passphrase, member = network.enrol(store, request, args.valid_until or "")
    finally:
        store.close()
    _write_new(Path(args.out), sealed)
    print(f"Workstation {member.name} ({member.id}) enrolled; enrolment file {args.out}.")
    print("One-time passphrase - give it to the new workstation by another way than the file:")
    print(f"  {passphrase}")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from .cli import CliError
    from .services import network

    enrolment = _read(Path(args.enrolment))
    passphrase = os.environ.get(ENROLMENT_PASSPHRASE_ENV)
    if not passphrase and sys.stdin is not None and sys.stdin.isatty():
        passphrase = getpass.getpass("One-time passphrase of the enrolment file: ")
    if not passphrase:
        raise CliError("cli.enrolment_passphrase")
    store = _open(args)
    try:
        roster = network.join(store, enrolment, passphrase, Path(args.share).expanduser())
    finally:
        store.close()
    print(f"Joined network {roster.network} ({len(roster.members)} workstations).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .sync import config as cfg

    store = _open(args)
    try:
        config = cfg.require(store)
    finally:
        store.close()
    print(f"Network {config.network}, roster version {config.roster.version}")
    for m in config.roster.members:
        state = "revoked" if m.revoked else (f"until {m.valid_until}" if m.valid_until else "active")
        mark = "*" if m.id == config.workstation else " "
        print(f"{mark} {m.id}  {m.name:<28} {m.institution:<12} {m.office:<13} {state}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from .services import network

    store = _open(args)
    try:
        from .sync import config as cfg

        roster = network.revoke(store, args.workstation)
        config = cfg.require(store)
    finally:
        store.close()
    old = [m.name or m.id for m in roster.members
           if m.active(dt.date.today()) and not m.kex_key]
    print(f"Workstation {args.workstation} revoked (roster version {roster.version}); its batches are "
          f"refused from now on, and batches are now sealed with a new key (epoch {config.epoch}) that it "
          "does not have.")
    if old:
        print("Enrolled before key rotation, re-enrol to receive the new key: " + ", ".join(old), file=sys.stderr)
    return 0


def _read(path: Path) -> bytes:
    from .cli import CliError

    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError("cli.file_error") from exc


def _write_new(path: Path, data: bytes) -> None:
    from .cli import CliError

    try:
        with open(path, "xb") as fh:
            fh.write(data)
    except FileExistsError:
        raise CliError("share.exists") from None
    except OSError as exc:
        raise CliError("cli.file_error") from exc


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common], help="exchange changes through the shared folder",
                       description="Send this workstation's changes and apply the others'. Exit 0: "
                                   "done; 2: shared folder unreachable (working offline); 1: error.")
    p.add_argument("--share", metavar="PATH", help="shared folder (default: the one of the network)")
    p.set_defaults(func=cmd_sync)

    net = sub.add_parser("network", help="create a sync network, enrol, list and revoke workstations")
    nsub = net.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    p = nsub.add_parser("create", parents=[common], help="create a network; this workstation administers it")
    p.add_argument("--share", metavar="PATH", required=True, help="the shared server folder")
    p.add_argument("--name", required=True, help="name of this workstation, e.g. 'Bureau CII Sion'")
    p.add_argument("--institution", choices=INSTITUTIONS, required=True)
    p.add_argument("--office", choices=OFFICES, required=True)
    p.set_defaults(func=cmd_create)
    p = nsub.add_parser("request", parents=[common],
                        help="on a new workstation: write an enrolment request for the administrator")
    p.add_argument("--name", required=True)
    p.add_argument("--institution", choices=INSTITUTIONS, required=True)
    p.add_argument("--office", choices=OFFICES, required=True)
    p.add_argument("--out", metavar="FILE", required=True)
    p.set_defaults(func=cmd_request)
    p = nsub.add_parser("enrol", parents=[common],
                        help="on the administrator workstation: enrol a request, print a one-time passphrase")
    p.add_argument("--request", metavar="FILE", required=True)
    p.add_argument("--out", metavar="FILE", required=True, help="the enrolment file to write")
    p.add_argument("--valid-until", metavar="YYYY-MM-DD", help="end of validity (e.g. a loan laptop)")
    p.set_defaults(func=cmd_enrol)
    p = nsub.add_parser("join", parents=[common],
                        help="on the new workstation: join with the enrolment file and its passphrase "
                             f"(asked, or ${ENROLMENT_PASSPHRASE_ENV})")
    p.add_argument("--enrolment", metavar="FILE", required=True)
    p.add_argument("--share", metavar="PATH", required=True)
    p.set_defaults(func=cmd_join)
    p = nsub.add_parser("list", parents=[common], help="list the workstations of the roster")
    p.set_defaults(func=cmd_list)
    p = nsub.add_parser("revoke", parents=[common],
                        help="on the administrator workstation: revoke a workstation (a lost laptop)")
    p.add_argument("--workstation", metavar="ID", required=True)
    p.set_defaults(func=cmd_revoke)

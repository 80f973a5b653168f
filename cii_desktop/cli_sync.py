"""Command line for batch sync: ``sync`` and ``network create|request|enrol|join|list|revoke``."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .cli_settings import language as user_language
from .cli_settings import say
from .domain import reference
from .domain.permissions import roles, roles_of_member

ENROLMENT_PASSPHRASE_ENV = "CII_DESKTOP_ENROLMENT_PASSPHRASE"
EXIT_OFFLINE = 2
EXIT_ATTENTION = 3
EXIT_USAGE = 64  # a mistake in the command line (as sysexits' EX_USAGE): distinct from "offline"
OFFLINE_REVOCATION = ("network.revoke_offline", "network.revoke_not_network")  # exit 2, nothing changed
INSTITUTIONS = reference.codes(reference.INSTITUTIONS)
OFFICES = reference.codes(reference.OFFICES)
ROLES = ("case_worker", "cii_contact", "regional_coordinator", "bureau", "network_admin", "dpo")  # permissions table


def _open(args: argparse.Namespace) -> Any:
    from .cli import open_store_for_cli

    return open_store_for_cli(args)


def notice_lines(notices: list[Any], language: str | None) -> list[str]:
    """Each :class:`~cii_desktop.sync.roster.Notice` as one line in the user's language."""
    from .cli import translate

    return [translate(n.code, language) + (f" [{n.subject}]" if n.subject else "") for n in notices]


def _tend_share(store: Any, args: argparse.Namespace) -> None:
    """Check the roster and key files of the share (the administrator puts back what differs);
    print what people should know on stderr. Nothing when offline or not in a network."""
    from .cli import user_language
    from .services import network
    from .sync import config as cfg
    from .sync.share import ShareError

    config = cfg.load(store)
    if config is None or not network.share_reachable(config):
        return
    assert config.share is not None
    try:
        _config, notices = network.check_share(store, config, config.share)
    except ShareError:
        return
    for line in notice_lines(notices, user_language(args)):
        print(line, file=sys.stderr)


def cmd_sync(args: argparse.Namespace) -> int:
    """Exit 0 everything exchanged, 3 done but something needs attention (the notices say what,
    on stderr in the user's language), 2 offline, 1 error, 64 usage or configuration error (a
    shared folder inside the data folder, or the reverse: nothing is done)."""
    from .cli import translate, user_language
    from .cli_settings import setting
    from .services.data_folder import ShareLocationError
    from .services.sync import pending_update, run_sync

    store = _open(args)
    language = user_language(args)
    try:
        # --share > $CII_DESKTOP_SHARE > the user's Settings > the machine presets > the network's own
        chosen = setting(args, "share_dir", command_line=args.share)
        report = run_sync(store, Path(chosen).expanduser() if chosen else None)
        newer = pending_update(store)  # batches waiting for this app's update
        # An erasure (received now or ordered here) is compacted at the end of the sync.
        from .cli_lifecycle import compact_now

        compaction_failed = compact_now(store, language) != 0
    except ShareLocationError as exc:
        print(f"cii-desktop: {translate(exc.code, language)} [{exc}]", file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    print("".join(_summary_part(code, params, language) for code, params in report.summary_parts()))
    for code, detail in report.information:  # what this (administrator's) workstation did on the share
        print(f"cii-desktop: {translate(code, language)}{f' [{detail}]' if detail else ''}", file=sys.stderr)
    if report.offline:
        print(f"cii-desktop: {translate(report.offline_reason, language)}", file=sys.stderr)
    for code, detail in report.problems:
        print(f"cii-desktop: {translate(code, language)}{f' [{detail}]' if detail else ''}", file=sys.stderr)
    if newer:  # batches of a newer version wait here: done, but it needs attention
        print(f"cii-desktop: {translate('sync.update_app', language)}", file=sys.stderr)
        return 3 if report.exit_code == 0 else report.exit_code
    return 3 if report.exit_code == 0 and compaction_failed else report.exit_code


def cmd_create(args: argparse.Namespace) -> int:
    from .services import network

    store = _open(args)
    try:
        roster = network.create_network(store, Path(args.share).expanduser(), args.name,
                                        args.institution, args.office, args.role)
    finally:
        store.close()
    print(say("cli.out.network_created", user_language(args), network=roster.network))
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    from .services import network

    store = _open(args)
    try:
        data = network.make_request(store, args.name, args.institution, args.office)
    finally:
        store.close()
    _write_new(Path(args.out), data)
    print(say("cli.out.request_written", user_language(args), file=args.out))
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    """``network enrol`` and ``network re-enrol`` (the same output; re-enrol keeps the validity)."""
    from .services import network

    request = _read(Path(args.request))
    out = Path(args.out).expanduser()
    store = _open(args)
    try:
        _tend_share(store, args)
        if args.network_command == "re-enrol":
            _sealed, passphrase, member = network.re_enrol(store, request, args.valid_until, out, args.role)
        else:
            _sealed, passphrase, member = network.enrol(store, request, args.valid_until or "", out,
                                                        args.role or "")
    finally:
        store.close()
    lang = user_language(args)
    print(say("cli.out.enrolled", lang, name=member.name, id=member.id, file=out))
    print(say("cli.out.one_time", lang))
    print(f"  {passphrase}")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from .cli import CliError
    from .services import network

    enrolment = _read(Path(args.enrolment))
    passphrase = os.environ.get(ENROLMENT_PASSPHRASE_ENV)
    if not passphrase and sys.stdin is not None and sys.stdin.isatty():
        passphrase = getpass.getpass(say("cli.out.prompt_enrolment", user_language(args)))
    if not passphrase:
        raise CliError("cli.enrolment_passphrase")
    store = _open(args)
    try:
        roster = network.join(store, enrolment, passphrase, Path(args.share).expanduser())
    finally:
        store.close()
    print(say("cli.out.joined", user_language(args), network=roster.network, count=len(roster.members)))
    return 0


def role_words(held: Iterable[str], language: str | None) -> str:
    """A member's roles in the permissions table's words and order (French or German; the codes
    in English), "-" for none."""
    labels = roles()
    order = list(labels)
    codes = sorted(held, key=lambda c: order.index(c) if c in order else len(order))
    words = [labels[c].text(language) if language in ("fr", "de") and c in labels else c for c in codes]
    return ", ".join(words) or "-"


def cmd_list(args: argparse.Namespace) -> int:
    from .services.permissions import current_roles
    from .sync import config as cfg

    store = _open(args)
    try:
        _tend_share(store, args)
        config = cfg.require(store)
        mine = current_roles(store)  # what `profile` shows (with the administrator key held here)
    finally:
        store.close()
    lang = user_language(args)
    print(say("cli.out.network", lang, network=config.network, version=config.roster.version))
    for m in config.roster.members:
        role = role_words(mine if m.id == config.workstation else roles_of_member(m.role, False), lang)
        state = (say("cli.out.revoked_until", lang, number=m.revoked_after) if m.revoked and m.revoked_after >= 0
                 else say("cli.out.revoked", lang) if m.revoked
                 else say("cli.out.until", lang, date=m.valid_until) if m.valid_until else say("cli.out.active", lang))
        mark = "*" if m.id == config.workstation else " "
        print(f"{mark} {m.id}  {m.name:<28} {m.institution:<12} {m.office:<13} {role:<20} {state}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    """Exit 0 revoked (and published), 2 the network's share is not there (nothing changed), 1 error."""
    from .cli import translate, user_language
    from .services import network
    from .sync.roster import RosterError

    store = _open(args)
    try:
        from .sync import config as cfg

        _tend_share(store, args)
        try:
            roster = network.revoke(store, args.workstation)
        except RosterError as exc:
            if exc.code not in OFFLINE_REVOCATION:
                raise
            print(f"cii-desktop: {translate(exc.code, user_language(args))}", file=sys.stderr)
            return EXIT_OFFLINE
        config = cfg.require(store)
    finally:
        store.close()
    old = [m.name or m.id for m in roster.members
           if m.active(dt.date.today()) and not m.kex_key]
    revoked = roster.member(args.workstation)
    cutoff = revoked.revoked_after if revoked is not None else -1
    lang = user_language(args)
    print(say("cli.out.revoke_done", lang, id=args.workstation, version=roster.version, number=max(cutoff, 0),
              epoch=config.epoch))
    if old:
        print(say("cli.out.re_enrol", lang, names=", ".join(old)), file=sys.stderr)
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
                                   "everything exchanged; 3: done, but something waits, was refused or "
                                   "needs attention (notices on stderr); 2: shared folder unreachable or "
                                   "not this network's (working offline); 1: error; 64: usage error.")
    p.add_argument("--share", metavar="PATH", help="shared folder (default: the one of the network)")
    p.set_defaults(func=cmd_sync)

    net = sub.add_parser("network", help="create a sync network, enrol, list and revoke workstations")
    nsub = net.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    p = nsub.add_parser("create", parents=[common], help="create a network; this workstation administers it")
    p.add_argument("--share", metavar="PATH", required=True, help="the shared server folder")
    p.add_argument("--name", required=True, help="name of this workstation, e.g. 'Bureau CII Sion'")
    p.add_argument("--institution", choices=INSTITUTIONS, required=True)
    p.add_argument("--office", choices=OFFICES, required=True)
    p.add_argument("--role", choices=ROLES, default="bureau", help="the role of this workstation's user")
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
    p.add_argument("--role", choices=ROLES, help="the role of the workstation's user in the network")
    p.set_defaults(func=cmd_enrol)
    p = nsub.add_parser("re-enrol", parents=[common],
                        help="on the administrator workstation: new keys for a workstation of the roster "
                             "(reinstalled); never a revoked one")
    p.add_argument("--request", metavar="FILE", required=True)
    p.add_argument("--out", metavar="FILE", required=True, help="the enrolment file to write")
    p.add_argument("--valid-until", metavar="YYYY-MM-DD",
                   help="new end of validity (default: unchanged; '' removes it)")
    p.add_argument("--role", choices=ROLES, help="new role of the workstation's user (default: unchanged)")
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
                        help="on the administrator workstation: revoke a workstation (a lost laptop)",
                        description="Revoke a workstation. Exit 0: revoked and published; 2: the network's "
                                    "shared folder is unreachable or the folder is not it (empty, not "
                                    "connected, another network's): nothing was changed; 1: error.")
    p.add_argument("--workstation", metavar="ID", required=True)
    p.set_defaults(func=cmd_revoke)


def _summary_part(code: str, params: dict[str, int], language: str | None) -> str:
    """One part of the sync summary: "1 modification en 1 lot", "2 Änderungen in 2 Paketen"."""
    return say(code, language, **params)

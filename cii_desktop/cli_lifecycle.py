"""Command line: erasure (preview, then --confirm, by the Bureau CII: its role in the roster), the
retention pass, and the right-of-access export (PDF and JSON)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from .cli_settings import language as user_language
from .cli_settings import say
from .domain import compaction_words
from .domain.plurals import counted, counted_with
from .domain.table_counts import table_counts


def _person(store: Any, args: argparse.Namespace) -> str:
    from .cli import CliError

    if args.person:
        return str(args.person)
    if args.case:
        row = store.read_connection().execute("SELECT person_id FROM case_file WHERE reference = ?",
                                              (args.case.strip().upper(),)).fetchone()
        if row:
            return str(row[0])
        raise CliError("cli.unknown_case")
    raise CliError("erasure.unknown_person")


def cmd_erase(args: argparse.Namespace) -> int:
    from .cli import open_store_for_cli, translate, user_language
    from .services import erasure

    store = open_store_for_cli(args)
    try:
        person = _person(store, args)
        shown = erasure.preview(store, person)
        language = user_language(args)
        print(say("erase.preview", language, name=shown.display_name, counts=table_counts(shown.rows, language),
                  journal=shown.journal_values))
        if not args.confirm:
            print(translate("erase.preview_only", language), file=sys.stderr)
            return 0
        rows = erasure.order_erasure(store, person, confirmed=True)
        print(counted("erase.records", rows, language))
        return compact_now(store, language) if args.vacuum else 0
    finally:
        store.close()


def compact_now(store: Any, language: str | None) -> int:
    """Compact the file after an erasure: 0, or 1 with the reason on stderr (the erasure stays
    done and the compaction owed: ``check`` reports it until it runs)."""
    from .services.compaction import CompactionError, compact_if_owed

    try:
        if compact_if_owed(store, alone=True):  # the command line: by copy, unless the window has it open
            print(compaction_words.say("compaction.done", language), file=sys.stderr)
    except CompactionError as exc:
        print(f"cii-desktop: {compaction_text(exc, language)}", file=sys.stderr)
        return 1
    return 0


def compaction_text(exc: Any, language: str | None) -> str:
    """Why a compaction did not run, in the user's language (sizes in MB, rounded up)."""
    mb = 1024 * 1024
    return compaction_words.say(exc.code, language, needed=-(-int(exc.needed) // mb), free=int(exc.free) // mb)


def cmd_retention(args: argparse.Namespace) -> int:
    from .cli import open_store_for_cli, user_language
    from .services import erasure

    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    store = open_store_for_cli(args)
    try:
        proposed = erasure.due(store, today)
        language = user_language(args)
        for shown in erasure.describe_due(store, proposed, language or "en"):
            cases = int(shown.pop("cases"))
            print(counted_with("retention.line", cases, language, **shown))
        if not args.apply:
            print(counted("retention.due", len(proposed), language), file=sys.stderr)
            return 0
        # The erasure is committed first, then the file compacted (always: --vacuum is the default).
        count = erasure.retention_pass(store, today, confirmed=True, rewrite=False)
        print(counted("retention.erased", count, language), file=sys.stderr)
        return compact_now(store, language)
    finally:
        store.close()


def cmd_profile(args: argparse.Namespace) -> int:
    """Who uses this workstation and their roles; on a stand-alone workstation, set them (a network
    member's name, institution, office and role are the roster's: changing them is refused)."""
    from .cli import open_store_for_cli
    from .services import permissions
    from .services.profile import Profile, load_profile, save_profile

    store = open_store_for_cli(args)
    try:
        now = load_profile(store)
        if any((args.name, args.role, args.institution, args.office)):
            role = args.role or (now.role if now and now.role else "counsellor")
            save_profile(store, Profile(
                args.name or (now.full_name if now else ""), role,
                args.institution or (now.institution_code if now else None),
                args.office or (now.office_code if now else None), now.email if now else "",
                now.language if now else "fr"))
            now = load_profile(store)
        roles = sorted(permissions.current_roles(store))
    finally:
        store.close()
    if now is None:
        print(say("cli.out.no_user", user_language(args)), file=sys.stderr)
        return 0
    print(say("cli.out.profile", user_language(args), name=now.full_name, institution=now.institution_code or "-",
              office=now.office_code or "-", roles=", ".join(roles) or "-",
              source="roster" if now.from_roster else "profile"))
    return 0


def cmd_access(args: argparse.Namespace) -> int:
    from .cli import CliError, open_store_for_cli, user_language
    from .services import access_export
    from .storage.errors import FileExistsRefusedError

    if not (args.out or args.json):
        raise CliError("cli.render_arguments")
    outputs = [Path(name).expanduser() for name in (args.out, args.json) if name]
    if not args.force:  # every output checked before any is written: a refusal writes nothing
        for path in outputs:
            if path.exists():
                raise FileExistsRefusedError(path.name)
    store = open_store_for_cli(args)
    try:
        data = access_export.gather(store, _person(store, args))
    finally:
        store.close()
    language = args.doc_lang or str(data["person"].get("language") or "fr")
    try:
        access_export.write(data, Path(args.out).expanduser() if args.out else None,
                            Path(args.json).expanduser() if args.json else None, language, force=args.force)
    except FileExistsError as exc:  # planted meanwhile: what this run wrote was taken back
        raise FileExistsRefusedError(Path(str(exc)).name) from None
    print(say("access.done", user_language(args), records=sum(len(r) for r in data["records"].values()),
              history=len(data["history"])), file=sys.stderr)
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    for name, func, text in (("erase", cmd_erase, "erase a person everywhere (preview; --confirm, Bureau role)"),
                             ("access", cmd_access, "right of access: everything held about a person (PDF, JSON)")):
        p = sub.add_parser(name, parents=[common], help=text)
        who = p.add_mutually_exclusive_group()
        who.add_argument("--person", metavar="ID", help="the person's identifier")
        who.add_argument("--case", metavar="REF", help="a case reference of the person")
        p.set_defaults(func=func)
        if name == "erase":
            p.add_argument("--confirm", action="store_true", help="erase (without it: preview only)")
            p.add_argument("--vacuum", action="store_true",
                           help="then compact the file at once (VACUUM; otherwise at the next sync or backup)")
        else:
            p.add_argument("--out", metavar="FILE.pdf", help="the PDF for the person")
            p.add_argument("--json", metavar="FILE.json", help="the same as JSON")
            p.add_argument("--doc-lang", choices=("fr", "de"), help="PDF language (default: the person's)")
            p.add_argument("--force", action="store_true", help="replace existing files")
    p = sub.add_parser("retention", parents=[common],
                       help="persons the retention rules propose for erasure (--apply: erase, Bureau role)")
    p.add_argument("--apply", action="store_true",
                   help="erase the persons listed (Bureau role), then compact the file (VACUUM)")
    p.add_argument("--vacuum", action="store_true",
                   help="accepted for older scripts: the compaction (VACUUM) now always follows --apply")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_retention)
    from .domain import reference

    p = sub.add_parser("profile", parents=[common],
                       help="who uses this workstation and their roles (set them on a stand-alone workstation)")
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--role", choices=reference.codes(reference.ROLES))
    p.add_argument("--institution", choices=reference.codes(reference.INSTITUTIONS))
    p.add_argument("--office", choices=reference.codes(reference.OFFICES))
    p.set_defaults(func=cmd_profile)

"""Command line: render any document of a case to PDF (bulk printing, checks), list the kinds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from .paths import write_private


def cmd_render(args: argparse.Namespace) -> int:
    from .documents import forms
    from .services import documents
    from .storage.models import Case
    from .storage.unit_of_work import run_unit_of_work

    if args.list:
        for kind in documents.kinds():
            info = forms.KINDS[kind]
            print(f"{kind:<14} {info.form_code:<10} {forms.title(kind, 'fr')} / {forms.title(kind, 'de')}")
        return 0
    if not (args.case and args.document and args.out):
        from .cli import CliError

        raise CliError("cli.render_arguments")
    from .cli import open_store_for_cli

    out = Path(args.out).expanduser()
    problem = _out_problem(out)
    if problem:  # before anything is issued: nothing is recorded for a PDF that cannot be written
        return _out_error(problem, out, args)
    store = open_store_for_cli(args)
    try:
        with run_unit_of_work(store) as uow:
            case = uow.session.scalar(select(Case).where(Case.reference == args.case.strip().upper(),
                                                         Case.deleted.is_(False)))
            if case is None:
                from .cli import CliError

                raise CliError("cli.unknown_case")
            from .services import case_guard

            case_guard.require_printable(store, case.id)  # not a case held read-only here (sharing.json)
            language = args.doc_lang or case.person.language
            doc, pdf = documents.print_case_document(uow, case.id, args.document, language)
            printed = documents.print_language(uow.session, doc, language)
            summary = f"{case.reference} {args.document} v{doc.version} ({printed})"
        try:
            write_private(out, pdf, force=args.force)
        except FileExistsError:
            from .storage.errors import FileExistsRefusedError

            raise FileExistsRefusedError(out.name) from None
        except OSError as exc:
            return _out_error(_write_problem(exc), out, args)
        from .services import audit

        audit.record_document(store, "document.pdf", doc.id)
    finally:
        store.close()
    print(f"{summary}: {len(pdf)} bytes -> {out}", file=sys.stderr)
    if printed != language:  # a signed version prints as it was signed, whatever --lang asked
        from .cli import translate, user_language

        print(translate("document.signed_language", user_language(args)), file=sys.stderr)
    return 0


def _out_problem(out: Path) -> str:
    """Why ``--out`` cannot be a new PDF file, before rendering ("" when it can)."""
    if not out.name or out.is_dir():
        return "render.out_is_folder"
    if not out.parent.is_dir():
        return "render.out_no_folder"
    return ""


def _write_problem(exc: OSError) -> str:
    import errno

    return {errno.EISDIR: "render.out_is_folder", errno.ENOENT: "render.out_no_folder",
            errno.ENOTDIR: "render.out_no_folder", errno.ENOSPC: "render.out_disk_full",
            errno.EDQUOT: "render.out_disk_full"}.get(exc.errno or 0, "render.out_not_writable")


def _out_error(code: str, out: Path, args: argparse.Namespace) -> int:
    """The reason in the user's language, naming the file; exit code 1, nothing written."""
    from .cli import translate, user_language

    print(f"cii-desktop: error: {translate(code, user_language(args))} {out}", file=sys.stderr)
    return 1


def add_commands(sub: Any, common_without_lang: argparse.ArgumentParser) -> None:
    p = sub.add_parser("render", parents=[common_without_lang],
                       help="render a case's document to PDF (the latest record of that kind)")
    p.add_argument("--list", action="store_true", help="name the document kinds and exit")
    p.add_argument("--case", metavar="REF", help="case reference, e.g. SIO-2026-ABC234")
    p.add_argument("--document", metavar="KIND", help="document kind (see --list)")
    p.add_argument("--lang", dest="doc_lang", choices=("fr", "de", "bilingual"),
                   help="print language (default: the person's language)")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF (an existing file is kept unless --force)")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    p.set_defaults(func=cmd_render)

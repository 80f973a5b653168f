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
        out = Path(args.out).expanduser()
        try:
            write_private(out, pdf, force=args.force)
        except FileExistsError:
            from .storage.errors import FileExistsRefusedError

            raise FileExistsRefusedError(out.name) from None
        from .services import audit

        audit.record_document(store, "document.pdf", doc.id)
    finally:
        store.close()
    print(f"{summary}: {len(pdf)} bytes -> {out}", file=sys.stderr)
    if printed != language:  # a signed version prints as it was signed, whatever --lang asked
        from .cli import translate, user_language

        print(translate("document.signed_language", user_language(args)), file=sys.stderr)
    return 0


def add_commands(sub: Any, common_without_lang: argparse.ArgumentParser) -> None:
    p = sub.add_parser("render", parents=[common_without_lang],
                       help="render a case's document to PDF (the latest record of that kind)")
    p.add_argument("--list", action="store_true", help="name the document kinds and exit")
    p.add_argument("--case", metavar="REF", help="case reference, e.g. SIO-2026-ABC234")
    p.add_argument("--document", metavar="KIND", help="document kind (see --list)")
    p.add_argument("--lang", dest="doc_lang", choices=("fr", "de", "bilingual"),
                   help="print language (default: the person's language)")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF (never overwritten)")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    p.set_defaults(func=cmd_render)

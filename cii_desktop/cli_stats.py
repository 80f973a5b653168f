"""Command line: the year's statistics (JSON, annual report PDF or xlsx) and the Bureau's register (xlsx)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .cli_settings import say


def _write_atomically(out: Path, data: bytes, force: bool) -> None:
    """Private (0600), through a temporary file beside it (never half-written, never a planted file followed);
    an existing file is replaced only with --force."""
    from .paths import write_private

    try:
        write_private(out, data, force=force)
    except FileExistsError:
        from .storage.errors import FileExistsRefusedError

        raise FileExistsRefusedError(out.name) from None


def _scope(args: argparse.Namespace) -> Any:
    """--year Y, or --from and --to (dd.mm.yyyy, both days included, from on or before to)."""
    from .cli import CliError
    from .domain.dates import parse_date
    from .services import statistics

    period = (args.date_from, args.date_to)
    if (args.year is None) == (period == (None, None)) or None in period and period != (None, None):
        raise CliError("cli.stats_period")
    if args.year is not None:
        if not 1900 <= args.year <= 2100:
            raise CliError("cli.stats_period")
        return statistics.Scope.year(args.year, args.region, args.institution)
    return statistics.Scope.period(parse_date(args.date_from.strip()), parse_date(args.date_to.strip()),
                                   args.region, args.institution)


def cmd_stats(args: argparse.Namespace) -> int:
    from .cli import CliError, open_store_for_cli, user_language
    from .services import statistics

    if args.out and Path(args.out).suffix.lower() not in (".pdf", ".xlsx"):
        raise CliError("cli.stats_output")
    scope = _scope(args)
    store = open_store_for_cli(args)
    try:
        scope, figures, months = statistics.figures_for(store, scope)  # own institution unless the Bureau
    finally:
        store.close()
    language = user_language(args) or "fr"
    if args.out:
        out = Path(args.out).expanduser()
        from .documents import annual_report

        if out.suffix.lower() == ".pdf":
            data = annual_report.render_pdf(figures, months, language)
        else:
            data = annual_report.render_xlsx(figures, months, language)
        _write_atomically(out, data, args.force)
        from .domain.plurals import counted

        lang = user_language(args)
        print(say("cli.out.written", lang, file=out, size=counted("file.bytes", len(data), lang)), file=sys.stderr)
        if not args.json:
            return 0
    if args.json or not args.out:
        print(json.dumps(figures, ensure_ascii=False))
    return 0


def cmd_import_register(args: argparse.Namespace) -> int:
    from .cli import CliError, open_store_for_cli, translate, user_language
    from .services import register, register_xlsx

    language = user_language(args) or "fr"
    if args.template:
        _write_atomically(Path(args.template).expanduser(), register_xlsx.template(language), args.force)
        return 0
    if not args.file:
        raise CliError("cli.register_arguments")
    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        print(f"cii-desktop: error: {say('cli.file_missing', language, file=path)}", file=sys.stderr)
        return 1
    except OSError as exc:
        raise CliError("cli.file_error") from exc
    from .cli import _STOP

    store = open_store_for_cli(args)
    try:
        # Ctrl-C before the commit: rolled back, "interrupted", exit 130. From the commit to the end of the
        # report it is masked (cli._on_sigterm's deferred mode): the import is complete and the report says so.
        result = register.run_import(store, data, dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                                     before_commit=lambda: _STOP.update(deferred=True))
        if result.committed:
            _test_pause_after_commit()
        for line in register_xlsx.report_lines(result, lambda code: translate(code, language), language):
            print(line)
        if _STOP["requested"]:
            print(translate("register.completed_despite_stop", language))
    finally:
        _STOP["deferred"] = False
        store.close()
    # 0: imported (or, dry run: nothing to correct; or already imported); 1: errors, nothing written
    return 1 if result.errors and not result.committed else 0


def _test_pause_after_commit() -> None:
    """TEST HOOK ONLY (tests/integration/test_register_hostile.py): with CII_DESKTOP_TEST_PAUSE_AFTER_COMMIT set
    to a path, an import that was committed creates that file and waits (at most 30 s) for a stop signal, so a
    test can send SIGINT at that exact point. Unset (always, outside that test), it does nothing."""
    import os

    marker = os.environ.get("CII_DESKTOP_TEST_PAUSE_AFTER_COMMIT")
    if not marker:
        return
    import time

    from .cli import _STOP

    Path(marker).touch()
    end = time.monotonic() + 30
    while not _STOP["requested"] and time.monotonic() < end:
        time.sleep(0.02)


def cmd_export_register(args: argparse.Namespace) -> int:
    from .cli import open_store_for_cli, user_language
    from .services import register_xlsx

    store = open_store_for_cli(args)
    try:
        data, rows = register_xlsx.export_register(store, user_language(args) or "fr")
    finally:
        store.close()
    out = Path(args.out).expanduser()
    _write_atomically(out, data, args.force)
    from .domain.plurals import counted

    lang = user_language(args)  # what was written: the file and its situations
    print(say("cli.out.written", lang, file=out, size=counted("register.exported", rows, lang)), file=sys.stderr)
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stats", parents=[common], help="the year's statistics: JSON, annual report PDF or xlsx")
    p.add_argument("--year", type=int, metavar="Y", help="the calendar year (or --from and --to)")
    p.add_argument("--from", dest="date_from", metavar="DD.MM.YYYY", help="first day of the period")
    p.add_argument("--to", dest="date_to", metavar="DD.MM.YYYY", help="last day of the period (included)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON (default without --out)")
    p.add_argument("--out", metavar="FILE", help="annual report: report.pdf or report.xlsx")
    p.add_argument("--region", choices=("SION", "SIERRE", "MARTIGNY", "MONTHEY", "UPPER_VALAIS"))
    p.add_argument("--institution", choices=("ORP", "CMS", "OAI", "OSP", "ADDICTION", "SUVA"))
    p.add_argument("--force", action="store_true", help="replace the --out file if it exists")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("import-register", parents=[common],
                       help="import the Bureau's register of collaborations (xlsx, FR or DE headers)")
    p.add_argument("file", nargs="?", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="validate and report, write nothing")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and skip the others (default: all or nothing)")
    p.add_argument("--template", metavar="FILE.xlsx", help="write an empty register (headers, drop-down lists)")
    p.add_argument("--force", action="store_true", help="replace the --template file if it exists")
    p.set_defaults(func=cmd_import_register)

    p = sub.add_parser("export-register", parents=[common],
                       help="write the Bureau's register (the import's layout) to an xlsx file")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help="replace the --out file if it exists")
    p.set_defaults(func=cmd_export_register)

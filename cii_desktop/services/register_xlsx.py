"""The register as an xlsx workbook (openpyxl): read from memory, the empty template with its drop-down lists,
the export in the import's layout, and the validation report in the reader's language."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..documents.xlsx_cells import append_row
from ..domain.errors import FieldError, ValidationFailed
from ..domain.plurals import counted
from ..domain.rule_tables import load
from ..storage.models import Case, Person
from ..storage.records import Announcement, BureauDecision, Handling
from ..storage.store import Store
from .register import Problem, Result, columns
from .register_update import view

DATE_FORMAT = "DD.MM.YYYY"
log = logging.getLogger(__name__)


@dataclass
class Sheets:
    """Which sheets :func:`read_rows` looked at: every sheet's name, and those with a register header row."""

    names: list[str] = field(default_factory=list)
    with_header: list[str] = field(default_factory=list)


def _unreadable(exc: BaseException) -> ValidationFailed:
    """A workbook openpyxl cannot read (not a zip, damaged XML, a control character in a sheet...): said as
    such to the user; its exception type (never its text, which may quote a cell) logged for IT."""
    log.warning("register: unreadable workbook (%s)", type(exc).__name__)
    return ValidationFailed([FieldError("file", "register.not_xlsx")])


def read_rows(data: bytes, sheets: Sheets | None = None) -> Iterator[tuple[Any, ...]]:
    """The rows of the first sheet whose header row is recognised (else of the first sheet), read from memory
    (no copy on disk); ``sheets`` (when given) says which sheets there were and which have a register header.
    ValidationFailed ``register.not_xlsx`` if the file is not a readable xlsx workbook, on opening it or
    while its rows are read (openpyxl raises zip, XML parse, value, key... errors: all of them are caught)."""
    from openpyxl import load_workbook

    from .register import find_header

    sheets = sheets if sheets is not None else Sheets()
    book = None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        chosen = None
        for sheet in book.worksheets:
            sheets.names.append(str(sheet.title))
            head = [tuple(r) for r in sheet.iter_rows(max_row=10, values_only=True)]
            if len(find_header(head)[1]) >= 3:
                sheets.with_header.append(str(sheet.title))
                chosen = chosen or sheet
        rows = (chosen or book.worksheets[0]).iter_rows(values_only=True)
        yield from rows
    except ValidationFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever openpyxl raises on a damaged file: not a workbook
        raise _unreadable(exc) from exc
    finally:
        if book is not None:
            book.close()


def sheet_problems(result: Result, sheets: Sheets) -> None:
    """No header row: the message names the sheets looked at; several sheets with one: the one read named.
    The names are kept one a line (``_quoted`` quotes them in the reader's language)."""
    listed = "\n".join(sheets.names)
    result.problems = [Problem(0, "", "register.no_header_sheets", params=(("sheets", listed),))
                       if p.code == "register.no_header" and sheets.names else p for p in result.problems]
    if len(sheets.with_header) > 1:
        result.problems.insert(0, Problem(0, "", "register.several_sheets", True, (
            ("sheets", "\n".join(sheets.with_header)), ("sheet", sheets.with_header[0]))))


def _quoted(names: str, language: str) -> str:
    """Sheet names (one a line) quoted as the language does: « Feuil1 », « Feuil2 » / «Blatt1», «Blatt2»."""
    return ", ".join(f"« {name} »" if language == "fr" else f"«{name}»" for name in names.split("\n"))


def _labels(list_name: str, language: str, table: str = "register") -> dict[str, str]:
    return {str(row["code"]): str(row[language]) for row in load(table)[list_name]}


def _book(language: str, rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Registre CII" if language == "fr" else "IIZ-Register"
    headers = [str(c[language]) for c in columns()]
    append_row(sheet, headers)
    for row in rows:  # text as text (a remark typed "=..." is never a formula), control characters removed
        append_row(sheet, row)
    codes = [str(c["code"]) for c in columns()]
    last = max(len(rows) + 1, 500)
    for code, list_name, table in (("region", "regions", "register"), ("institution", "institutions", "register"),
                                   ("decision", "decisions", "register"), ("state", "states", "register"),
                                   ("outcome", "register_outcomes", "outcomes")):
        letter = chr(ord("A") + codes.index(code))
        choices = ",".join(_labels(list_name, language, table).values())
        check = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        check.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(check)
    for code in ("birth_date", "announced_on", "decided_on", "closed_on"):
        letter = chr(ord("A") + codes.index(code))
        for cell in sheet[letter][1:]:
            cell.number_format = DATE_FORMAT
    for index, header in enumerate(headers):
        sheet.column_dimensions[chr(ord("A") + index)].width = max(12, len(header) + 4)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template(language: str) -> bytes:
    """An empty register: the headers in the user's language, drop-down lists for the coded columns."""
    return _book(language, [])


def export_register(store: Store, language: str = "fr") -> tuple[bytes, int]:
    """:func:`export` for this workstation's user, who must hold ``register.export`` (the Bureau CII):
    (the workbook, its number of situations)."""
    from . import permissions

    permissions.require(store, "register.export")
    with store.reading() as session:
        rows = _export_rows(session, language)
    return _book(language, rows), len(rows)


def export(session: Session, language: str = "fr") -> bytes:
    """Every situation announced to the Bureau, one row each, in the import's layout."""
    return _book(language, _export_rows(session, language))


def _export_rows(session: Session, language: str) -> list[list[Any]]:
    regions = _labels("regions", language)
    institutions = _labels("institutions", language)
    decisions = _labels("decisions", language)
    states = _labels("states", language)
    outcomes = _labels("register_outcomes", language, "outcomes")
    query = (select(Announcement, Person, Case.office_id, Case.summary, BureauDecision, Handling)
             .join(Case, Case.id == Announcement.case_id).join(Person, Person.id == Case.person_id)
             .outerjoin(BureauDecision, (BureauDecision.announcement_id == Announcement.id)
                        & BureauDecision.deleted.is_(False))
             .outerjoin(Handling, (Handling.decision_id == BureauDecision.id) & Handling.deleted.is_(False))
             .where(Announcement.deleted.is_(False), Announcement.status.in_(("sent", "accepted", "refused")),
                    Case.deleted.is_(False))
             .order_by(Announcement.announced_on, Person.last_name, Person.first_name))
    rows: list[list[Any]] = []
    for announcement, person, office_id, summary, decision, handling in session.execute(query):
        row = view(office_id, summary, announcement, decision, handling)
        rows.append([person.last_name, person.first_name, person.birth_date, person.avs_number,
                     regions.get(row.region, ""), institutions.get(announcement.announced_institution, ""),
                     row.professional, announcement.announced_on, decisions.get(row.decision, ""), row.decided_on,
                     states.get(row.state, ""), row.closed_on, outcomes.get(row.outcome, ""), row.remarks])
    return rows


# messages that say what the import did: a dry run says what it would do
_WOULD = ("register.possible_duplicate", "register.possible_duplicate_no_avs")


# a coded column -> its list of accepted values (rule table list, table)
_LISTS = {"region": ("regions", "register"), "institution": ("institutions", "register"),
          "decision": ("decisions", "register"), "state": ("states", "register"),
          "outcome": ("register_outcomes", "outcomes")}


def report_lines(result: Result, translate: Callable[[str], str], language: str) -> list[str]:
    """The validation report: one line per problem (row, column as written in the file, reason), then a summary."""
    names = {str(c["code"]): str(c[language]) for c in columns()}
    names.update(result.headers)
    names.update({"avs_number": result.headers.get("avs_number", names["avs_number"])})
    lines = []
    for problem in sorted(result.problems, key=lambda p: (p.row, p.column)):
        where = translate("register.at_row").format(row=problem.row) if problem.row else \
            translate("register.at_file")
        column = f" – {names.get(problem.column, problem.column)}" if problem.column else ""
        code = problem.code + ("_dry_run" if result.dry_run and problem.code in _WOULD else "")
        params = dict(problem.params)
        if "sheets" in params:
            params["sheets"] = _quoted(params["sheets"], language)
        if "list" in params:  # the accepted values, in the reader's language
            list_name, table = _LISTS[params["list"]]
            params["accepted"] = ", ".join(_labels(list_name, language, table).values())
        colon = " : " if language == "fr" else ": "  # French typography: a space before the colon
        lines.append(f"{where}{column}{colon}{translate(code).format(**params)}")
    def n(key: str, count: int) -> str:  # '1 ligne lue', '2 lignes lues' (domain.plurals)
        return counted(f"register.{key}", count, language)

    bad = result.bad_rows()  # with the rows refused at import (a person that cannot be told apart)
    lines.append(translate("register.summary").format(
        rows=n("rows_read", result.rows), valid=n("valid", sum(1 for r in result.valid if r.number not in bad)),
        invalid=n("invalid", len(bad)), new=n("new_persons", result.new_persons),
        matched=n("matched", result.matched_persons), already=n("already", result.already)))
    if result.already:
        lines.append(translate("register.again_refused" if result.refused else "register.again").format(
            updated=n("updated", result.updated), unchanged=n("unchanged", result.unchanged),
            refused=n("refused", result.refused)))
    if result.dry_run:
        lines.append(translate("register.dry_run"))
    elif not result.committed:  # all or nothing with an error row (a refused update too): nothing written
        if result.errors:
            lines.append(translate("register.nothing_written"))
    elif result.written:
        lines.append(translate("register.written").format(count=n("imported", result.written)))
    return lines

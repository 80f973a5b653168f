"""The register as an xlsx workbook (openpyxl): read from memory, the empty template with its drop-down lists,
the export in the import's layout, and the validation report in the reader's language."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
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
from .register import Result, columns
from .register_update import view

DATE_FORMAT = "DD.MM.YYYY"


def read_rows(data: bytes) -> Iterator[tuple[Any, ...]]:
    """The first sheet's rows, read from memory (no copy on disk); ValidationFailed if not an xlsx workbook."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, IndexError, TypeError) as exc:
        raise ValidationFailed([FieldError("file", "register.not_xlsx")]) from exc
    try:
        yield from rows
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise ValidationFailed([FieldError("file", "register.not_xlsx")]) from exc
    finally:
        book.close()


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


def export_register(store: Store, language: str = "fr") -> bytes:
    """:func:`export` for this workstation's user, who must hold ``register.export`` (the Bureau CII)."""
    from . import permissions

    permissions.require(store, "register.export")
    with store.reading() as session:
        return export(session, language)


def export(session: Session, language: str = "fr") -> bytes:
    """Every situation announced to the Bureau, one row each, in the import's layout."""
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
    return _book(language, rows)


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
        lines.append(f"{where}{column}: {translate(problem.code)}")
    def n(key: str, count: int) -> str:  # '1 ligne lue', '2 lignes lues' (domain.plurals)
        return counted(f"register.{key}", count, language)

    bad = result.bad_rows()  # with the rows refused at import (a person that cannot be told apart)
    lines.append(translate("register.summary").format(
        rows=n("rows_read", result.rows), valid=n("valid", sum(1 for r in result.valid if r.number not in bad)),
        invalid=n("invalid", len(bad)), new=n("new_persons", result.new_persons),
        matched=n("matched", result.matched_persons), already=n("already", result.already)))
    if result.already:
        lines.append(translate("register.again").format(updated=n("updated", result.updated),
                                                        unchanged=n("unchanged", result.unchanged),
                                                        refused=n("refused", result.refused)))
    if result.dry_run:
        lines.append(translate("register.dry_run"))
    elif result.written:
        lines.append(translate("register.written").format(count=n("imported", result.written)))
    elif result.errors and not result.updated:
        lines.append(translate("register.nothing_written"))
    return lines

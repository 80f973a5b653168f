"""Writing text into an xlsx sheet (openpyxl) as text, never as a formula.

openpyxl stores a string that begins with "=" as a formula: a register remark typed "=HYPERLINK(...)" or
"=cmd|' /C calc'!A0" would come back out of an export as a live formula (CSV/xlsx formula injection). Every
text cell the app writes goes through :func:`append_row`: it is written as a string (``data_type "s"``), and
one that a spreadsheet could take for a formula ("=", "+", "-", "@", tab, carriage return) also gets Excel's
quote prefix, so editing it in Excel keeps it text. Control characters a worksheet cannot hold are removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean(value: Any) -> Any:
    """A value as a worksheet can hold it: control characters (illegal in sheet XML) removed from text."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def append_row(sheet: Any, values: Sequence[Any]) -> None:
    """``sheet.append(values)``, each text value written as a string (never a formula). The cells are made
    before they are appended (finding the row after would cost a scan of the sheet per row)."""
    from openpyxl.cell.cell import Cell

    cells: list[Any] = []
    for value in values:
        value = clean(value)
        if not isinstance(value, str):
            cells.append(value)
            continue
        cell = Cell(sheet, value=value)
        cell.data_type = "s"
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True
        cells.append(cell)
    sheet.append(cells)

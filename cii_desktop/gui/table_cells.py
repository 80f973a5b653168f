"""Editable rows in a QTableWidget: text, coded combo and tick cells, read back as plain values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from ..domain.dates import format_date
from .forms import date_value

Options = Sequence[tuple[str, str]]  # (label, code)


def prepare(table: QTableWidget, header: Sequence[str], stretch: int | Sequence[int] | None = None) -> None:
    """Column titles (retranslated by calling again) and a sensible resize policy: the ``stretch``
    column(s) share the free width (a name column stays readable while the table is empty)."""
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.verticalHeader().setVisible(False)
    head = table.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    columns = [len(header) - 1] if stretch is None else [stretch] if isinstance(stretch, int) else list(stretch)
    for column in columns:
        head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def set_text(table: QTableWidget, row: int, column: int, value: str, editable: bool = True) -> None:
    item = QTableWidgetItem(value)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    table.setItem(row, column, item)


def set_combo(table: QTableWidget, row: int, column: int, options: Options, current: str = "") -> QComboBox:
    combo = QComboBox(table)
    for label, code in options:
        combo.addItem(label, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    table.setCellWidget(row, column, combo)
    return combo


def set_check(table: QTableWidget, row: int, column: int, checked: bool) -> QCheckBox:
    box = QCheckBox(table)
    box.setChecked(checked)
    table.setCellWidget(row, column, box)
    return box


def text_at(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def code_at(table: QTableWidget, row: int, column: int) -> str:
    widget = table.cellWidget(row, column)
    return str(widget.currentData() or "") if isinstance(widget, QComboBox) else ""


def checked_at(table: QTableWidget, row: int, column: int) -> bool:
    widget = table.cellWidget(row, column)
    return bool(isinstance(widget, QCheckBox) and widget.isChecked())


def date_at(table: QTableWidget, row: int, column: int, required: bool = False) -> dt.date | None:
    """A dd.mm.yyyy cell; an impossible date (or a missing required one) is a ValidationFailed."""
    text = text_at(table, row, column)
    return date_value(text) if text or required else None


def date_cell(value: dt.date | None) -> str:
    return format_date(value) if value else ""


def dates_from_text(text: str) -> tuple[dt.date, ...]:
    """Dates typed as "dd.mm.yyyy; dd.mm.yyyy" (commas accepted too)."""
    return tuple(date_value(part) for part in text.replace(",", ";").split(";") if part.strip())


def remove_current(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)


def row_values(table: QTableWidget) -> tuple[tuple[object, ...], ...]:
    """Every row as shown: a combo's code, a tick's state, else the cell's text (to compare and put back)."""
    def value(row: int, column: int) -> object:
        widget = table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        item = table.item(row, column)
        return item.text() if item is not None else ""
    return tuple(tuple(value(r, c) for c in range(table.columnCount())) for r in range(table.rowCount()))


def put_rows(table: QTableWidget, rows: Sequence[Sequence[object]], add: Callable[[], None]) -> None:
    """Show ``rows`` (as ``row_values`` read them) again, each row made by ``add`` then filled."""
    table.setRowCount(0)
    for values in rows:
        add()
        row = table.rowCount() - 1
        for column, value in enumerate(values):
            widget = table.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif (item := table.item(row, column)) is not None:
                item.setText(str(value))
            else:
                set_text(table, row, column, str(value))

"""Qt model of the case list: pages fetched lazily from the database, sorted and filtered in SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain import reference
from ..services.case_list import CaseFilter, CaseRow, list_cases
from ..storage.store import Store
from . import i18n

PAGE_SIZE = 200
COLUMNS = ("reference", "person", "birth_date", "office", "institution", "status", "opened_on")
Index = QModelIndex | QPersistentModelIndex


def _header(key: str) -> str:
    return {
        "reference": QCoreApplication.translate("CaseTableModel", "Reference"),
        "person": QCoreApplication.translate("CaseTableModel", "Person"),
        "birth_date": QCoreApplication.translate("CaseTableModel", "Birth date"),
        "office": QCoreApplication.translate("CaseTableModel", "Office"),
        "institution": QCoreApplication.translate("CaseTableModel", "Lead"),
        "status": QCoreApplication.translate("CaseTableModel", "Status"),
        "opened_on": QCoreApplication.translate("CaseTableModel", "Opened"),
    }[key]


class CaseTableModel(QAbstractTableModel):
    """Rows arrive a page at a time as the view scrolls (canFetchMore / fetchMore)."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[CaseRow] = []
        self._filter = CaseFilter()
        self._sort = "opened_on"
        self._descending = True
        self._exhausted = True

    # Loading ------------------------------------------------------------------------------
    def set_filter(self, flt: CaseFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    @property
    def current_filter(self) -> CaseFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._page(0)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def _page(self, offset: int) -> list[CaseRow]:
        return list_cases(self._store, self._filter, self._sort, self._descending, offset, PAGE_SIZE)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._page(len(self._rows))
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _header(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.CaseIdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, COLUMNS[index.column()])
        return None

    @staticmethod
    def _display(row: CaseRow, key: str) -> str:
        value: Any = {
            "reference": row.reference, "person": row.person_name, "birth_date": row.birth_date,
            "office": row.office_code, "institution": row.institution_code, "status": row.status,
            "opened_on": row.opened_on,
        }[key]
        if isinstance(value, dt.date):
            return i18n.date_text(value)
        if key == "office":
            return i18n.short(reference.by_code(reference.OFFICES, value))
        if key == "institution":
            return i18n.short(reference.by_code(reference.INSTITUTIONS, value))
        if key == "status":
            return i18n.label(reference.by_code(reference.CASE_STATUSES, value))
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def case_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == case_id:
                return number
        return None

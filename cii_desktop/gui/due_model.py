"""Qt model of the "due" panel: open reminders, overdue first and shown in red."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain import generated
from ..storage.store import Store

if TYPE_CHECKING:
    from ..services.cases import DueRow
from . import i18n

HORIZON_DAYS = 30
Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    """Reminders due within the next 30 days, and every overdue one."""

    ReminderIdRole = Qt.ItemDataRole.UserRole + 1
    CaseIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[DueRow] = []
        self.today = dt.date.today()
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(QColor("#b00020"))

    @staticmethod
    def read(store: Store, today: dt.date, limit: int = 20000) -> list[DueRow]:
        """The rows of the panel (callable from a background thread)."""
        from ..services.cases import due_reminders

        with store.reading() as session:
            return due_reminders(session, today + dt.timedelta(days=HORIZON_DAYS), limit)

    def set_rows(self, today: dt.date, rows: list[DueRow]) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = rows
        self.endResetModel()

    def reload(self) -> None:
        """Synchronous refresh (the window reads in the background through ``read``)."""
        today = dt.date.today()
        self.set_rows(today, self.read(self._store, today))

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.due_on < self.today)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (QCoreApplication.translate("DueModel", "Due on"),
                QCoreApplication.translate("DueModel", "Case"),
                QCoreApplication.translate("DueModel", "Person"),
                QCoreApplication.translate("DueModel", "What"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            what = generated.title(row.title, row.title_code, row.title_params, i18n.language())
            return (i18n.date_text(row.due_on), row.reference, row.person_name, what)[index.column()]
        overdue = row.due_on < self.today
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return self._red
        if role == Qt.ItemDataRole.FontRole and overdue:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return QCoreApplication.translate("DueModel", "Overdue")
        if role == self.ReminderIdRole:
            return row.reminder_id
        if role == self.CaseIdRole:
            return row.case_id
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))

"""Qt model of the "due" panel: open reminders in sections (Overdue, Today, Next 7 days, Later), each
headed by its count, so today's work stands out: today's rows bold, overdue ones red (not bold)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

from ..domain import generated
from ..storage.store import Store

if TYPE_CHECKING:
    from ..services.cases import DueRow
from . import i18n

HORIZON_DAYS = 30
WEEK_DAYS = 7
GROUPS = ("overdue", "today", "week", "later")
Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    """Reminders due within the next 30 days, and every overdue one."""

    ReminderIdRole = Qt.ItemDataRole.UserRole + 1
    CaseIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[DueRow] = []
        self._items: list[DueRow | tuple[str, int]] = []  # section headers (group, count) and rows
        self.today = dt.date.today()
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(QColor("#b00020"))
        self._band = QBrush(QColor("#e8eaf0"))

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
        self._items = []
        for group in GROUPS:
            members = [r for r in rows if self.group(r.due_on) == group]
            if members:
                self._items.append((group, len(members)))
                self._items.extend(members)
        self.endResetModel()

    def group(self, due_on: dt.date) -> str:
        if due_on < self.today:
            return "overdue"
        if due_on == self.today:
            return "today"
        return "week" if due_on <= self.today + dt.timedelta(days=WEEK_DAYS) else "later"

    def counts(self) -> dict[str, int]:
        return {group: count for group, count in
                (item for item in self._items if isinstance(item, tuple))}

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._items) and isinstance(self._items[row], tuple)

    def summary(self) -> str:
        """The line above the panel: today's count first, then the overdue count."""
        counts = self.counts()
        parts = [QCoreApplication.translate("DueModel", "%n due today", "", counts.get("today", 0))]
        if counts.get("overdue"):
            parts.append(QCoreApplication.translate("DueModel", "%n overdue", "", counts["overdue"]))
        return " · ".join(parts)

    def reload(self) -> None:
        """Synchronous refresh (the window reads in the background through ``read``)."""
        today = dt.date.today()
        self.set_rows(today, self.read(self._store, today))

    def remove_row(self, row: int) -> None:
        """Drop the reminder shown at ``row`` (its section's count follows; an empty section goes)."""
        item = self._items[row] if 0 <= row < len(self._items) else None
        if item is None or isinstance(item, tuple):
            return
        self.set_rows(self.today, [r for r in self._rows if r is not item])

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.due_on < self.today)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_header(index.row()):
            return Qt.ItemFlag.ItemIsEnabled  # a section header cannot be selected nor marked done
        return super().flags(index)

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
        if not index.isValid() or index.row() >= len(self._items):
            return None
        row = self._items[index.row()]
        if isinstance(row, tuple):
            return self._header_data(row, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            what = generated.title(row.title, row.title_code, row.title_params, i18n.language())
            return (i18n.date_text(row.due_on), row.reference, row.person_name, what)[index.column()]
        overdue = row.due_on < self.today
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return self._red
        if role == Qt.ItemDataRole.FontRole and row.due_on == self.today:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return QCoreApplication.translate("DueModel", "Overdue")
        if role == self.ReminderIdRole:
            return row.reminder_id
        if role == self.CaseIdRole:
            return row.case_id
        return None

    def _header_data(self, header: tuple[str, int], column: int, role: int) -> Any:
        group, count = header
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            label = {"overdue": QCoreApplication.translate("DueModel", "Overdue"),
                     "today": QCoreApplication.translate("DueModel", "Today"),
                     "week": QCoreApplication.translate("DueModel", "Next 7 days"),
                     "later": QCoreApplication.translate("DueModel", "Later")}[group]
            return f"{label} ({count})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._band
        if role == Qt.ItemDataRole.ForegroundRole and group == "overdue":
            return self._red
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 3))


def attach(view: QTableView, model: DueModel) -> None:
    """Show ``model`` in ``view``, each section header spanning the row."""

    def spans() -> None:
        view.clearSpans()
        for row in range(model.rowCount()):
            if model.is_header(row):
                view.setSpan(row, 0, 1, model.columnCount())

    view.setModel(model)
    model.modelReset.connect(spans)
    spans()

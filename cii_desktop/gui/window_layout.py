"""The main window's layout follows its width, so that nothing is cut on a 1366x768 laptop.

Wide (a 1920-pixel screen): the case list and the case detail side by side, the detail's tabs under
its summary. Narrower (the offices' 1366-pixel laptops): the list over the whole width, the detail
under it with the summary and the tabs side by side. In both the list's columns fit its width (no
sideways scrolling) and every detail tab is shown (no scroll arrows on the tab bar); which
arrangement is needed is measured from the texts of the current language, French and German alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QTableView, QTabWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

WIDE, STACKED = "wide", "stacked"
# Typical texts of the columns (reading every cell would cost more than the query); the office,
# the lead institution and the status take the widest of their labels in the current language.
REFERENCE, NAME, DATE = "MON-2026-WWWWMM", "Zurbriggen-Métrailler Jean", "00.00.0000 "
PADDING = 20


def _case_samples() -> tuple[tuple[str, ...], ...]:
    from ..domain import reference
    from . import i18n

    return ((REFERENCE,), (NAME,), (DATE,), tuple(i18n.short(e) for e in reference.OFFICES),
            tuple(i18n.short(e) for e in reference.INSTITUTIONS),
            tuple(i18n.label(e) for e in reference.CASE_STATUSES), (DATE,))


def _fit(table: QTableView, samples: tuple[tuple[str, ...], ...]) -> None:
    bold = QFont(table.font())
    bold.setBold(True)  # bold: overdue rows, headers
    metrics, header, model = QFontMetrics(bold), Qt.Orientation.Horizontal, table.model()
    for column, texts in enumerate(samples):
        title = str(model.headerData(column, header))
        table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in (*texts, title)) + PADDING)


def fit_columns(window: MainWindow) -> None:
    """Column widths of the case list and the due panel from typical texts and the headers."""
    _fit(window.ui.caseTable, _case_samples())
    window.layout_mode.table_width = table_width(window.ui.caseTable)
    _fit(window.ui.dueTable, ((DATE,), (REFERENCE,), (NAME,)))
    window.layout_mode.update(force=True)


def table_width(table: QTableView) -> int:
    """Width the table needs to show all its columns without scrolling sideways (read right after
    the columns are fitted: the last one stretches later)."""
    header = table.horizontalHeader()
    columns = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    return columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 2


def tabs_width(tabs: QTabWidget) -> int:
    """Width the tab widget needs to show every tab's title without scroll arrows."""
    bar = tabs.tabBar()
    return sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 8


class LayoutMode(QObject):
    """Chooses the arrangement each time the window's central area changes width (or language)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.mode = ""
        self.table_width = 0
        self._margins = window.ui.detailLayout.contentsMargins()
        for splitter in (window.ui.splitter, window.ui.detailSplitter):  # the list and the summary
            splitter.setStretchFactor(0, 1)  # take what the window gains or loses
            splitter.setStretchFactor(1, 0)
        for combo in (1, 3, 5):  # the filters' combo boxes widen, not their labels
            window.ui.filterRow.setStretch(combo, 1)
        window.ui.centralwidget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def choose(self, width: int) -> str:
        ui = self.window.ui
        needed = self.table_width + tabs_width(ui.detailTabs) + 3 * self._margins.left() + ui.splitter.handleWidth()
        return WIDE if width >= needed else STACKED

    def update(self, force: bool = False) -> None:
        ui = self.window.ui
        width = ui.centralwidget.width()
        mode = self.choose(width)
        if mode == self.mode and not force:
            return
        changed, self.mode = mode != self.mode, mode
        wide = mode == WIDE
        ui.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        ui.detailSplitter.setOrientation(Qt.Orientation.Vertical if wide else Qt.Orientation.Horizontal)
        left, top = (self._margins.left(), self._margins.top()) if wide else (0, 0)
        ui.detailLayout.setContentsMargins(left, top, 0, self._margins.bottom())
        self._filters_beside_search(not wide)
        if changed or force:  # once the splitters have their new geometry (or the texts changed)
            QTimer.singleShot(0, self, self._share)

    def _filters_beside_search(self, beside: bool) -> None:
        """Over the whole width the filters follow the search field on its row (a row of height
        saved for the list); beside the detail they have a row of their own."""
        ui = self.window.ui
        row, inside = ui.filterRow, ui.filterRow.parent()
        target = ui.searchRow if beside else ui.listLayout
        if inside is target:
            return
        if isinstance(inside, QBoxLayout):
            inside.removeItem(row)
        if beside:
            ui.searchRow.addLayout(row, 3)
            ui.searchRow.setStretch(1, 2)
        else:
            ui.listLayout.insertLayout(ui.listLayout.indexOf(ui.caseTable), row)

    def _share(self) -> None:
        """Share the splitters between the list, the summary and the tabs of the current mode."""
        ui, wide = self.window.ui, self.mode == WIDE
        width = ui.splitter.width()
        if wide:
            table = self.table_width + self._margins.left() + 6
            ui.splitter.setSizes([table, max(1, width - table)])
            ui.detailSplitter.setSizes([1, 1])
        else:
            height = max(2, ui.splitter.height())
            ui.splitter.setSizes([height // 2, height - height // 2])
            tabs = tabs_width(ui.detailTabs) + self._margins.left()
            ui.detailSplitter.setSizes([max(1, width - tabs), tabs])


def restore_size(window: MainWindow, geometry: QByteArray | None) -> None:
    """The size the user left the window at; the first time, the whole free area of a laptop's
    screen (the designed size would leave a 1366-pixel screen's edge unused)."""
    if geometry is not None:
        window.restoreGeometry(geometry)
        return
    screen = window.screen()
    if screen is not None and screen.availableGeometry().width() < 1600:
        from .screen_fit import FRAME

        area = screen.availableGeometry()
        window.resize(area.width() - FRAME[0], area.height() - FRAME[1])
        window.move(area.topLeft())


DUE_ROWS = 6  # rows of the due panel visible at least (a section header and five reminders)


def due_table_height(window: MainWindow, rows: int = DUE_ROWS) -> int:
    """Height of the due table showing ``rows`` rows under its column titles."""
    table = window.ui.dueTable
    return (rows * table.verticalHeader().defaultSectionSize() + table.horizontalHeader().sizeHint().height()
            + 2 * table.frameWidth())


def due_height(window: MainWindow) -> int:
    """The due panel's first height: its table shows DUE_ROWS rows, plus the line under it and the
    panel's title (on a 1366x768 laptop too: the list and the detail keep what they need)."""
    ui = window.ui
    layout = ui.dueLayout
    margins = layout.contentsMargins()
    below = max(ui.dueSummary.sizeHint().height(), ui.dueDoneButton.sizeHint().height())
    title = ui.dueDock.fontMetrics().height() + 8
    return due_table_height(window) + below + layout.spacing() + margins.top() + margins.bottom() + title


def keep_due_rows(window: MainWindow) -> None:
    """The due table never shrinks below DUE_ROWS rows (the dock's edge is a splitter: it may grow)."""
    window.ui.dueTable.setMinimumHeight(due_table_height(window))

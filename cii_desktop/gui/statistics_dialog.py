"""The Statistics window: the year's figures (Bureau: every institution; others: their own), tables and charts,
computed by the database off the GUI thread; the annual report saved as PDF or xlsx; the register import.

PySide6-Essentials has no QtCharts: the charts are drawn with QPainter (bars with their values)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import reference
from ..domain.errors import ValidationFailed
from ..services import permissions
from ..services.profile import Profile
from ..storage.store import Store
from . import i18n, tasks
from .app import error_box
from .generated.ui_statistics_dialog import Ui_StatisticsDialog
from .messages import message

ACCENT = QColor("#c8102e")
REGIONS = ("SION", "SIERRE", "MARTIGNY", "MONTHEY", "UPPER_VALAIS")
INSTITUTIONS = ("ORP", "CMS", "OAI", "OSP", "ADDICTION", "SUVA")


def is_bureau(store: Store) -> bool:
    """Every institution's figures (permissions table: ``statistics.all_institutions``); other users
    see their own institution only (the services refuse any other)."""
    from ..services import permissions

    return permissions.may(store, "statistics.all_institutions")


class BarChart(QWidget):
    """A titled bar chart with each bar's value (QPainter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[int] = []
        self.empty = ""  # said instead of bars when every value is zero (no row of "0" bars)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, title: str, labels: list[str], values: list[int], empty: str = "") -> None:
        self.title, self.labels, self.values, self.empty = title, labels, values, empty
        self.update()

    def shows_bars(self) -> bool:
        return any(self.values)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(0, 0, self.width(), line + 2), Qt.AlignmentFlag.AlignLeft, self.title)
        top, bottom = line * 2 + 4, self.height() - line * 2 - 4
        if not self.shows_bars():  # nothing to draw: the report's line for it (as in the PDF)
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRectF(10, top, self.width() - 20, bottom - top),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty)
            painter.end()
            return
        count = max(len(self.values), 1)
        slot = (self.width() - 20) / count
        peak = max([*self.values, 1])
        painter.drawLine(10, int(bottom), self.width() - 10, int(bottom))
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=False)):
            height = (bottom - top) * value / peak
            x = 10 + i * slot + slot * 0.15
            painter.fillRect(QRectF(x, bottom - height, slot * 0.7, height), ACCENT)
            painter.drawText(QRectF(x - slot * 0.15, bottom - height - line - 2, slot, line),
                             Qt.AlignmentFlag.AlignHCenter, str(value))
            painter.drawText(QRectF(x - slot * 0.15, bottom + 2, slot, line * 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, label)
        painter.end()


class StatisticsDialog(QDialog):
    def __init__(self, store: Store, profile: Profile | None, parent: QWidget | None = None,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatisticsDialog()
        self.ui.setupUi(self)
        self.store, self.profile = store, profile
        self.bureau = is_bureau(store)
        self.figures: dict[str, Any] | None = None
        self.months: dict[str, int] = {}
        self._generation = 0
        today = dt.date.today()
        self.ui.yearSpin.setValue(year or today.year)
        for edit in (self.ui.fromDate, self.ui.toDate):  # dd.MM.yyyy (the .ui's display format)
            edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.ui.fromDate.setDate(QDate(today.year, 1, 1))
        self.ui.toDate.setDate(QDate(today.year, today.month, today.day))
        self._fill_periods()
        self._second_filter_row()
        charts = QWidget()
        layout = QVBoxLayout(charts)
        self.charts = [BarChart(charts) for _ in range(5)]
        for chart in self.charts:
            layout.addWidget(chart)
        layout.addStretch(1)
        self.ui.chartsArea.setWidget(charts)
        self.ui.figuresTable.setColumnCount(2)
        self.ui.figuresTable.verticalHeader().setVisible(False)
        self.ui.figuresTable.horizontalHeader().setStretchLastSection(True)
        self._fill_filters()
        self.ui.importButton.setVisible(permissions.may(store, "register.import"))
        self.ui.yearSpin.valueChanged.connect(self.refresh)
        self.ui.periodCombo.currentIndexChanged.connect(self._period_kind_changed)
        self.ui.fromDate.dateChanged.connect(self.refresh)
        self.ui.toDate.dateChanged.connect(self.refresh)
        self.ui.regionCombo.currentIndexChanged.connect(self.refresh)
        self.ui.institutionCombo.currentIndexChanged.connect(self.refresh)
        self.ui.exportButton.clicked.connect(self.save_report)
        self.ui.importButton.clicked.connect(self.open_import)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def _fill_periods(self) -> None:
        combo = self.ui.periodCombo
        current = combo.currentData() or "year"
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Year"), "year")
        combo.addItem(self.tr("From – to"), "period")
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._show_period_kind()

    def _show_period_kind(self) -> None:
        by_year = self.ui.periodCombo.currentData() != "period"
        self.ui.yearSpin.setVisible(by_year)
        for widget in (self.ui.fromLabel, self.ui.fromDate, self.ui.toLabel, self.ui.toDate):
            widget.setVisible(not by_year)

    def _second_filter_row(self) -> None:
        """Region and institution on a row of their own: with "From … to" (German words are long) one row
        would widen the dialog past a 1366 px screen and cut its buttons."""
        row = QHBoxLayout()
        for widget in (self.ui.regionLabel, self.ui.regionCombo, self.ui.institutionLabel, self.ui.institutionCombo):
            self.ui.filterLayout.removeWidget(widget)
            row.addWidget(widget)
        row.addStretch(1)
        self.ui.dialogLayout.insertLayout(1, row)

    def _period_kind_changed(self) -> None:
        if self.ui.periodCombo.currentData() == "period":  # "from … to" starts as the year selected
            year, today = self.ui.yearSpin.value(), dt.date.today()
            self._set_dates(dt.date(year, 1, 1), today if year == today.year else dt.date(year, 12, 31))
        self._show_period_kind()
        self.refresh()

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.ui.fromDate, start), (self.ui.toDate, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show the figures from ``start`` to ``end`` (both included)."""
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData("period"))
        combo.blockSignals(False)
        self._set_dates(start, end)
        self._show_period_kind()
        self.refresh()

    def _fill_filters(self) -> None:
        for combo, table, codes in ((self.ui.regionCombo, reference.OFFICES, REGIONS),
                                    (self.ui.institutionCombo, reference.INSTITUTIONS, INSTITUTIONS)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for code in codes:
                combo.addItem(i18n.label(reference.by_code(table, code)), code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        if not self.bureau and self.profile is not None:  # other users see their own institution only
            self.ui.institutionCombo.setCurrentIndex(max(self.ui.institutionCombo.findData(
                self.profile.institution_code), 0))
            self.ui.institutionCombo.setEnabled(False)

    def scope(self) -> Any:
        from ..services import statistics

        institution = self.ui.institutionCombo.currentData()
        if not self.bureau and self.profile is not None:
            institution = self.profile.institution_code
        region = self.ui.regionCombo.currentData()
        if self.ui.periodCombo.currentData() == "period":  # ValidationFailed when "to" is before "from"
            return statistics.Scope.period(self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython(),
                                           region, institution)
        return statistics.Scope.year(self.ui.yearSpin.value(), region, institution)

    def refresh(self) -> None:
        """Compute the figures off the GUI thread; a newer request wins over an older one."""
        from ..services import statistics

        self._generation += 1
        try:
            scope = self.scope()
        except ValidationFailed as exc:  # the period's end before its start: said, nothing computed
            self.figures = None
            self.ui.exportButton.setEnabled(False)
            self.ui.summaryLabel.setText(message(exc.errors[0].code))
            self.ui.figuresTable.setRowCount(0)  # no figure of another period left on show
            for chart in self.charts:
                chart.set_data("", [], [], "")
            return
        generation, store = self._generation, self.store
        self.ui.exportButton.setEnabled(True)
        self.ui.summaryLabel.setText(self.tr("Computing…"))

        def read(_ctx: tasks.TaskContext) -> tuple[int, dict[str, Any], dict[str, int]]:
            return (generation, *statistics.figures_for(store, scope)[1:])  # the services check the scope

        def done(result: tuple[int, dict[str, Any], dict[str, int]]) -> None:
            if result[0] == self._generation:
                self.figures, self.months = result[1], result[2]
                self.show_figures()

        def failed(exc: BaseException) -> None:
            self.ui.summaryLabel.setText("")
            error_box(self, str(getattr(exc, "code", "store.error")))

        tasks.start(read, done, failed)

    def show_figures(self) -> None:
        from ..documents import annual_report as report

        if self.figures is None:
            return
        language = i18n.language()
        f = self.figures
        self.ui.summaryLabel.setText(report.announced(f, language))
        rows: list[tuple[str, str]] = []
        for title, _header, body in report.tables(f, self.months, language):
            rows.append((title, ""))
            rows += [(f"    {label}", str(value)) for label, value in body]
        table = self.ui.figuresTable
        table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Count")])
        table.setRowCount(len(rows))
        for i, (label, value) in enumerate(rows):
            item = QTableWidgetItem(label)
            if not value:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(i, 0, item)
            table.setItem(i, 1, QTableWidgetItem(value))
        table.resizeColumnToContents(0)
        a, r, d = f["assessment"], f["round_table"], f["tandem"]
        data = [(report.t("per_month", language), [m[5:] for m in self.months], list(self.months.values())),
                (report.t("by_institution", language), [report.institution(k, language) for k in f["by_institution"]],
                 list(f["by_institution"].values())),
                (report.t("assessment_h", language), [report.short_outcome(k, language) for k in a["outcomes"]],
                 list(a["outcomes"].values())),
                (report.t("round_table_h", language), [report.short_outcome(k, language) for k in r["outcomes"]],
                 list(r["outcomes"].values())),
                (f"{report.t('tandem_h', language)} – {report.t('rate', language)} "
                 f"{report.percent(d['employment_rate'], language)}",
                 [report.short_outcome(k, language) for k in d["outcomes"]], list(d["outcomes"].values()))]
        empty = [report.no_data(key, f, language) for key in (
            "no_announcement", "no_announcement",
            "no_assessment_outcome" if a["held"] else "no_assessment",
            "no_round_table_outcome" if r["held"] else "no_round_table",
            "no_tandem_outcome" if d["total"] else "no_tandem")]
        for chart, (title, labels, values), line in zip(self.charts, data, empty, strict=True):
            chart.set_data(title, [label.replace("\n", " ") for label in labels], values, line)

    def save_report(self) -> None:
        """The annual report of the figures shown, PDF or xlsx, rendered off the GUI thread."""
        if self.figures is None:
            return
        period = self.figures.get("period")
        stem = f"{period['from']}_{period['to']}" if period else str(self.figures["year"])
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the annual report"), f"rapport-cii-{stem}.pdf",
                                              self.tr("PDF (*.pdf);;Excel (*.xlsx)"))
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() not in (".pdf", ".xlsx"):
            out = out.with_suffix(".pdf")
        figures, months, language = self.figures, self.months, i18n.language()
        confirmed = out == Path(name)  # the file dialog asked before replacing this very name

        def write(_ctx: tasks.TaskContext) -> Path:
            from ..documents import annual_report
            from ..paths import write_private

            render = annual_report.render_pdf if out.suffix.lower() == ".pdf" else annual_report.render_xlsx
            write_private(out, render(figures, months, language), force=confirmed)
            return out

        def failed(exc: BaseException) -> None:
            error_box(self, "cli.file_error")

        self.saved: Path | None = None
        tasks.start(write, lambda path: setattr(self, "saved", path), failed)

    def open_import(self) -> None:
        from .register_wizard import RegisterWizard

        wizard = RegisterWizard(self.store, self)
        wizard.finished.connect(lambda _result: self.refresh())
        wizard.open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_periods()
            self._fill_filters()
            self.show_figures()
        super().changeEvent(event)


class StatisticsMenu(QObject):
    """The Bureau menu's two entries (statistics, register import), kept translated."""

    def __init__(self, window: QMainWindow, menu: Any, store: Store, profile: Profile | None) -> None:
        super().__init__(window)
        self.window, self.store, self.profile = window, store, profile
        self.statistics = QAction(window)
        self.statistics.triggered.connect(self.open_statistics)
        self.register = QAction(window)
        self.register.triggered.connect(self.open_register)
        menu.addSeparator()
        menu.addAction(self.statistics)
        menu.addAction(self.register)
        menu.aboutToShow.connect(self.retranslate)  # the register entry follows the current roles
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.statistics.setText(self.tr("&Statistics and annual report…"))
        self.register.setText(self.tr("&Import the register (Excel)…"))
        self.register.setVisible(permissions.may(self.store, "register.import"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_statistics(self) -> StatisticsDialog:
        dialog = StatisticsDialog(self.store, self.profile, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_register(self) -> None:
        from .register_wizard import RegisterWizard

        wizard = RegisterWizard(self.store, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()


"""Sync in the window: the action and its shortcut, automatic runs, the status line, conflict review."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QTableWidgetItem,
    QToolButton,
)

from ..domain.dates import format_date
from ..services import sync as sync_service
from ..services.profile import roster_members
from . import conflict_labels as labels
from . import sync_refresh, tasks
from .generated.ui_sync_dialog import Ui_SyncDialog
from .messages import message

if TYPE_CHECKING:
    from ..storage.store import Store
    from .main_window import MainWindow

log = logging.getLogger(__name__)
AUTO_INTERVAL_MS = 5 * 60 * 1000  # automatic sync every five minutes when the share is reachable
STATUS_WIDTH = 720  # px: the sync line never widens the window nor hides the status bar's messages


def _moment(value: dt.datetime) -> str:
    local = value.replace(tzinfo=dt.timezone.utc).astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def notices(report: sync_service.SyncReport | None, store: Store | None = None) -> list[str]:
    """The last sync's notices in the user's language, each with its workstation or file (then what
    the administrator's workstation did on the share), and "update CII Desktop" while batches of a
    newer version wait here."""
    codes: list[tuple[str, str]] = []
    if report is not None:
        codes = [(report.offline_reason, "")] if report.offline else [*report.problems, *report.information]
    if store is not None and sync_service.pending_update(store):
        codes.append(("sync.update_app", ""))
    return [message(code) + (f" [{detail}]" if detail else "") for code, detail in codes]


class SyncDialog(QDialog):
    """Open conflicts side by side (keep either value) and the refused batches with their reason."""

    def __init__(self, window: MainWindow, report: sync_service.SyncReport | None = None) -> None:
        super().__init__(window)
        self.ui = Ui_SyncDialog()
        self.ui.setupUi(self)
        self.store = window.store
        self.report = report
        self.conflicts: list[sync_service.Conflict] = []
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.keepAppliedButton.clicked.connect(lambda: self.keep(other=False))
        self.ui.keepOtherButton.clicked.connect(lambda: self.keep(other=True))
        self.ui.conflictTable.itemSelectionChanged.connect(self._update_buttons)
        for table in (self.ui.conflictTable, self.ui.quarantineTable):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        self.reload()

    def reload(self) -> None:
        self.conflicts = sync_service.open_conflicts(self.store)
        table = self.ui.conflictTable
        headers = [QCoreApplication.translate("Sync", "Case"), QCoreApplication.translate("Sync", "Field"),
                   QCoreApplication.translate("Sync", "Applied value"),
                   QCoreApplication.translate("Sync", "Applied value: changed by"),
                   QCoreApplication.translate("Sync", "Other value"),
                   QCoreApplication.translate("Sync", "Other value: changed by")]
        headers = [h.replace(": ", ":\n") for h in headers]  # "Other value:" over "changed by": fits its column
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.conflicts))
        members = roster_members(self.store)
        for row, c in enumerate(self.conflicts):
            cells = (c.case_reference, labels.field_label(c.field), labels.value_text(c.field, c.kept_value),
                     f"{labels.workstation_text(c.kept_author, members)}, {_moment(c.kept_at)}",
                     labels.value_text(c.field, c.other_value),
                     f"{labels.workstation_text(c.other_author, members)}, {_moment(c.other_at)}")
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        metrics = table.horizontalHeader().fontMetrics()
        for column, title in enumerate(headers):  # both values side by side, wrapped, titles whole
            whole = max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 16
            table.setColumnWidth(column, max(whole, min(table.columnWidth(column), 190)))
        table.setWordWrap(True)
        table.resizeRowsToContents()
        refused = sync_service.quarantine(self.store)
        qtable = self.ui.quarantineTable
        qheaders = [QCoreApplication.translate("Sync", "Workstation"), QCoreApplication.translate("Sync", "File"), QCoreApplication.translate("Sync", "Reason"), QCoreApplication.translate("Sync", "Last seen")]
        qtable.clear()
        qtable.setColumnCount(len(qheaders))
        qtable.setHorizontalHeaderLabels(qheaders)
        qtable.setRowCount(len(refused))
        for row, (workstation, name, code, seen) in enumerate(refused):
            who = labels.workstation_text(workstation, members)
            for column, text in enumerate((who, name, message(code), _moment(seen))):
                qtable.setItem(row, column, QTableWidgetItem(text))
        qtable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        text = QCoreApplication.translate("Sync", "%1, %2.").replace(  # each count with its own plural
            "%1", QCoreApplication.translate("Sync", "%n open conflict(s)", "", len(self.conflicts))).replace(
            "%2", QCoreApplication.translate("Sync", "%n refused batch(es)", "", len(refused)))
        self.ui.statusLabel.setText("\n".join([text, *notices(self.report, self.store)]))
        self.ui.statusLabel.setWordWrap(True)
        if self.conflicts:
            table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.ui.conflictTable.selectionModel().selectedRows())
        self.ui.keepAppliedButton.setEnabled(selected)
        self.ui.keepOtherButton.setEnabled(selected)

    def keep(self, other: bool) -> None:
        rows = self.ui.conflictTable.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts[rows[0].row()]
        sync_service.resolve_conflict(self.store, conflict.id, keep_other=other)
        self.reload()


class SyncController(QObject):
    """Runs sync off the GUI thread on demand, every few minutes, at start and at quit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: tasks.Task | None = None
        self.last_report: sync_service.SyncReport | None = None
        self.last_error: str | None = None
        self._closing = False  # a last sync runs; the window closes when it ends
        self.quit_done = False
        self._quit_dialog: QProgressDialog | None = None
        self.label = QLabel(window)
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(140)
        self.progress.setRange(0, 4)
        self.cancel_button = QToolButton(window)
        self.cancel_button.clicked.connect(self.cancel)
        bar = window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_running(False)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.start(automatic=True))
        window.ui.actionSync.triggered.connect(lambda: self.start())
        window.ui.actionSyncReview.triggered.connect(self.review)
        self.retranslate()

    @property
    def share(self) -> Path | None:
        text = self.window.settings.share_dir
        return Path(text) if text else None

    def in_network(self) -> bool:
        from ..sync.config import load

        return load(self.window.store) is not None

    def start_up(self) -> None:
        self.timer.start()
        self.refresh_status()
        if self.in_network():
            self.start(automatic=True)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.window.ui.actionSync.setEnabled(not running)

    def start(self, automatic: bool = False) -> tasks.Task | None:
        lifecycle = getattr(self.window, "lifecycle", None)
        if self.task is not None or (lifecycle is not None and lifecycle.busy):
            return None  # never beside an erasure's compaction (a VACUUM): the next turn syncs
        if not self.in_network():
            if not automatic:
                self.window.statusBar().showMessage(message("sync.no_network"), 8000)
            return None
        store, share = self.window.store, self.share

        def work(ctx: tasks.TaskContext) -> sync_service.SyncReport:
            return sync_service.run_sync(store, share, check=ctx.check_cancelled, progress=ctx.progress)

        self._set_running(True)
        self.progress.setValue(0)
        self.task = tasks.start(work, self._done, self._failed, on_progress=self._progress,
                                on_cancelled=self._cancelled)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, _total: int = 4) -> None:
        self.progress.setValue(done)
        if self._quit_dialog is not None:
            self._quit_dialog.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self._set_running(False)
        self.refresh_status()
        if self._closing:  # the last sync before closing has ended (done, failed or cancelled)
            self._closing, self.quit_done = False, True
            if self._quit_dialog is not None:
                self._quit_dialog.reset()
                self._quit_dialog.deleteLater()
                self._quit_dialog = None
            QTimer.singleShot(0, self.window.close)

    def _done(self, report: sync_service.SyncReport) -> None:
        self.last_report, self.last_error = report, None
        self._finish()
        watch = getattr(self.window, "outside", None)
        if watch is not None:  # what this sync committed is shown now: not refreshed again by the watch
            watch.mark_seen()
        sync_refresh.after_sync(self.window, report.received_changes)
        lifecycle = getattr(self.window, "lifecycle", None)
        if lifecycle is not None and not self.quit_done:  # an erasure received or ordered: compacted now
            lifecycle.compact_when_owed()
        if report.conflicts:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Sync", "%n new conflict(s) to review (Sync menu).", "", report.conflicts), 10000)

    def _failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "store.error")
        log.warning("sync failed: %s", code)
        self.last_error = code if isinstance(code, str) else "store.error"
        self._finish()

    def _cancelled(self) -> None:
        self._finish()
        self.window.statusBar().showMessage(QCoreApplication.translate("Sync", "Synchronisation cancelled."), 5000)

    def refresh_status(self) -> None:
        full = self.status_text()  # shortened with "…" to STATUS_WIDTH; the whole line in the tooltip
        self.label.setText(self.label.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, STATUS_WIDTH))
        self.label.setToolTip("\n".join([full, *notices(self.last_report, self.window.store)]))

    def status_text(self) -> str:
        store = self.window.store
        if not self.in_network():
            return QCoreApplication.translate("Sync", "Not in a sync network: working on this computer only")
        state = sync_service.status(store)
        parts = []
        report = self.last_report
        if report is not None and report.offline:
            parts.append(message(report.offline_reason or "share.unreachable"))
        elif report is not None and report.problems:  # what needs attention, with what to do
            parts.append(message(report.problems[0][0]))
            if len(report.problems) > 1:
                parts.append(QCoreApplication.translate("Sync", "%n more notice(s) in the Sync dialog", "",
                                                        len(report.problems) - 1))
        elif self.last_error:
            parts.append(message(self.last_error))
        if state.last_sync:
            parts.append(QCoreApplication.translate("Sync", "Last sync %1").replace("%1", _moment(state.last_sync)))
        else:
            parts.append(QCoreApplication.translate("Sync", "Never synchronised"))
        parts.append(QCoreApplication.translate("Sync", "%n change(s) to send", "", state.pending))
        if state.held_back:
            parts.append(QCoreApplication.translate("Sync", "%n kept here (no consent)", "", state.held_back))
        if state.held_outside:
            parts.append(QCoreApplication.translate(
                "Sync", "%n kept on this computer (this workstation is outside the consent's scope)", "",
                state.held_outside))
        if self.last_report is not None and not self.last_report.offline:
            parts.append(QCoreApplication.translate("Sync", "%n received", "", self.last_report.received_changes))
        if state.conflicts:
            parts.append(QCoreApplication.translate("Sync", "%n conflict(s)", "", state.conflicts))
        if state.quarantined:
            parts.append(QCoreApplication.translate("Sync", "%n refused batch(es)", "", state.quarantined))
        if state.skewed:
            parts.append(QCoreApplication.translate("Sync", "clock wrong on %n workstation(s)", "", len(state.skewed)))
        return " · ".join(parts)

    def review(self) -> None:
        SyncDialog(self.window, self.last_report).exec()
        self.refresh_status()

    def at_quit(self) -> bool:
        """True when the window may close now. Otherwise a last sync runs off the GUI thread, with a
        progress dialog whose Cancel stops it; the window closes by itself when it ends."""
        if self.quit_done or not self.in_network():
            return True
        if self.task is None and self.start(automatic=True) is None:
            return True
        if not self._closing:
            self._closing = True
            dialog = QProgressDialog(QCoreApplication.translate("Sync", "Last synchronisation before closing…"),
                                     QCoreApplication.translate("Sync", "Cancel"), 0, 4, self.window)
            dialog.setWindowTitle(QCoreApplication.translate("Sync", "Synchronisation"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self._quit_dialog = dialog
            dialog.show()
        return False

    def retranslate(self) -> None:
        self.cancel_button.setText(QCoreApplication.translate("Sync", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate("Sync", "Cancel the synchronisation"))
        self.refresh_status()


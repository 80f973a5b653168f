"""The lifecycle in the window (issue 14): right of access on the selected case's person, erasure
of a person and the retention list (Bureau role only: permissions table ``erasure.confirm``), and
the compaction an erasure leaves owed.

The work runs off the GUI thread (gui/tasks.py) through the services (services.access_export,
services.erasure, services.compaction). A compaction (a VACUUM) never runs beside the window's own
sync: the sync does not start while one runs, and one starts only when no sync runs. When it cannot
get through (the database busy, a full disk) the compaction stays owed and is retried after the
next sync or before the next daily backup; a failure is said once in the status bar.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from ..services import compaction, erasure, permissions
from . import i18n, tasks
from .messages import message

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
STATUS_MS = 30_000


class LifecycleActions(QObject):
    """The Case menu's "Right of access…" and "Erase this person…", the Bureau menu's "Retention…",
    the case list's context menu, and the compaction after an erasure."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.busy = False  # an erasure or a compaction is running: no sync starts meanwhile
        self.task: tasks.Task | None = None
        self.last_status = ""  # the last line said in the status bar (tests read it)
        self.last_result = ""  # the full text of the last result's message box
        self.result_box: QMessageBox | None = None
        self._failure_said = False
        self.access = QAction(window)
        self.access.triggered.connect(lambda: self.open_access())
        self.erase = QAction(window)
        self.erase.triggered.connect(lambda: self.open_erase())
        self.retention = QAction(window)
        self.retention.triggered.connect(lambda: self.open_retention())
        window.ui.menuCase.addSeparator()
        window.ui.menuCase.addAction(self.access)
        window.ui.menuCase.addAction(self.erase)
        window.ui.menuBureau.addAction(self.retention)
        for menu in (window.ui.menuCase, window.ui.menuBureau):
            menu.aboutToShow.connect(self.update_actions)
        table = window.ui.caseTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        window.installEventFilter(self)
        self.retranslate()

    # Menus --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.access.setText(self.tr("Right of &access…"))
        self.erase.setText(self.tr("&Erase this person…"))
        self.retention.setText(self.tr("&Retention…"))
        self.update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.w and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.w and event.type() == QEvent.Type.Close and self.task is not None:
            self.task.cancel()  # a VACUUM stops at once; the compaction stays owed
        return False

    def update_actions(self) -> None:
        bureau = permissions.may(self.w.store, "erasure.confirm")
        selected = self.w.current_case_id is not None
        self.access.setEnabled(selected)
        self.erase.setVisible(bureau)
        self.erase.setEnabled(bureau and selected and not self.busy)
        self.retention.setVisible(bureau)
        self.retention.setEnabled(bureau and not self.busy)

    def _context_menu(self, pos: QPoint) -> None:
        table = self.w.ui.caseTable
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())
        self.update_actions()
        menu = QMenu(table)
        menu.addAction(self.w.ui.actionEditPerson)
        menu.addAction(self.w.ui.actionEditCase)
        menu.addSeparator()
        menu.addAction(self.access)
        if self.erase.isVisible():
            menu.addAction(self.erase)
        menu.exec(table.viewport().mapToGlobal(pos))

    def _person(self) -> tuple[str, str, str] | None:
        """(person id, case reference, last name) of the selected case."""
        if not self.w.current_case_id:
            return None
        row = self.w.store.read_connection().execute(
            "SELECT c.person_id, c.reference, p.last_name FROM case_file c JOIN person p ON p.id = c.person_id "
            "WHERE c.id = ?", (self.w.current_case_id,)).fetchone()
        return (str(row[0]), str(row[1]), str(row[2])) if row else None

    def say(self, text: str, msecs: int = STATUS_MS) -> None:
        self.last_status = text
        self.w.statusBar().showMessage(text, msecs)

    def tell(self, short: str, full: str, warning: bool = False) -> None:
        """A result: a short line in the status bar, and the whole text in a message box that stays
        until read (opened without blocking: a status tip or the sync line never hides it)."""
        self.say(short, STATUS_MS)
        self.last_result = full
        if self.result_box is not None:
            self.result_box.close()
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, "CII Desktop", full, QMessageBox.StandardButton.Ok, self.w)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths arrive as typed: never markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: setattr(self, "result_box", None))
        self.result_box = box
        box.open()

    def _refused(self, exc: BaseException) -> None:
        code = str(getattr(exc, "code", "store.error"))
        log.warning("lifecycle action failed: %s", code)
        QMessageBox.warning(self.w, self.w.windowTitle(), message(code))

    # Right of access ----------------------------------------------------------------------------
    def open_access(self) -> tasks.Task | None:
        """Ask the language and the file, then write the PDF and the JSON off the GUI thread."""
        from .lifecycle_dialogs import AccessDialog

        person = self._person()
        if person is None:
            return None
        person_id, reference, _last = person
        chosen = AccessDialog(reference, self.w)
        accepted = chosen.exec() == QDialog.DialogCode.Accepted
        pdf, json_path, language = chosen.pdf_path(), chosen.json_path(), chosen.chosen_language()
        _dispose(chosen)
        if not accepted:
            return None
        if pdf is None or json_path is None:
            return None
        existing = [p for p in (pdf, json_path) if p.exists()]
        if existing and QMessageBox.question(
                self.w, self.tr("Right of access"),
                self.tr("These files already exist:\n%1\nReplace them?").replace(
                    "%1", "\n".join(str(p) for p in existing)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            self.say(self.tr("Nothing was written: the files already exist."))
            return None
        store, force = self.w.store, bool(existing)

        def work(_ctx: tasks.TaskContext) -> list[Path]:
            from ..services import access_export

            return access_export.write(access_export.gather(store, person_id), pdf, json_path, language, force=force)

        busy = self._busy_dialog(self.tr("Writing the right-of-access export…"), cancel=False)

        def done(written: list[Path]) -> None:
            _dispose(busy)
            self.tell(self.tr("Right of access written."),
                      self.tr("Right of access written:\n%1").replace("%1", "\n".join(str(p) for p in written)))

        def failed(exc: BaseException) -> None:
            _dispose(busy)
            if isinstance(exc, FileExistsError):  # planted meanwhile: what this run wrote was taken back
                self.tell(self.tr("Right of access: nothing was written."),
                          self.tr("Nothing was written: the files already exist."), warning=True)
                return
            if isinstance(exc, OSError):
                log.warning("right of access not written: %s", type(exc).__name__)
                self.tell(self.tr("Right of access: nothing was written."),
                          self.tr("The files could not be written there (the folder does not exist or cannot be "
                                  "written to, or the disk is full); nothing was written."), warning=True)
                return
            self._refused(exc if hasattr(exc, "code") else _Coded("store.error"))

        return tasks.start(work, done, failed)

    def _busy_dialog(self, text: str, cancel: bool) -> QProgressDialog:
        dialog = QProgressDialog(text, self.tr("Cancel") if cancel else "", 0, 0, self.w)
        if not cancel:
            dialog.setCancelButton(None)
        dialog.setWindowTitle("CII Desktop")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        return dialog

    # Erasure ------------------------------------------------------------------------------------
    def _sync_running(self) -> bool:
        sync = self.w._sync
        if self.busy or (sync is not None and sync.task is not None):
            self.say(self.tr("A synchronisation or an erasure is running: try again when it has ended."))
            return True
        return False

    def open_erase(self) -> tasks.Task | None:
        """The preview with its confirmation, then the erasure and the compaction off the GUI thread."""
        from .lifecycle_dialogs import EraseDialog

        person = self._person()
        if person is None or self._sync_running():
            return None
        person_id, _reference, last_name = person
        try:
            shown = erasure.preview(self.w.store, person_id)
            permissions.require(self.w.store, "erasure.confirm")
        except Exception as exc:  # noqa: BLE001 - said in words
            self._refused(exc)
            return None
        chosen = EraseDialog(shown, last_name, self.w, in_network=self.w.sync.in_network())
        accepted = chosen.exec() == QDialog.DialogCode.Accepted
        _dispose(chosen)
        if not accepted:
            return None
        store = self.w.store
        return self.run_erasure(lambda: erasure.order_erasure(store, person_id, confirmed=True), 1,
                                shown.display_name)

    def open_retention(self, today: dt.date | None = None,
                       shown: Callable[[QDialog], None] | None = None) -> tasks.Task | None:
        """The persons due (read off the GUI thread), then "Erase these N persons"."""
        if self._sync_running():
            return None
        store, language, day = self.w.store, i18n.language(), today or dt.date.today()

        def read(_ctx: tasks.TaskContext) -> tuple[list[tuple[str, str]], list[dict[str, str]]]:
            proposed = erasure.due(store, day)
            return proposed, erasure.describe_due(store, proposed, language)

        def show(result: tuple[list[tuple[str, str]], list[dict[str, str]]]) -> None:
            from .lifecycle_dialogs import RetentionDialog

            proposed, rows = result
            dialog = RetentionDialog(rows, erasure.rules(), day, self.w, in_network=self.w.sync.in_network())
            if shown is not None:  # tests: the dialog as it opens
                shown(dialog)
                return
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            _dispose(dialog)
            if accepted and proposed:
                self.erase_due(proposed)

        return tasks.read_with_progress(read, show, self.tr("Looking for the persons due for erasure…"), self.w)

    def erase_due(self, proposed: list[tuple[str, str]]) -> tasks.Task | None:
        if self._sync_running():
            return None
        store = self.w.store
        return self.run_erasure(lambda: erasure.order_erasures(store, proposed, confirmed=True), len(proposed))

    def run_erasure(self, order: Callable[[], int], persons: int, name: str = "") -> tasks.Task:
        """The erasure (one transaction, not cancellable), then the compaction with a Cancel button
        (a cancel leaves the erasure done and the compaction owed)."""
        store = self.w.store
        dialog = self._busy_dialog(self.tr("Erasing…"), cancel=True)
        self.progress_dialog = dialog

        def work(ctx: tasks.TaskContext) -> tuple[int, Any]:
            rows = order()
            ctx.progress(1, 2)
            if ctx.cancelled:
                return rows, compaction.CompactionError("compaction.cancelled")
            try:
                compaction.compact(store, progress=lambda: ctx.cancelled)
            except compaction.CompactionError as exc:
                return rows, exc
            return rows, None

        def progress(done: int, _total: int) -> None:
            if done >= 1:
                dialog.setLabelText(self.tr("Erasure done. Compacting the database file (no erased byte stays "
                                            "in it)…"))

        def done(result: tuple[int, Any]) -> None:
            self._end(dialog)
            _rows, problem = result
            said = (self.tr("Data of %1 erased on this workstation.").replace("%1", name) if name else
                    self.tr("Data of %n person(s) erased on this workstation.", "", persons))
            if self.w.sync.in_network():
                said += " " + self.tr("The order travels with the next synchronisation.")
            if problem is None:
                self._failure_said = False
                self.tell(self.tr("Erasure done; database file compacted."),
                          said + " " + self.tr("Database file compacted: no erased data is left in it."))
            else:
                self.tell(self.tr("Erasure done; compaction owed."),
                          said + " " + self.compaction_problem(problem), warning=True)
            self.w.current_case_id = None
            self.w._after_write()

        def failed(exc: BaseException) -> None:
            self._end(dialog)
            self.w._after_write()
            self._refused(exc)

        self.busy = True
        self.update_actions()
        self.task = tasks.start(work, done, failed, on_progress=progress)
        dialog.canceled.connect(self.task.cancel)
        return self.task

    def _end(self, dialog: QProgressDialog | None = None) -> None:
        if dialog is not None:
            _dispose(dialog)
        self.busy, self.task = False, None
        watch = getattr(self.w, "outside", None)
        if watch is not None:  # the erasure's own refresh follows; a compaction changes nothing shown
            watch.mark_seen()
        self.update_actions()
        self.w.refresh_sync_status()

    def compaction_problem(self, exc: BaseException) -> str:
        """Why the compaction did not run, and that it stays owed, in the user's language."""
        code = str(getattr(exc, "code", "compaction.failed"))
        mb = 1024 * 1024
        reason = {
            "compaction.cancelled": self.tr("it was cancelled"),
            "compaction.busy": self.tr("the database was in use"),
            "compaction.no_space": self.tr("not enough free disk space: about %1 MB needed, %2 MB free").replace(
                "%1", str(-(-int(getattr(exc, "needed", 0)) // mb))).replace(
                "%2", str(int(getattr(exc, "free", 0)) // mb)),
        }.get(code, self.tr("an error occurred"))
        return self.tr("The file could not be compacted (%1): the erased data stay in its free space until the "
                       "compaction, which runs after the next synchronisation or before the next daily "
                       "backup.").replace("%1", reason)

    # Compaction owed (an erasure received by the sync) -----------------------------------------------
    def compact_when_owed(self, then: Callable[[], None] | None = None) -> tasks.Task | None:
        """After the window's sync and before the daily backup: the compaction off the GUI thread
        when an erasure left it owed (never beside a sync or another erasure: then at the next turn)."""
        if self.busy:
            return None  # an erasure or a compaction runs: the next turn
        sync = self.w._sync
        if not compaction.owed(self.w.store) or (sync is not None and sync.task is not None):
            if then is not None:  # nothing owed, or a sync runs (the compaction follows it)
                then()
            return None
        store = self.w.store
        if not self._failure_said:  # a retry after a failure already said stays quiet until it succeeds
            self.say(self.tr("Compacting the database file after an erasure…"), 0)

        def done(_result: object) -> None:
            self._end()
            self._failure_said = False
            self.say(self.tr("Database file compacted: no erased data is left in it."))
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._end()
            log.warning("compaction failed: %s", getattr(exc, "code", type(exc).__name__))
            if not self._failure_said:  # said once; retried after the next sync
                self._failure_said = True
                self.tell(self.tr("Erased data awaiting compaction."),
                          self.tr("Erased data awaiting compaction.") + " " + self.compaction_problem(exc),
                          warning=True)
            if then is not None:
                then()

        self.busy = True
        self.update_actions()
        self.task = tasks.start(lambda ctx: compaction.compact(store, progress=lambda: ctx.cancelled),
                                done, failed, on_cancelled=lambda: failed(compaction.CompactionError(
                                    "compaction.cancelled")))
        return self.task


def _dispose(widget: QWidget) -> None:
    """Close and delete a dialog on the GUI thread now that it has served: its Python wrapper may be
    collected later on any thread (a task's garbage collection), never deleting a widget there."""
    widget.close()
    widget.deleteLater()


class _Coded(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code

"""After a sync that applied something: the list, its count and the open case show the new values.

The search text and the selection are kept. The read-only detail pane is read again; an edit dialog
still open is read again when it holds no unsaved input. The case and person dialogs compare their
record with what they loaded: with unsaved input, the untouched fields show the new values, the
input is kept and the dialog names the fields changed elsewhere (the status bar points at it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from . import journal_view, outside_changes
from .case_dialog import CaseDialog
from .forms import FormDialog
from .person_dialog import PersonDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

NOTICE_MS = 15000
MERGING = (CaseDialog, PersonDialog)  # dialogs that merge a change made elsewhere into their input


def _shown(window: MainWindow) -> tuple[str, str, list[str]]:
    """What the detail pane shows now (title, summary, journal): compared before and after."""
    journal = window.ui.journalList
    return (window.ui.detailTitle.text(), window.ui.detailView.toHtml(),
            [str(journal.item(row).data(journal_view.FullTextRole)) for row in range(journal.count())])


def relist(window: MainWindow) -> None:
    """The list read again with its filter and search text; the selected case stays selected
    (without counting as a new opening in the audit log)."""
    current = window.current_case_id
    window.cases.reload()
    window.refresh_due()
    window._refresh_count()
    row = window.cases.row_of(current) if current else None
    if current and row is None and not outside_changes.case_exists(window, current):
        outside_changes.say_gone(window)  # erased or no longer shared here: the panel is cleared
    if row is not None:
        table, selection = window.ui.caseTable, window.ui.caseTable.selectionModel()
        blocked = selection.blockSignals(True)  # the same case: no new "case read"
        table.selectRow(row)
        selection.blockSignals(blocked)
        table.viewport().update()


def after_sync(window: MainWindow, received: int) -> None:
    """``received``: the changes the sync applied (nothing to do when none)."""
    if not received:
        return
    before = _shown(window)
    relist(window)
    window._show_detail()
    waiting = False
    for dialog in window.findChildren(FormDialog):  # compares its own record with what it loaded
        if isinstance(dialog, MERGING) and dialog.isVisible() and dialog.after_sync() and dialog.dirty:
            waiting = True
    if window.current_case_id is not None and _shown(window) != before:
        waiting = _reload_forms(window) or waiting
    if waiting:
        window.statusBar().showMessage(QCoreApplication.translate(
            "SyncRefresh", "Changed by a sync: see the open form."),
            NOTICE_MS)


def _reload_forms(window: MainWindow) -> bool:
    """Open forms without unsaved input show the new values; True when one holds unsaved input."""
    waiting = False
    for dialog in window.findChildren(FormDialog):
        if not dialog.isVisible() or isinstance(dialog, MERGING):
            continue
        if dialog.dirty:
            waiting = True
        else:
            dialog.load()  # nothing typed yet: the form shows the new values
    return waiting

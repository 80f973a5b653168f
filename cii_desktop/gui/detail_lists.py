"""The case detail's lists (journal, history, institutions, reminders, attachments), filled from a
case's detail; the buttons acting on a chosen row enabled only with one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from ..domain import generated, reference
from . import i18n, journal_view, selection_gate

if TYPE_CHECKING:
    from .main_window import MainWindow


def install(window: MainWindow) -> None:
    journal_view.install(window.ui.journalList)  # long notes shortened, opened whole on double-click
    selection_gate.install(window)  # "Open…", "Save a copy…" only with a row chosen


def refresh_gates(window: MainWindow) -> None:
    selection_gate.refresh(window)


def fill(window: MainWindow, detail: Any, institutions: list[tuple[Any, Any]]) -> None:
    ui = window.ui
    journal_view.fill(ui.journalList, ((f"{i18n.datetime_text(e.occurred_at)} – {e.author}", e.text)
                                       for e in reversed(detail.journal)))
    for change in detail.history:
        status = i18n.label(reference.by_code(reference.CASE_STATUSES, change.status))
        note = f" – {change.note}" if change.note else ""
        ui.historyList.addItem(f"{i18n.datetime_text(change.changed_at)}  {status} ({change.changed_by}){note}")
    for link, institution in institutions:
        role = i18n.label(reference.by_code(reference.CASE_INSTITUTION_ROLES, link.role))
        name = institution.name_de if i18n.language() == "de" else institution.name_fr
        contact = f" – {link.contact_name}" if link.contact_name else ""
        ui.institutionsList.addItem(f"{name} ({role}){contact}")
    today = dt.date.today()
    for reminder in detail.reminders:
        state = QCoreApplication.translate("MainWindow", "done") if reminder.done else (
            QCoreApplication.translate("MainWindow", "overdue") if reminder.due_on < today
            else QCoreApplication.translate("MainWindow", "open"))
        what = generated.title(reminder.title, reminder.title_code, reminder.title_params, i18n.language())
        ui.remindersList.addItem(f"{i18n.date_text(reminder.due_on)}  {what} – {state}")
    for attachment_id, filename, size in detail.attachments:
        item = QListWidgetItem(f"{filename} ({max(1, size // 1024)} KB)")
        item.setData(Qt.ItemDataRole.UserRole, attachment_id)
        ui.attachmentsList.addItem(item)
    selection_gate.refresh(window)

"""Small dialogs: journal note, reminder, About."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from .. import __version__
from ..domain.dates import DateError, format_date
from ..paths import asset_dir
from ..services import cases
from ..storage.store import Store
from .forms import FormDialog, optional_date, set_plain, show_error
from .generated.ui_about_dialog import Ui_AboutDialog
from .generated.ui_note_dialog import Ui_NoteDialog
from .generated.ui_reminder_dialog import Ui_ReminderDialog


class NoteDialog(FormDialog):
    """Add a note to a case's journal."""

    def __init__(self, store: Store, author: str, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        self._store, self._author, self._case_id = store, author, case_id
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.ready(self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def save(self) -> None:
        def write() -> None:
            with self._store.unit_of_work() as uow:
                cases.add_journal_entry(uow, self._case_id, self.ui.textEdit.toPlainText(), self._author)

        if self.attempt(write, self.ui.formError, self.ui.textEdit):
            self.accepted_clean()


class ReminderDialog(FormDialog):
    """Add a reminder with a due date to a case."""

    def __init__(self, store: Store, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReminderDialog()
        self.ui.setupUi(self)
        self._store, self._case_id = store, case_id
        self.retranslate()
        self.ui.dueEdit.setText(format_date(dt.date.today() + dt.timedelta(days=7)))
        show_error(self.ui.dueError, None, None)
        show_error(self.ui.titleError, None, None)
        self.ready(self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def save(self) -> None:
        show_error(self.ui.dueError, self.ui.dueEdit, None)
        show_error(self.ui.titleError, self.ui.titleEdit, None)
        try:
            due = optional_date(self.ui.dueEdit)
        except DateError as exc:
            show_error(self.ui.dueError, self.ui.dueEdit, exc.code)
            return
        if due is None:
            show_error(self.ui.dueError, self.ui.dueEdit, "required")
            return
        def write() -> None:
            with self._store.unit_of_work() as uow:
                cases.add_reminder(uow, self._case_id, due, self.ui.titleEdit.text())

        if self.attempt(write, self.ui.titleError, self.ui.titleEdit):
            self.accepted_clean()


class AboutDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self._details = details
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.versionLabel.setText(self.tr("Version %1").replace("%1", __version__))
        self.ui.logo.setPixmap(QIcon(str(asset_dir("resources") / "cii-desktop.svg")).pixmap(96, 96))
        set_plain(self.ui.detailsLabel, self._details)

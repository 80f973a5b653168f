"""The main window: case list with search and filters, the case detail, the "due" panel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMainWindow

from ..domain import reference
from ..services import case_list
from ..services.case_list import CaseFilter
from ..services.profile import Profile, load_profile
from ..storage.keystore import backend_name
from ..storage.store import Store
from . import attachments, detail_lists, detail_view, due_model, elide, first_steps, i18n, tasks, window_layout
from .case_model import CaseTableModel
from .due_model import DueModel
from .forms import fill_combo
from .generated.ui_main_window import Ui_MainWindow
from .settings import AppSettings

if TYPE_CHECKING:
    from ..services.cases import DueRow
    from .referral_view import ReferralController
    from .sync_view import SyncController

# The dialogs are imported when first opened: start-up does not pay for them.

SEARCH_DELAY_MS = 150
FINISH_FALLBACK_MS = 500


class MainWindow(QMainWindow):
    def __init__(self, store: Store, data_dir: Path, settings: AppSettings, demo: bool = False) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.store, self.data_dir, self.settings, self.demo = store, data_dir, settings, demo
        from .key_dialog import RecoveryBanner

        self.recovery_banner = RecoveryBanner(data_dir, self)  # a recovery key nobody saw: said until replaced
        self.ui.centralLayout.insertWidget(0, self.recovery_banner)
        self.profile: Profile | None = load_profile(store)
        self.current_case_id: str | None = None
        self.first_steps = first_steps.FirstSteps(self, self.ui.caseTable.viewport())
        self.joinAction = self.ui.menuSync.addAction("")
        self.joinAction.triggered.connect(self.join_network)
        self._count_task: tasks.Task | None = None
        self._last_total: int | None = None
        self._shown_once = False
        self._painted = False
        self._built = False
        self.due_loaded = False

        self.cases = CaseTableModel(store, self)
        self.ui.caseTable.setModel(self.cases)
        header = self.ui.caseTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        for table in (self.ui.caseTable, self.ui.dueTable):
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.due = DueModel(store, self)
        due_model.attach(self.ui.dueTable, self.due)
        self.ui.dueTable.horizontalHeader().setStretchLastSection(True)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.ui.searchEdit.textChanged.connect(lambda _: self._search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self.apply_filter)
        for combo in (self.ui.statusFilter, self.ui.officeFilter, self.ui.institutionFilter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.caseTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.caseTable.activated.connect(lambda _: self.edit_case())
        self.ui.dueTable.doubleClicked.connect(self._open_due_case)
        self.ui.dueDoneButton.clicked.connect(self.mark_due_done)

        languages = QActionGroup(self)
        for action, code in ((self.ui.actionFrench, "fr"), (self.ui.actionGerman, "de")):
            languages.addAction(action)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
        self.ui.actionNewCase.triggered.connect(self.new_case)
        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionShowDue.toggled.connect(self.ui.dueDock.setVisible)
        self.ui.dueDock.visibilityChanged.connect(self.ui.actionShowDue.setChecked)
        self.ui.actionFocusSearch.triggered.connect(self._focus_search)
        for action, button, slot in (
                (self.ui.actionEditPerson, self.ui.editPersonButton, self.edit_person),
                (self.ui.actionEditCase, self.ui.editCaseButton, self.edit_case),
                (self.ui.actionAddNote, self.ui.addNoteButton, self.add_note),
                (self.ui.actionAddReminder, self.ui.addReminderButton, self.add_reminder),
                (self.ui.actionAttach, self.ui.attachButton, self.attach_file)):
            action.triggered.connect(slot)
            button.clicked.connect(slot)
        self.ui.saveAttachmentButton.clicked.connect(self.save_attachment)
        detail_lists.install(self)  # long journal notes, buttons enabled with a chosen row

        # Sync and referral widgets need the ORM and the forms (SQLAlchemy, reportlab): built right
        # after the window shows its list (or when first used), not before.
        self._sync: SyncController | None = None
        self._referral: ReferralController | None = None
        from .statistics_dialog import StatisticsMenu  # Bureau menu: statistics, register import
        self.statistics_menu = StatisticsMenu(self, self.ui.menuBureau, store, self.profile)
        from .lifecycle_view import LifecycleActions  # right of access, erasure, retention (issue 14)
        self.lifecycle = LifecycleActions(self)
        self.layout_mode = window_layout.LayoutMode(self)  # list and detail side by side or stacked
        self.retranslate()
        window_layout.restore_size(self, settings.geometry("main"))
        self.cases.reload()
        self._update_case_actions()
        self._refresh_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            window_layout.keep_due_rows(self)
            self.resizeDocks([self.ui.dueDock], [window_layout.due_height(self)], Qt.Orientation.Vertical)
            QTimer.singleShot(FINISH_FALLBACK_MS, self._finish_start)  # should no paint come (minimised)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True  # the list is on screen
            QTimer.singleShot(0, self._finish_start)

    @property
    def sync(self) -> SyncController:
        if self._sync is None:
            from .sync_view import SyncController

            self._sync = SyncController(self)
        return self._sync

    @property
    def referral(self) -> ReferralController:
        if self._referral is None:
            from .referral_view import ReferralController

            self._referral = ReferralController(self)
            self._referral.show_case(self.current_case_id)
            self._update_case_actions()
        return self._referral

    @property
    def started(self) -> bool:
        """True once the window is complete: due panel asked for, sync and referral widgets built
        (right after the list's first paint)."""
        return self._built and self._sync is not None and self._referral is not None

    def _finish_start(self) -> None:
        """Once the list is on screen: the due panel (read off the GUI thread), then the sync and
        referral widgets (they load the ORM and the forms, which start-up avoids), then sync."""
        if self._built:
            return
        self._built = True
        self.refresh_due()
        _ = self.sync, self.referral
        self._install_lock()
        from . import outside_changes
        self.outside = outside_changes.OutsideWatch(self)  # commits of a CLI sync, another window
        QTimer.singleShot(1000, self.sync.start_up)  # sync at start, then every few minutes

    def _install_lock(self) -> None:
        """The idle lock, Ctrl+L, the unlock passphrase and the audit viewer in the File menu."""
        from . import lock_setup

        lock_setup.install_on(self)

    # Language ---------------------------------------------------------------------------------
    def switch_language(self, code: str) -> None:
        self.settings.language = code
        i18n.current().switch(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self._title())
        fill_combo(self.ui.statusFilter, reference.CASE_STATUSES, self.tr("All statuses"))
        fill_combo(self.ui.officeFilter, reference.OFFICES, self.tr("All offices"))
        fill_combo(self.ui.institutionFilter, reference.INSTITUTIONS, self.tr("All institutions"), True)
        self.ui.actionFrench.setChecked(i18n.language() == "fr")
        self.ui.actionGerman.setChecked(i18n.language() == "de")
        self.joinAction.setText(self.tr("&Join a network…"))
        self.cases.retranslate()
        self.due.retranslate()
        for controller in (self._sync, self._referral):
            if controller is not None:
                controller.retranslate()
        window_layout.fit_columns(self)
        self.ui.dueSummary.setText(self.due.summary())
        self._show_count(None)
        self._show_detail()

    def _title(self) -> str:
        title = "CII Desktop"
        if self.profile:
            title += f" – {self.profile.full_name}"
        if self.demo:
            title += " – " + self.tr("DEMO (fictional data)")
        return title

    # Case list --------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = CaseFilter(self.ui.searchEdit.text().strip(), self.ui.statusFilter.currentData(),
                         self.ui.officeFilter.currentData(), self.ui.institutionFilter.currentData())
        self.cases.set_filter(flt)
        self._refresh_count()
        if self.current_case_id and self.cases.row_of(self.current_case_id) is None:
            self.current_case_id = None
            self._show_detail()

    def _refresh_count(self) -> None:
        """Counting every match can take a moment on a large database: done off the GUI thread."""
        if self._count_task is not None:
            self._count_task.cancel()
        flt = self.cases.current_filter
        store = self.store

        def count(ctx: tasks.TaskContext) -> tuple[CaseFilter, int]:
            return flt, case_list.count_cases(store, flt)

        self._count_task = tasks.start(count, self._count_done, lambda _exc: self._show_count(None))

    def _count_done(self, result: tuple[CaseFilter, int]) -> None:
        flt, total = result
        if flt == self.cases.current_filter:
            self._show_count(total)

    def _show_count(self, total: int | None) -> None:
        if total is not None:
            self._last_total = total
        total = self._last_total
        self.ui.countLabel.setText("" if total is None else self.tr("%n case(s)", "", total))
        self.first_steps.show_for(total == 0 and self.cases.current_filter == CaseFilter())

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self.current_case_id = self.cases.case_id(rows[0].row()) if rows else None
        self._audited_case: str | None = None  # a new selection is a new reading
        self._show_detail()

    def select_case(self, case_id: str) -> None:
        row = self.cases.row_of(case_id)
        if row is None:
            self.ui.searchEdit.clear()
            self.ui.statusFilter.setCurrentIndex(0)
            self.ui.officeFilter.setCurrentIndex(0)
            self.ui.institutionFilter.setCurrentIndex(0)
            self.apply_filter()
            while (row := self.cases.row_of(case_id)) is None and self.cases.canFetchMore():
                self.cases.fetchMore()
        if row is not None:
            self.ui.caseTable.selectRow(row)
            self.ui.caseTable.scrollTo(self.cases.index(row, 0))
        self.current_case_id = case_id
        self._show_detail()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # Detail -----------------------------------------------------------------------------------
    def _show_detail(self) -> None:
        self._update_case_actions()
        for widget in (self.ui.journalList, self.ui.historyList, self.ui.institutionsList,
                       self.ui.remindersList, self.ui.attachmentsList):
            widget.clear()
        if self._referral is not None:
            self._referral.show_case(self.current_case_id)
        if not self.current_case_id:
            detail_lists.refresh_gates(self)
            elide.set_plain(self.ui.detailTitle, self.tr("Select a case in the list."))
            self.ui.detailView.clear()
            return
        from ..services import cases

        with self.store.reading() as session:
            detail = cases.case_detail(session, self.current_case_id)
            institutions = [(ci, ci.institution) for ci in detail.institutions] if detail else []
        if detail is None:  # a stale row (erased or unshared meanwhile): said, never the last panel shown
            from . import outside_changes
            outside_changes.case_gone(self)
            return
        person = detail.person
        self._audit_read(person.id, self.current_case_id)
        # Names and references arrive by sync: escaped, never read as markup.
        elide.set_title(self.ui.detailTitle, f"{person.last_name} {person.first_name}", f" – {detail.case.reference}")
        self.ui.detailView.setHtml(detail_view.render(detail))
        detail_lists.fill(self, detail, institutions)

    def _audit_read(self, person_id: str, case_id: str) -> None:
        """One audit entry each time a case is opened (not again when it is only refreshed)."""
        if case_id == getattr(self, "_audited_case", None):
            return
        from ..services import audit

        audit.record(self.store, "case.read", person_id=person_id, case_id=case_id)
        self._audited_case = case_id

    def _update_case_actions(self) -> None:
        from ..services import case_guard

        enabled = self.current_case_id is not None
        # A case held read-only here (its scope left this institution out): no editing action, no
        # copy leaving the computer; it stays readable (tables/sharing.json: held_outside_scope).
        editable = enabled and not case_guard.read_only(self.store, str(self.current_case_id))
        for widget in (self.ui.actionEditPerson, self.ui.actionEditCase, self.ui.actionAddNote,
                       self.ui.actionAddReminder, self.ui.actionAttach, self.ui.editPersonButton,
                       self.ui.editCaseButton, self.ui.addNoteButton, self.ui.addReminderButton,
                       self.ui.attachButton, self.ui.saveAttachmentButton):
            widget.setEnabled(editable)
        self.case_editable = editable
        if self._referral is not None:
            self._referral.update_actions(enabled, editable)
        detail_lists.refresh_gates(self)  # row buttons: a chosen row, and the case editable where they change it

    # Actions ----------------------------------------------------------------------------------
    @property
    def author(self) -> str:
        return self.profile.author if self.profile else ""

    def new_case(self) -> None:
        from .person_dialog import PersonDialog

        dialog = PersonDialog(self.store, self.author, None,
                              self.profile.office_code if self.profile else None,
                              self.profile.institution_code if self.profile else None, self)
        if dialog.exec() and dialog.case_id:
            self._after_write()
            self.select_case(dialog.case_id)
            self.statusBar().showMessage(self.tr("Person and case saved."), 5000)
        elif dialog.existing_case_id:
            self.select_case(dialog.existing_case_id)

    def _person_id(self) -> str | None:
        from ..services import cases

        with self.store.reading() as session:
            detail = cases.case_detail(session, self.current_case_id) if self.current_case_id else None
            return detail.person.id if detail else None

    def edit_person(self) -> None:
        from .person_dialog import PersonDialog

        person_id = self._person_id()
        if person_id and PersonDialog(self.store, self.author, person_id, parent=self).exec():
            self._after_write()

    def edit_case(self) -> None:
        from .case_dialog import CaseDialog

        if self.current_case_id and CaseDialog(self.store, self.author, self.current_case_id, self).exec():
            self._after_write()

    def add_note(self) -> None:
        from .small_dialogs import NoteDialog

        if self.current_case_id and NoteDialog(self.store, self.author, self.current_case_id, self).exec():
            self._show_detail()
            self.refresh_sync_status()

    def add_reminder(self) -> None:
        from .small_dialogs import ReminderDialog

        if self.current_case_id and ReminderDialog(self.store, self.current_case_id, self).exec():
            self.refresh_due()
            self._show_detail()
            self.refresh_sync_status()

    def attach_file(self) -> None:
        attachments.attach_file(self, self)

    def save_attachment(self) -> None:
        attachments.save_attachment(self, self.store, self.ui.attachmentsList)

    # First steps: an empty window says how to start ------------------------------------------------
    def share_dir(self) -> str:
        return self.settings.share_dir

    def after_join(self, share: str) -> None:
        self.settings.share_dir = share
        self.statusBar().showMessage(self.tr("This workstation joined the network."), 8000)

    def join_network(self) -> None:
        first_steps.JoinNetworkDialog(self, self).exec()

    def _after_write(self) -> None:
        self.cases.reload()
        self.refresh_due()
        self._refresh_count()
        self._show_detail()
        self.refresh_sync_status()

    def refresh_sync_status(self) -> None:
        """After a save: the status line's "N changes to send" counts it at once."""
        if self._sync is not None:
            self._sync.refresh_status()

    # Due panel --------------------------------------------------------------------------------
    def refresh_due(self) -> None:
        """Read the open reminders off the GUI thread; the panel fills when they arrive."""
        store, horizon = self.store, dt.date.today()

        def read(ctx: tasks.TaskContext) -> tuple[dt.date, list[DueRow]]:
            return horizon, DueModel.read(store, horizon)

        def show(result: tuple[dt.date, list[DueRow]]) -> None:
            self.due.set_rows(*result)
            self.ui.dueSummary.setText(self.due.summary())
            self.due_loaded = True

        self.due_loaded = False
        tasks.start(read, show, lambda _exc: None)

    def _open_due_case(self) -> None:
        index = self.ui.dueTable.currentIndex()
        if index.isValid():
            self.select_case(self.due.data(index, DueModel.CaseIdRole))

    def mark_due_done(self) -> None:
        from ..services import cases

        index = self.ui.dueTable.currentIndex()
        if not index.isValid() or self.due.is_header(index.row()):
            return
        try:
            with self.store.unit_of_work() as uow:
                cases.complete_reminder(uow, self.due.data(index, DueModel.ReminderIdRole))
        except PermissionError as exc:  # a case held read-only here (services.case_guard)
            from PySide6.QtWidgets import QMessageBox

            from .messages import message

            QMessageBox.warning(self, self.windowTitle(), message(str(getattr(exc, "code", "permission.denied"))))
            return
        self.due.remove_row(index.row())
        self.ui.dueSummary.setText(self.due.summary())
        self._show_detail()
        self.refresh_sync_status()

    # Settings, about, closing -----------------------------------------------------------------
    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        accepted = SettingsDialog(self.store, self.settings, self.data_dir, self).exec()
        self.recovery_banner.refresh()  # a key change in the settings may have issued a recovery key
        if accepted:
            self.profile = load_profile(self.store)
            self.setWindowTitle(self._title())

    def show_about(self) -> None:
        from .small_dialogs import AboutDialog

        folder_word, keystore_word = self.tr("Data folder"), self.tr("Keystore")
        details = f"{folder_word}: {self.data_dir}\n{keystore_word}: {self._keystore_text()}"
        AboutDialog(details, self).exec()

    def _keystore_text(self) -> str:
        """The keystore as a user knows it, not keyring's class name."""
        name = backend_name()
        for part, text in (("fail.", self.tr("none on this computer (the database is protected by a passphrase)")),
                           ("SecretService", self.tr("Secret Service of the desktop (GNOME Keyring, KWallet)")),
                           ("kwallet", self.tr("KWallet")), ("Windows", self.tr("Windows Credential Manager")),
                           ("macOS", self.tr("macOS Keychain"))):
            if part in name:
                return text
        return self.tr("the system's keystore")

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every record is committed when its dialog closes; nothing is held in memory.
        if not self.sync.at_quit():  # a last exchange with the shared folder runs first (cancellable)
            event.ignore()
            return
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        tasks.wait_all()
        event.accept()


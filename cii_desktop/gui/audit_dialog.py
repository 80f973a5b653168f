"""The audit trail viewer: the data-protection officer filters every entry; other users see their own.

Filters: the selected case's person, user, institution, operation and period. Pages of 500 entries
are read off the GUI thread; a person's list exports as CSV or as the "who saw my file" PDF. Opening
the viewer is itself audited.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import audit as audit_service
from ..services import permissions
from ..storage import audit
from ..storage.store import Store
from . import i18n, tasks

PAGE = 500


class AuditDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, person_id: str | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.store = store
        self.person_id = person_id
        self.everyone = permissions.may(store, "audit.read_others")
        self.actor = audit_service.actor_of(store)
        self._rows: list[tuple[object, ...]] = []
        self._task: tasks.Task | None = None
        self._build(today or dt.date.today())
        self.retranslate()
        self.resize(1000, 600)
        audit_service.record(store, "audit.read", person_id=person_id,
                             detail={"scope": "all" if self.everyone else "own"})

    # --- layout ------------------------------------------------------------------------------
    def _build(self, today: dt.date) -> None:
        layout = QVBoxLayout(self)
        self.scope = QLabel(self)
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        form = QFormLayout()
        self.person_only = QCheckBox(self)
        self.person_only.setEnabled(self.person_id is not None)
        self.person_only.setChecked(self.person_id is not None)
        self.user = QComboBox(self)
        self.institution = QComboBox(self)
        self.operation = QComboBox(self)
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for edit, value in ((self.since, today - dt.timedelta(days=365)), (self.until, today)):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(value.year, value.month, value.day))
        period = QHBoxLayout()
        period.addWidget(self.since)
        self.dash = QLabel("–", self)
        period.addWidget(self.dash)
        period.addWidget(self.until)
        period.addStretch(1)
        self.labels = [QLabel(self) for _ in range(5)]
        form.addRow(self.labels[0], self.person_only)
        form.addRow(self.labels[1], self.user)
        form.addRow(self.labels[2], self.institution)
        form.addRow(self.labels[3], self.operation)
        form.addRow(self.labels[4], period)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.search_button = QPushButton(self)
        self.search_button.setDefault(True)
        self.more_button = QPushButton(self)
        self.more_button.setEnabled(False)
        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.count = QLabel(self)
        for button in (self.search_button, self.more_button):
            buttons.addWidget(button)
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 7, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.search_button.clicked.connect(self.search)
        self.more_button.clicked.connect(self.more)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.person_only.toggled.connect(self._update_buttons)
        self._update_buttons()

    def _fill_choices(self) -> None:
        conn = self.store.read_connection()
        language = i18n.language()
        current = (self.user.currentData(), self.institution.currentData(), self.operation.currentData())
        for combo in (self.user, self.institution, self.operation):
            combo.clear()
        if self.everyone:
            self.user.addItem(self.tr("All users"), None)
            for user_id, name in conn.execute("SELECT DISTINCT a.actor, coalesce(u.full_name, '') FROM audit_entry a "
                                              "LEFT JOIN user_profile u ON u.id = a.actor ORDER BY 2, 1"):
                self.user.addItem(str(name) or str(user_id)[:8], str(user_id))
        else:
            self.user.addItem(self.tr("Only my own entries"), self.actor.user_id)
        self.user.setEnabled(self.everyone)
        self.institution.addItem(self.tr("All institutions"), None)
        for code, short_fr, short_de in conn.execute("SELECT code, short_fr, short_de FROM institution "
                                                     "WHERE deleted = 0 ORDER BY code"):
            self.institution.addItem(str(short_de if language == "de" else short_fr), str(code))
        self.operation.addItem(self.tr("All operations"), None)
        for code in audit_service.operations():
            self.operation.addItem(audit_service.operation_label(code, language), code)
        for combo, value in zip((self.user, self.institution, self.operation), current, strict=True):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.scope.setText(self.tr("Every entry of this workstation's audit trail (data-protection officer).")
                           if self.everyone else
                           self.tr("Your own entries only: the audit trail of other users is for the "
                                   "data-protection officer."))
        for label, text in zip(self.labels, (self.tr("Person"), self.tr("User"), self.tr("Institution"),
                                             self.tr("Operation"), self.tr("Period")), strict=True):
            label.setText(text)
        self.person_only.setText(self.tr("Only the person of the selected case"))
        self.search_button.setText(self.tr("&Show"))
        self.more_button.setText(self.tr("&More"))
        self.csv_button.setText(self.tr("Export as &CSV…"))
        self.pdf_button.setText(self.tr("\"Who saw my file\" as &PDF…"))
        self.table.setHorizontalHeaderLabels([self.tr("Date and time"), self.tr("User"), self.tr("Institution"),
                                              self.tr("Operation"), self.tr("Person"), self.tr("Case"),
                                              self.tr("Recipients")])
        self._fill_choices()
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        self.pdf_button.setVisible(self.everyone)  # everyone's entries about a person: the officer's
        self.pdf_button.setEnabled(self.person_only.isChecked())
        self.pdf_button.setToolTip("" if self.person_only.isChecked() else
                                   self.tr("Select a case first: the PDF answers one person's request."))

    # --- reading -----------------------------------------------------------------------------
    def filters(self) -> audit.Filters:
        since = self.since.date().toPython()
        until = self.until.date().toPython() + dt.timedelta(days=1)
        operation = self.operation.currentData()
        return audit.Filters(
            person_id=self.person_id if self.person_only.isChecked() else None,
            actor=self.user.currentData() if self.everyone else self.actor.user_id,
            institution=self.institution.currentData(),
            operations=(str(operation),) if operation else (),
            since=dt.datetime.combine(since, dt.time(), dt.timezone.utc),
            until=dt.datetime.combine(until, dt.time(), dt.timezone.utc))

    def search(self) -> None:
        self._rows = []
        self._read(None)

    def more(self) -> None:
        if self._rows:
            last = self._rows[-1]
            self._read((str(last[1]), int(str(last[0]))))

    def _read(self, before: tuple[str, int] | None) -> None:
        flt = self.filters()
        store = self.store

        def work(ctx: tasks.TaskContext) -> list[tuple[object, ...]]:
            rows = audit_service.search(store, flt, PAGE, before)
            ctx.check_cancelled()
            return rows

        self.search_button.setEnabled(False)
        self._task = tasks.read_with_progress(work, self._page_read, self.tr("Reading the audit trail…"), self)

    def _page_read(self, rows: list[tuple[object, ...]]) -> None:
        self.search_button.setEnabled(True)
        self._rows.extend(rows)
        self.more_button.setEnabled(len(rows) == PAGE)
        self._show_rows()

    def _show_rows(self) -> None:
        conn = self.store.read_connection()
        language = i18n.language()
        names = dict(conn.execute("SELECT id, full_name FROM user_profile"))
        self.table.setRowCount(len(self._rows))
        persons: dict[str, str] = {}
        cases: dict[str, str] = {}
        for index, row in enumerate(self._rows):
            _seq, at, _ws, actor, institution, operation, person, case, recipients, _detail = row
            if person and str(person) not in persons:
                found = conn.execute("SELECT last_name || ' ' || first_name FROM person WHERE id = ?",
                                     (person,)).fetchone()
                persons[str(person)] = str(found[0]) if found else str(person)[:8]
            if case and str(case) not in cases:
                found = conn.execute("SELECT reference FROM case_file WHERE id = ?", (case,)).fetchone()
                cases[str(case)] = str(found[0]) if found else str(case)[:8]
            when = dt.datetime.fromisoformat(str(at))
            cells = (i18n.datetime_text(when), str(names.get(actor) or str(actor)[:8]), str(institution),
                     audit_service.operation_label(str(operation), language), persons.get(str(person), ""),
                     cases.get(str(case), ""), str(recipients).replace(",", ", "))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(index, column, item)
        self.count.setText(self.tr("%n entries shown", "", len(self._rows)))

    # --- exports -----------------------------------------------------------------------------
    def _target(self, suffix: str, title: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, f"audit{suffix}", f"*{suffix}")
        return Path(name) if name else None

    def export_csv(self) -> None:
        target = self._target(".csv", self.tr("Export the audit trail"))
        if target is None:
            return
        try:
            rows = audit_service.export_csv(self.store, self.filters(), target, i18n.language())
        except FileExistsError:
            QMessageBox.warning(self, self.windowTitle(), self.tr("This file already exists; choose another name."))
            return
        self.count.setText(self.tr("%n entries exported", "", rows))

    def export_pdf(self) -> None:
        if not self.person_id:
            return
        target = self._target(".pdf", self.tr("Who saw my file"))
        if target is None:
            return
        flt = self.filters()
        since = (flt.since or dt.datetime(2000, 1, 1)).date()
        until = ((flt.until or dt.datetime.now()) - dt.timedelta(days=1)).date()
        profile = self.store.read_connection().execute(
            "SELECT u.full_name FROM user_profile u WHERE u.id = ?", (self.actor.user_id,)).fetchone()
        try:
            rows = audit_service.export_access_pdf(self.store, self.person_id, since, until, target,
                                                   i18n.language(), made_by=str(profile[0]) if profile else "")
        except FileExistsError:
            QMessageBox.warning(self, self.windowTitle(), self.tr("This file already exists; choose another name."))
            return
        self.count.setText(self.tr("%n entries exported", "", rows))

"""Announcement to the Bureau CII, the Bureau's triage, case events, and the Bureau's lists."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from ..domain import reference
from ..domain.dates import format_date
from ..domain.rule_tables import coded
from ..services import bureau, case_events, referral
from ..storage.store import Store
from . import i18n
from .forms import FormDialog, fill_combo, read_date, set_plain, show_error
from .generated.ui_announcement_dialog import Ui_AnnouncementDialog
from .generated.ui_event_dialog import Ui_EventDialog
from .generated.ui_table_dialog import Ui_TableDialog
from .generated.ui_triage_dialog import Ui_TriageDialog


def _fill_coded(combo: object, list_name: str, empty: str | None = None) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    current = combo.currentData()
    combo.clear()
    if empty is not None:
        combo.addItem(empty, "")
    for code, label in coded(list_name).items():
        combo.addItem(label.text(i18n.language()), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))


class AnnouncementDialog(FormDialog):
    """Form CII100.1, prefilled; the core refuses to send it without grid and consent."""

    def __init__(self, store: Store, case_id: str, author: str, institution: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AnnouncementDialog()
        self.ui.setupUi(self)
        self._store, self._case_id, self._author, self._institution = store, case_id, author, institution or ""
        with store.reading() as session:
            draft = bureau.draft(session, case_id, i18n.language())
            # The grid's problems print from its codes in the form's language: shown here, not copied.
            self._grid_problems = {lang: bureau.grid_problems(session, case_id, lang) for lang in ("fr", "de")}
            grid = referral.latest_grid(session, case_id)
        self.ui.problemsEdit.setPlainText(draft.problems)
        self.ui.involvedEdit.setPlainText(draft.institutions_involved)
        # CII100.1 is for CII complexe; below it, the professional says why it goes to the Bureau anyway.
        self.overrideLabel, self.overrideEdit = QLabel(self), QLineEdit(self)
        self.overrideLabel.setBuddy(self.overrideEdit)
        self.overrideEdit.setObjectName("overrideEdit")
        self.overrideEdit.setMaxLength(200)
        if grid is not None and grid.level != "complex":
            self.ui.form.addRow(self.overrideLabel, self.overrideEdit)
        else:
            self.overrideLabel.hide()
            self.overrideEdit.hide()
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.ready(self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        _fill_coded(self.ui.handlingCombo, "handlings", self.tr("Let the Bureau decide"))
        lines = self._grid_problems.get(i18n.language(), [])
        if lines:
            self.ui.problemsEdit.setPlaceholderText("\n".join(
                [self.tr("Printed from the grid:"), *lines, self.tr("Add what the grid does not say.")]))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Send to the Bureau"))
        self.overrideLabel.setText(self.tr("&Why announce it although the grid is not CII complexe:"))

    def save(self) -> None:
        content = bureau.AnnouncementDraft(
            self.ui.problemsEdit.toPlainText(), self.ui.involvedEdit.toPlainText(),
            self.ui.measuresEdit.toPlainText(), self.ui.goalEdit.toPlainText(), self.ui.handlingCombo.currentData())

        def write() -> None:
            with self._store.unit_of_work() as uow:
                bureau.send(uow, self._case_id, content, self._author, self._institution,
                            override_reason=self.overrideEdit.text())

        if self.attempt(write, self.ui.formError, fields={"override_reason": self.overrideEdit}):
            self.accepted_clean()


class TriageDialog(FormDialog):
    """The Bureau's inbox: read an announcement, accept it into a handling or refuse it with suggestions."""

    def __init__(self, store: Store, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TriageDialog()
        self.ui.setupUi(self)
        self._store, self._author = store, author
        self.ui.inboxTable.verticalHeader().setVisible(False)
        self.ui.inboxTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.inboxTable.horizontalHeader().setStretchLastSection(True)
        self.ui.inboxTable.itemSelectionChanged.connect(self._show)
        self.ui.acceptRadio.toggled.connect(self._outcome_changed)
        self.ui.decideButton.clicked.connect(self.decide)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.watch_inputs()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        _fill_coded(self.ui.handlingCombo, "handlings")
        self.ui.inboxTable.setHorizontalHeaderLabels([
            self.tr("Announced on"), self.tr("Case"), self.tr("Person"), self.tr("By"), self.tr("Requested")])
        self._load()
        self._outcome_changed()

    def _load(self) -> None:
        with self._store.reading() as session:
            rows = bureau.inbox(session)
        handlings = coded("handlings")
        self.ui.inboxTable.setRowCount(len(rows))
        for i, row in enumerate(rows):
            institution = i18n.short(reference.by_code(reference.INSTITUTIONS, row.institution_code)) \
                if row.institution_code else ""
            requested = handlings[row.requested_handling].text(i18n.language()) if row.requested_handling else "–"
            for column, value in enumerate([format_date(row.announced_on), row.reference, row.person,
                                            f"{row.announced_by} ({institution})", requested]):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.announcement_id)
                self.ui.inboxTable.setItem(i, column, item)
        self.ui.decisionBox.setEnabled(bool(rows))
        if rows:
            self.ui.inboxTable.selectRow(0)
        else:
            self.ui.announcementView.setHtml(f"<p>{escape(self.tr('No announcement waits for a decision.'))}</p>")

    def _selected(self) -> str | None:
        item = self.ui.inboxTable.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show(self) -> None:
        announcement_id = self._selected()
        if not announcement_id:
            return
        from ..storage.records import Announcement

        with self._store.reading() as session:
            row = session.get(Announcement, announcement_id)
            if row is None:
                return
            requested = row.requested_handling
            parts = [(self.tr("Problems"), row.problems), (self.tr("Institutions already involved"),
                                                           row.institutions_involved),
                     (self.tr("Measures already tried"), row.measures_tried), (self.tr("Expected goal"),
                                                                               row.expected_goal)]
        html = "".join(f"<p><b>{escape(k)}</b><br>{escape(v or '–').replace(chr(10), '<br>')}</p>"
                       for k, v in parts)
        self.ui.announcementView.setHtml(html)
        self._reset_decision(requested)

    def _reset_decision(self, requested: str) -> None:
        """Each announcement starts from a blank decision: the previous item's choice never carries over."""
        ui = self.ui
        self.clear_marks()
        show_error(ui.formError, None, None)
        ui.acceptRadio.setChecked(True)
        index = ui.handlingCombo.findData(requested) if requested else -1
        ui.handlingCombo.setCurrentIndex(max(index, 0))
        ui.reasonEdit.clear()
        ui.suggestionsEdit.clear()
        self._outcome_changed()
        self._dirty = False

    def _outcome_changed(self, *_: object) -> None:
        accept = self.ui.acceptRadio.isChecked()
        self.ui.handlingCombo.setEnabled(accept)
        self.ui.suggestionsEdit.setEnabled(not accept)

    def decide(self) -> None:
        announcement_id = self._selected()
        if not announcement_id:
            return
        accept = self.ui.acceptRadio.isChecked()

        def write() -> None:
            with self._store.unit_of_work() as uow:
                bureau.decide(uow, announcement_id, "accepted" if accept else "refused", self._author,
                              handling=self.ui.handlingCombo.currentData() if accept else "",
                              reason=self.ui.reasonEdit.text(), suggestions=self.ui.suggestionsEdit.text(),
                              language=i18n.language())

        ui = self.ui
        missing_reason = not ui.reasonEdit.text().strip()
        if self.attempt(write, ui.formError, fields={
                "handling": ui.handlingCombo, "reason": ui.reasonEdit,
                "suggestions": ui.reasonEdit if missing_reason else ui.suggestionsEdit}):
            self.notify(self.tr("Decision recorded.") if accept else self.tr("Refusal sent back with the suggestions."))
            self.changed = True
            self._dirty = False
            self.ui.reasonEdit.clear()
            self.ui.suggestionsEdit.clear()
            self._load()

    def save(self) -> None:
        self.decide()


EVENT_KINDS = ("warning", "disagreement", "closure")


class EventDialog(FormDialog):
    """A written warning (LSE), a disagreement (escalate, resolve), or the closure with its outcome."""

    def __init__(self, store: Store, case_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self._store, self._case_id, self._author = store, case_id, author
        self.ui.dateEdit.setText(format_date(dt.date.today()))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.escalateButton.clicked.connect(self.escalate)
        self.ui.resolveButton.clicked.connect(self.resolve)
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.ready(self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        current = self.ui.kindCombo.currentData()
        self.ui.kindCombo.clear()
        for code, text in zip(EVENT_KINDS, (self.tr("Written warning (LSE job seeker)"),
                                            self.tr("Disagreement (to the institution's répondant CII)"),
                                            self.tr("Closure of the case")), strict=True):
            self.ui.kindCombo.addItem(text, code)
        self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(current), 0))
        fill_combo(self.ui.institutionCombo, reference.INSTITUTIONS)
        _fill_coded(self.ui.outcomeCombo, "closure_outcomes")
        self._load()
        self._kind_changed()

    def _load(self) -> None:
        self.ui.disputesList.clear()
        with self._store.reading() as session:
            rows = case_events.events(session, self._case_id, "disagreement")
        for row in rows:
            level = coded("disagreement_levels")[row.level].text(i18n.language())
            state = self.tr("resolved") if row.resolved_on else self.tr("open")
            item = QListWidgetItem(f"{format_date(row.occurred_on)} – {level} – {state}\n{row.text}")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.resolved_on is None))
            self.ui.disputesList.addItem(item)
        for widget in (self.ui.disputesList, self.ui.escalateButton, self.ui.resolveButton):
            widget.setVisible(bool(rows))

    def _kind_changed(self, *_: object) -> None:
        kind = self.ui.kindCombo.currentData()
        self.ui.outcomeCombo.setEnabled(kind == "closure")
        self.ui.institutionCombo.setEnabled(kind == "disagreement")
        self.ui.partnerCheck.setEnabled(kind != "disagreement")

    def _dispute(self) -> str | None:
        item = self.ui.disputesList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole)[0] if item else None

    def escalate(self) -> None:
        event_id = self._dispute()
        if event_id is None:
            return

        def write() -> None:
            with self._store.unit_of_work() as uow:
                case_events.escalate(uow, event_id, self._author)

        if self.attempt(write, self.ui.formError):
            self.changed = True
            self._load()

    def resolve(self) -> None:
        event_id = self._dispute()
        if event_id is None:
            return
        ok, on = read_date(self.ui.dateEdit, self.ui.formError)
        if not ok or on is None:
            return

        def write() -> None:
            with self._store.unit_of_work() as uow:
                case_events.resolve(uow, event_id, on, self.ui.textEdit.toPlainText())

        if self.attempt(write, self.ui.formError, self.ui.textEdit):
            self.changed = True
            self._dirty = False
            self.ui.textEdit.clear()
            self._load()

    def save(self) -> None:
        show_error(self.ui.formError, None, None)
        ok, on = read_date(self.ui.dateEdit, self.ui.formError)
        if not ok or on is None:
            return
        kind, text = self.ui.kindCombo.currentData(), self.ui.textEdit.toPlainText()
        partner = self.ui.partnerCheck.isChecked()

        def write() -> None:
            with self._store.unit_of_work() as uow:
                if kind == "warning":
                    case_events.record_warning(uow, self._case_id, on, self._author, text, partner)
                elif kind == "disagreement":
                    case_events.record_disagreement(uow, self._case_id, on, self._author,
                                                    self.ui.institutionCombo.currentData(), text)
                else:
                    case_events.close(uow, self._case_id, on, self._author, self.ui.outcomeCombo.currentData(),
                                      text, partner)

        if self.attempt(write, self.ui.formError):
            self.accepted_clean()


class TableDialog(QDialog):
    """A read-only list (the Bureau's CII alerts, the transitions register)."""

    def __init__(self, title: str, intro: str, header: list[str], rows: list[list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TableDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        set_plain(self.ui.introLabel, intro)
        self.ui.table.setColumnCount(len(header))
        self.ui.table.setHorizontalHeaderLabels(header)
        self.ui.table.setRowCount(len(rows))
        self.ui.table.verticalHeader().setVisible(False)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.ui.table.setItem(i, j, QTableWidgetItem(value))
        self.ui.table.resizeColumnsToContents()
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        self.ui.buttonBox.rejected.connect(self.reject)

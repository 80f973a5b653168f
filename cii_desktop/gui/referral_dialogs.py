"""Referral dialogs on one case: evaluation grid, consent and sharing, target publics and transitions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from ..domain import grid as grid_rules
from ..domain import reference, sharing
from ..domain import target_publics as targets
from ..domain.dates import format_date
from ..services import referral
from ..storage.store import Store
from ..storage.unit_of_work import UnitOfWork
from . import consent_offices, i18n
from .forms import FormDialog, read_date, show_error
from .generated.ui_consent_dialog import Ui_ConsentDialog
from .generated.ui_grid_dialog import Ui_GridDialog
from .generated.ui_targets_dialog import Ui_TargetsDialog


def _text(label: reference.Label) -> str:
    return label.text(i18n.language())


class GridDialog(FormDialog):
    """Rate the 12 domains; the table's proposal and its reason update as the ratings change."""

    def __init__(self, store: Store, case_id: str, author: str, institution: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GridDialog()
        self.ui.setupUi(self)
        self._store, self._case_id, self._institution = store, case_id, institution or ""
        self.ui.assessedEdit.setText(format_date(dt.date.today()))
        self.ui.assessorEdit.setText(author)
        self.ui.ratingsTable.setRowCount(len(grid_rules.domains()))
        self.ui.ratingsTable.verticalHeader().setVisible(False)
        header = self.ui.ratingsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._combos: dict[str, QComboBox] = {}
        self._comments: dict[str, QLineEdit] = {}
        for row, code in enumerate(grid_rules.domains()):
            combo, comment = QComboBox(), QLineEdit()
            combo.currentIndexChanged.connect(self._propose)
            combo.activated.connect(self.mark_dirty)
            self._combos[code], self._comments[code] = combo, comment
            self.ui.ratingsTable.setCellWidget(row, 1, combo)
            self.ui.ratingsTable.setCellWidget(row, 2, comment)
        self.ui.levelCombo.currentIndexChanged.connect(self._level_changed)
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.ready(self.ui.buttonBox)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.ratingsTable.setHorizontalHeaderLabels([self.tr("Domain"), self.tr("Rating"), self.tr("Comment")])
        for row, code in enumerate(grid_rules.domains()):
            self.ui.ratingsTable.setItem(row, 0, QTableWidgetItem(_text(grid_rules.domain_label(code))))
            combo = self._combos[code]
            current = max(combo.currentIndex(), 0)
            combo.blockSignals(True)
            combo.clear()
            for rating in grid_rules.scale():
                combo.addItem(f"{rating} – {_text(grid_rules.scale_label(rating))}", rating)
            combo.setCurrentIndex(current)
            combo.blockSignals(False)
        current_level = self.ui.levelCombo.currentData()
        self.ui.levelCombo.blockSignals(True)
        self.ui.levelCombo.clear()
        for code in grid_rules.levels():
            self.ui.levelCombo.addItem(f"{_text(grid_rules.level_label(code))} – "
                                       f"{_text(grid_rules.level_meaning(code))}", code)
        self.ui.levelCombo.blockSignals(False)
        self._propose(keep=current_level)

    def ratings(self) -> dict[str, grid_rules.Rating]:
        return {code: grid_rules.Rating(int(self._combos[code].currentData() or 0), self._comments[code].text())
                for code in grid_rules.domains()}

    def _propose(self, *_: object, keep: str | None = None) -> None:
        proposal = grid_rules.propose(self.ratings())
        self.ui.proposalLabel.setText(self.tr("Proposed by the grid: %1").replace(
            "%1", proposal.reason(i18n.language())))
        index = self.ui.levelCombo.findData(keep or proposal.level)
        self.ui.levelCombo.setCurrentIndex(max(index, 0))
        self._level_changed()

    def _level_changed(self, *_: object) -> None:
        overruled = self.ui.levelCombo.currentData() != grid_rules.propose(self.ratings()).level
        self.ui.overrideEdit.setEnabled(overruled)

    def save(self) -> None:
        show_error(self.ui.formError, None, None)
        ok, assessed = read_date(self.ui.assessedEdit, self.ui.formError)
        if not ok or assessed is None:
            return

        def write() -> None:
            with self._store.unit_of_work() as uow:
                referral.record_grid(uow, self._case_id, self.ratings(), self.ui.assessorEdit.text(), assessed,
                                     institution_code=self._institution, level=self.ui.levelCombo.currentData(),
                                     override_reason=self.ui.overrideEdit.text())

        ui = self.ui
        if self.attempt(write, ui.formError, fields={
                "assessor": ui.assessorEdit, "assessed_on": ui.assessedEdit, "level": ui.levelCombo,
                "override_reason": ui.overrideEdit, "ratings": ui.ratingsTable}):
            self.notify(self.tr("Evaluation grid saved."))
            self.accepted_clean()


class ConsentDialog(FormDialog):
    """Procuration CII (institutions ticked), refusal or legal basis; revoke; the sharing state on top."""

    def __init__(self, store: Store, case_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self._store, self._case_id, self._author = store, case_id, author
        self.ui.dateEdit.setText(format_date(dt.date.today()))
        for radio in (self.ui.procurationRadio, self.ui.refusalRadio, self.ui.legalRadio):
            radio.toggled.connect(self._kind_changed)
        self.ui.revokeButton.clicked.connect(self.revoke)
        self.ui.signedButton.clicked.connect(self.mark_signed)
        self.ui.consentsList.currentItemChanged.connect(lambda *_: self._buttons())
        consent_offices.install(self.ui.institutionsList)
        self.ui.institutionsList.itemChanged.connect(self.mark_dirty)
        self.ui.institutionsList.itemChanged.connect(lambda *_: consent_offices.show_offices(self.ui.institutionsList))
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.ready(self.ui.buttonBox)
        self.ui.buttonBox.rejected.disconnect()
        self.ui.buttonBox.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        consent_offices.fill(self.ui.institutionsList)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Record"))
        self._load()
        self._kind_changed()

    def _load(self) -> None:
        self.ui.consentsList.clear()
        with self._store.reading() as session:
            state = referral.sharing_state(session, self._case_id)
            rows = referral.consents(session, self._case_id)
            for row in rows:
                kind = {"procuration": self.tr("Procuration CII"), "refusal": self.tr("Refusal"),
                        "legal_basis": self.tr("Legal basis LIAS art. 60 ff.")}[row.kind]
                parts = [f"{format_date(row.given_on)}  {kind}"]
                if row.kind == "procuration":
                    parts.append(institution_names(referral.institutions_of(row), referral.offices_of(row)))
                    parts.append(self.tr("valid until %1").replace("%1", format_date(row.valid_until)))
                    parts.append(self.tr("signed") if row.signature_status != "pending" else self.tr("not signed yet"))
                if row.kind == "legal_basis":
                    parts.append(self.tr("decided by %1").replace("%1", row.decided_by))
                    parts.append(institution_names(referral.institutions_of(row), referral.offices_of(row))
                                 or self.tr("whole network"))
                    if row.valid_until:
                        parts.append(self.tr("valid until %1").replace("%1", format_date(row.valid_until)))
                if row.revoked_on:
                    parts.append(self.tr("revoked on %1").replace("%1", format_date(row.revoked_on)))
                item = QListWidgetItem(" – ".join(parts))
                item.setData(Qt.ItemDataRole.UserRole, (row.id, row.kind, row.revoked_on is None,
                                                        row.signature_status))
                self.ui.consentsList.addItem(item)
        self.ui.stateLabel.setText(sharing_text(state))
        self._buttons()

    def _buttons(self) -> None:
        item = self.ui.consentsList.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.ui.revokeButton.setEnabled(bool(data and data[1] != "refusal" and data[2]))
        self.ui.signedButton.setEnabled(bool(data and data[1] == "procuration" and data[3] == "pending"))

    def _kind_changed(self, *_: object) -> None:
        procuration, legal = self.ui.procurationRadio.isChecked(), self.ui.legalRadio.isChecked()
        for widget in (self.ui.institutionsList, self.ui.validEdit):
            widget.setEnabled(procuration or legal)
        self.ui.signedCheck.setEnabled(procuration)
        self.ui.decidedEdit.setEnabled(legal)
        self.ui.validLabel.setText(self.tr("&Valid until (empty: until revoked):") if legal else
                                   self.tr("&Valid until (empty: 2 years):"))
        self.ui.institutionsLabel.setText(self.tr("&Institutions sharing (none ticked: the whole network):")
                                          if legal else self.tr("&Institutions that may exchange information:"))
        self.ui.institutionsLabel.setText(self.ui.institutionsLabel.text() + "\n" + self.tr(
            "Offices: tick some under an institution to share with those offices only."))

    def _selected(self) -> list[str]:
        return consent_offices.selected(self.ui.institutionsList)

    def save(self) -> None:
        show_error(self.ui.formError, None, None)
        ok, given = read_date(self.ui.dateEdit, self.ui.formError)
        ok_valid, valid = read_date(self.ui.validEdit, self.ui.formError, required=False) if ok else (False, None)
        if not (ok and ok_valid) or given is None:
            return

        offices = consent_offices.selected_offices(self.ui.institutionsList)

        def write() -> None:
            with self._store.unit_of_work() as uow:
                if self.ui.procurationRadio.isChecked():
                    referral.record_procuration(uow, self._case_id, self._selected(), given, self._author,
                                                valid_until=valid, signed=self.ui.signedCheck.isChecked(),
                                                note=self.ui.noteEdit.text(), offices=offices)
                elif self.ui.refusalRadio.isChecked():
                    referral.record_refusal(uow, self._case_id, given, self._author, self.ui.noteEdit.text())
                else:
                    referral.record_legal_basis(uow, self._case_id, given, self.ui.decidedEdit.text(),
                                                self._author, self.ui.noteEdit.text(),
                                                institution_codes=self._selected(), valid_until=valid,
                                                offices=offices)

        if self.attempt(write, self.ui.formError, fields={
                "given_on": self.ui.dateEdit, "valid_until": self.ui.validEdit, "decided_by": self.ui.decidedEdit,
                "institutions": self.ui.institutionsList, "offices": self.ui.institutionsList}):
            self._reset()
            self.changed = True
            self._load()

    def _reset(self) -> None:
        """After a record the form is blank again: a second click cannot record a second consent."""
        self._loading = True
        consent_offices.clear(self.ui.institutionsList)
        for edit in (self.ui.validEdit, self.ui.noteEdit, self.ui.decidedEdit):
            edit.clear()
        self.ui.signedCheck.setChecked(False)
        self.ui.dateEdit.setText(format_date(dt.date.today()))
        self._loading = False
        self._dirty = False

    def _on_selected(self, action: Callable[[UnitOfWork, str], object]) -> None:
        """Run ``action`` on the consent selected in the list, then show the new state."""
        item = self.ui.consentsList.currentItem()
        if item is None:
            return
        consent_id = item.data(Qt.ItemDataRole.UserRole)[0]

        def write() -> None:
            with self._store.unit_of_work() as uow:
                action(uow, consent_id)

        if self.attempt(write, self.ui.formError):
            self.changed = True
            self._load()

    def revoke(self) -> None:
        self._on_selected(lambda uow, consent_id: referral.revoke_consent(uow, consent_id, dt.date.today(),
                                                                          self._author))

    def mark_signed(self) -> None:
        self._on_selected(referral.mark_consent_signed)

def institution_names(codes: tuple[str, ...] | list[str], offices: sharing.Offices = ()) -> str:
    """Institutions by their short name in the current language (ORP/RAV, CMS/SMZ, …) in the network's
    order, each followed by the offices ``offices`` restricts it to: "ORP (Sion), CMS"."""
    names = []
    named = dict(offices)
    order = reference.codes(reference.INSTITUTIONS)
    for code in sorted(codes, key=lambda c: order.index(c) if c in order else len(order)):
        try:
            name = i18n.short(reference.by_code(reference.INSTITUTIONS, code))
        except KeyError:
            name = code
        if named.get(code):
            name += " (" + ", ".join(i18n.short(e) for e in reference.OFFICES if e.code in named[code]) + ")"
        names.append(name)
    return ", ".join(names)


def sharing_text(state: referral.SharingState) -> str:
    """The case's sharing state, said plainly (always visible in the window)."""
    if state.basis == "consent":
        names = institution_names(state.institutions, state.offices)
        return QCoreApplication.translate("Sharing", "Shared with: %1 (procuration CII)").replace("%1", names)
    if state.basis == "legal_basis":
        return QCoreApplication.translate("Sharing", "Shared under LIAS art. 60 ff. (legal basis recorded)")
    if state.refused:
        return QCoreApplication.translate(
            "Sharing", "Local only: the person refused (grid filed with the mention \"Refus\")")
    if state.pending_signature:
        return QCoreApplication.translate("Sharing", "Local only: the procuration is not signed yet")
    return QCoreApplication.translate("Sharing", "Local only: no consent recorded, nothing leaves this computer")


class TargetsDialog(FormDialog):
    """The annex rows matching the situation, their reminders, and the transitions register entry."""

    def __init__(self, store: Store, case_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self._store, self._case_id, self._author = store, case_id, author
        self.ui.dateEdit.setText(format_date(dt.date.today()))
        self.ui.targetsTable.verticalHeader().setVisible(False)
        header = self.ui.targetsTable.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        # The annex rows' long titles: the combo box shows their start (the full title in its list
        # and tooltip), so the dialog fits a 1366-pixel screen.
        self.ui.rowCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.rowCombo.setMinimumContentsLength(40)
        self.ui.reminderButton.clicked.connect(self.create_reminder)
        self.ui.recordButton.clicked.connect(self.record)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate()
        show_error(self.ui.formError, None, None)
        self.watch_inputs()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        lang = i18n.language()
        self.ui.targetsTable.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Target public"), self.tr("Procedure"), self.tr("Status"), self.tr("When"),
            self.tr("Due on")])
        self.ui.directionCombo.clear()
        self.ui.directionCombo.addItem(self.tr("ORP → CMS"), "orp_to_cms")
        self.ui.directionCombo.addItem(self.tr("CMS → ORP"), "cms_to_orp")
        self.ui.rowCombo.clear()
        for row in targets.rows():
            self.ui.rowCombo.addItem(f"{row.number}. {row.public.text(lang)}", row.number)
            self.ui.rowCombo.setItemData(self.ui.rowCombo.count() - 1, f"{row.number}. {row.public.text(lang)}",
                                         Qt.ItemDataRole.ToolTipRole)
        with self._store.reading() as session:
            proposals = referral.propose_targets(session, self._case_id)
        self.ui.targetsTable.setRowCount(len(proposals))
        silent = []
        for i, proposal in enumerate(proposals):
            row = proposal.row
            values = [str(row.number), row.public.text(lang), row.procedure.text(lang),
                      targets.status_label(row.status).text(lang), row.when.text(lang),
                      format_date(proposal.due_on) or "–"]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.number)
                self.ui.targetsTable.setItem(i, column, item)
            if not row.announce_to_orp:
                silent.append(str(row.number))
        self.ui.targetsTable.resizeRowsToContents()
        if proposals:
            self.ui.targetsTable.selectRow(0)
            index = self.ui.rowCombo.findData(proposals[0].row.number)
            self.ui.rowCombo.setCurrentIndex(max(index, 0))
            direction = self.ui.directionCombo.findData(proposals[0].row.direction)
            self.ui.directionCombo.setCurrentIndex(max(direction, 0))
        text = ""
        if silent:
            text = self.tr("Row(s) %1: no announcement to the ORP.", "", len(silent)).replace("%1", ", ".join(silent))
        elif not proposals:
            text = self.tr("No row of the table matches the person's situation.")
        self.ui.noAnnouncementLabel.setText(text)
        self.ui.noAnnouncementLabel.setVisible(bool(text))
        self.ui.reminderButton.setEnabled(bool(proposals))  # nothing to remind of on an empty table

    def create_reminder(self) -> None:
        item = self.ui.targetsTable.currentItem()
        if item is None:
            return
        number = int(item.data(Qt.ItemDataRole.UserRole))
        created: list[object] = []

        def write() -> None:
            with self._store.unit_of_work() as uow:
                created.append(referral.apply_target(uow, self._case_id, number, i18n.language()))

        if self.attempt(write, self.ui.formError):
            self.changed = True
            message = self.tr("Reminder created.") if created[0] else self.tr("This row has no due date.")
            self.ui.noAnnouncementLabel.setText(message)
            self.ui.noAnnouncementLabel.setVisible(True)

    def record(self) -> None:
        show_error(self.ui.formError, None, None)
        ok, on = read_date(self.ui.dateEdit, self.ui.formError)
        ok_meeting, meeting = read_date(self.ui.meetingEdit, self.ui.formError, required=False) if ok else (False, None)
        if not (ok and ok_meeting) or on is None:
            return

        def write() -> None:
            with self._store.unit_of_work() as uow:
                referral.record_collaboration(uow, self._case_id, self.ui.directionCombo.currentData(),
                                              int(self.ui.rowCombo.currentData()), on, self._author,
                                              meeting_on=meeting, note=self.ui.noteEdit.text())

        if self.attempt(write, self.ui.formError):
            self.changed = True
            self._dirty = False
            self.ui.noAnnouncementLabel.setText(self.tr("Transition recorded."))
            self.ui.noAnnouncementLabel.setVisible(True)

    def save(self) -> None:
        self.record()

"""The assessment window: organisation, regional team, evaluation, contrat d'objectifs editor, reviews."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QTableWidget, QWidget

from ..domain import contract as rules
from ..domain import reference
from ..domain.contract import ContractContent, Measure, Objective
from ..domain.dates import format_date
from ..domain.errors import FieldError, ValidationFailed
from ..domain.rule_tables import coded
from ..services import assessment
from ..storage.assessment_records import Contract, Review
from ..storage.records import Handling
from ..storage.store import Store
from . import i18n, screen_fit
from . import table_cells as cells
from .forms import FormDialog, date_value, optional_date_value, select_code
from .generated.ui_assessment_dialog import Ui_AssessmentDialog
from .messages import message

MEASURE_COLUMNS = 8  # objective, kind, frame, provider, responsible, cost bearer, start, end


def _options(list_name: str, table: str) -> list[tuple[str, str]]:
    return [(label.text(i18n.language()), code) for code, label in coded(list_name, table).items()]


def _institutions(blank: str = "") -> list[tuple[str, str]]:
    return [(blank, "")] + [(i18n.short(e), e.code) for e in reference.INSTITUTIONS]


class AssessmentDialog(FormDialog):
    """Everything of one assessment; each part is saved on its own, a signed contract is read-only."""

    def __init__(self, store: Store, handling_id: str, open_document: Callable[[str, str], None],
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AssessmentDialog()
        self.ui.setupUi(self)
        self._store, self.handling_id, self._open_document = store, handling_id, open_document
        self._today = today or dt.date.today()
        self.contract_id: str | None = None
        self.signed_id: str | None = None
        ui = self.ui
        for button, slot in ((ui.scheduleButton, self.schedule), (ui.heldButton, self.mark_held),
                             (ui.closeHandlingButton, self.close_handling), (ui.saveTeamButton, self.save_team),
                             (ui.saveEvaluationButton, self.save_evaluation),
                             (ui.saveContractButton, self.save_contract), (ui.printContractButton, self.print_contract),
                             (ui.amendButton, self.amend), (ui.recordReviewButton, self.record_review)):
            button.clicked.connect(slot)
        ui.addMemberButton.clicked.connect(lambda: self._add_member("", "respondent", ""))
        ui.removeMemberButton.clicked.connect(lambda: self._remove(ui.teamTable))
        ui.addObjectiveButton.clicked.connect(lambda: self._add_objective(""))
        ui.removeObjectiveButton.clicked.connect(lambda: self._remove(ui.objectivesTable))
        ui.addMeasureButton.clicked.connect(lambda: self._add_measure(max(ui.objectivesTable.rowCount(), 1), None))
        ui.removeMeasureButton.clicked.connect(lambda: self._remove(ui.measuresTable))
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        for table in (ui.teamTable, ui.objectivesTable, ui.measuresTable, ui.commitmentsTable, ui.progressTable):
            table.itemChanged.connect(self.mark_dirty)
        screen_fit.compact(self.ui.tabs)  # fits a 1366x768 screen
        self.retranslate()
        self.load()
        self.watch_inputs()

    # Display ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        cells.prepare(self.ui.teamTable, [self.tr("Name"), self.tr("Role"), self.tr("Institution")], 0)
        cells.prepare(self.ui.objectivesTable, [self.tr("Objective")])
        cells.prepare(self.ui.measuresTable, [self.tr("Objective no."), self.tr("Measure"), self.tr("Legal frame"),
                                              self.tr("Provider"), self.tr("Responsible"), self.tr("Cost borne by"),
                                              self.tr("Start"), self.tr("End")], 1)
        cells.prepare(self.ui.commitmentsTable, [self.tr("Institution"), self.tr("Commitments")])
        cells.prepare(self.ui.progressTable, [self.tr("Objective"), self.tr("Progress"), self.tr("Comment")])
        current = self.ui.aimKindCombo.currentData()
        self.ui.aimKindCombo.clear()
        for label, code in _options("aims", "handlings.contract"):
            self.ui.aimKindCombo.addItem(label, code)
        select_code(self.ui.aimKindCombo, current)
        self.ui.outcomeCombo.clear()
        self.ui.outcomeCombo.addItem("", "")
        for label, code in _options("outcomes", "handlings.assessment"):
            self.ui.outcomeCombo.addItem(label, code)

    def load(self) -> None:
        """Fill every tab from the records (after each save too)."""
        self._loading = True
        ui = self.ui
        with self._store.reading() as session:
            row = session.get(Handling, self.handling_id)
            assert row is not None
            members = assessment.team(session, row.id)
            current = assessment.current_contract(session, row.id)
            flags = assessment.check(session, current.id) if current else []
            signed = assessment.signed_contract(session, row.id)
            reviews = assessment.reviews(session, signed.id) if signed else []
            reviewed = assessment.content_of(signed) if signed else None
            content = assessment.content_of(current) if current else None
            version, state = (current.version, current.state) if current else (0, "")
        lang = i18n.language()
        state_label = rules.state_labels()[row.state].text(lang)
        ui.stateValue.setText(state_label)
        waiting = assessment.waiting_days(row, self._today)
        ui.waitingValue.setText(self.tr("%1 days since the Bureau's decision (%2)")
                                .replace("%1", str(waiting)).replace("%2", format_date(row.created_on)))
        ui.headerLabel.setText(self.tr("Assessment – %1").replace("%1", state_label))
        ui.scheduledEdit.setText(format_date(row.scheduled_on))
        ui.placeEdit.setText(row.place)
        ui.heldEdit.setText(format_date(row.held_on))
        select_code(ui.outcomeCombo, row.outcome)
        ui.closedEdit.setText(format_date(row.closed_on))
        ui.teamTable.setRowCount(0)
        for m in members:
            self._add_member(m.name, m.role, m.institution_code)
        ui.medicalEdit.setPlainText(row.eval_medical)
        ui.professionalEdit.setPlainText(row.eval_professional)
        ui.socialEdit.setPlainText(row.eval_social)
        ui.resourcesEdit.setPlainText(row.eval_resources)
        self.contract_id = current.id if current else None
        self.signed_id = signed.id if signed else None
        self._show_contract(content, version, state, [f.message.text(lang) for f in flags], row.framework_end_on)
        self._show_reviews(reviewed, reviews)
        self._print_prerequisites(row, members, version, state)
        self.ui.recordReviewButton.setEnabled(signed is not None and row.state != "closed")
        closed = row.state == "closed"
        for widget in (ui.scheduleButton, ui.heldButton, ui.closeHandlingButton, ui.saveTeamButton,
                       ui.saveEvaluationButton):
            widget.setEnabled(not closed)
        ui.heldButton.setEnabled(row.state == "scheduled")
        self._dirty = False
        self._loading = False

    def _print_prerequisites(self, row: Handling, members: list[Any], version: int, state: str) -> None:
        """"Print and sign…" only when it can succeed; its tooltip says what is missing."""
        missing = []
        if row.held_on is None or row.state in ("to_organise", "scheduled"):
            missing.append(message("assessment.not_held"))
        if not any(m.role == "the_person" for m in members) or len(members) < 2:
            missing.append(message("assessment.team_incomplete"))
        if not version and state != "signed":
            missing.append(self.tr("Fill in the contract and save the draft."))
        button = self.ui.printContractButton
        button.setEnabled(not missing or state == "signed")
        button.setToolTip("\n".join(missing) if missing and state != "signed" else "")

    def _show_contract(self, content: ContractContent | None, version: int, state: str, flags: list[str],
                       framework_end: dt.date | None = None) -> None:
        ui = self.ui
        states = {"draft": self.tr("draft, not signed"), "signed": self.tr("signed – frozen"),
                  "superseded": self.tr("replaced by an amendment")}
        ui.contractStateLabel.setText(self.tr("No contract yet: fill it in and save the draft.") if not version else
                                      self.tr("Version %1 – %2").replace("%1", str(version))
                                      .replace("%2", states.get(state, state)))
        content = content or ContractContent("first_market", "", ())
        select_code(ui.aimKindCombo, content.aim_kind)
        ui.aimEdit.setText(content.aim)
        ui.frameworkEndEdit.setText(format_date(framework_end))
        for table in (ui.objectivesTable, ui.measuresTable, ui.commitmentsTable):
            table.setRowCount(0)
        for i, objective in enumerate(content.objectives, 1):
            self._add_objective(objective.text)
            for measure in objective.measures:
                self._add_measure(i, measure)
        ui.personCommitmentsEdit.setPlainText(content.person_commitments)
        codes = [cells.code_at(ui.teamTable, r, 2) for r in range(ui.teamTable.rowCount())]
        codes = sorted({c for c in codes if c} | set(content.institution_commitments))
        for code in codes:
            row = ui.commitmentsTable.rowCount()
            ui.commitmentsTable.insertRow(row)
            cells.set_combo(ui.commitmentsTable, row, 0, _institutions(), code)
            cells.set_text(ui.commitmentsTable, row, 1, content.institution_commitments.get(code, ""))
        ui.reviewDatesEdit.setText("; ".join(format_date(d) for d in content.review_dates))
        ui.lemcCheck.setChecked(content.lemc_conditions_met)
        ui.checksList.clear()
        ui.checksList.addItems([f"⚠ {f}" for f in flags] or ([self.tr("Every measure fits its institution's legal "
                                                                      "frame.")] if version else []))
        editable = state in ("", "draft")
        for widget in (ui.aimKindCombo, ui.aimEdit, ui.frameworkEndEdit, ui.objectivesTable, ui.measuresTable,
                       ui.commitmentsTable, ui.personCommitmentsEdit, ui.reviewDatesEdit, ui.lemcCheck,
                       ui.saveContractButton, ui.addObjectiveButton, ui.removeObjectiveButton,
                       ui.addMeasureButton, ui.removeMeasureButton):
            widget.setEnabled(editable)
        ui.amendButton.setEnabled(state == "signed")

    def _show_reviews(self, content: ContractContent | None, reviews: list[Review]) -> None:
        ui = self.ui
        ui.progressTable.setRowCount(0)
        for i, objective in enumerate(content.objectives if content else (), 1):
            ui.progressTable.insertRow(i - 1)
            cells.set_text(ui.progressTable, i - 1, 0, f"{i}. {objective.text}", editable=False)
            cells.set_combo(ui.progressTable, i - 1, 1, [("", "")] + _options("progress", "handlings.contract"))
            cells.set_text(ui.progressTable, i - 1, 2, "")
        ui.reviewsList.clear()
        labels, lang = coded("progress", "handlings.contract"), i18n.language()
        for review in reviews:
            parts = [f"{n}: {labels[p['status']].text(lang)}" for n, p in json.loads(review.progress).items()]
            ui.reviewsList.addItem(f"{format_date(review.held_on)} – {', '.join(parts)}"
                                   f"{' – ' + review.note if review.note else ''}")

    def _add_member(self, name: str, role: str, institution: str) -> None:
        table = self.ui.teamTable
        row = table.rowCount()
        table.insertRow(row)
        cells.set_text(table, row, 0, name)
        cells.set_combo(table, row, 1, _options("roles", "handlings.assessment"), role)
        cells.set_combo(table, row, 2, _institutions(), institution)

    def _add_objective(self, text: str) -> None:
        table = self.ui.objectivesTable
        table.insertRow(table.rowCount())
        cells.set_text(table, table.rowCount() - 1, 0, text)

    def _add_measure(self, objective: int, m: Measure | None) -> None:
        table = self.ui.measuresTable
        row = table.rowCount()
        table.insertRow(row)
        m = m or Measure("", "LACI")
        cells.set_text(table, row, 0, str(objective))
        cells.set_text(table, row, 1, m.kind)
        frames = [(code if code != "other" else label, code)  # the act's abbreviation keeps the column narrow
                  for label, code in _options("frames", "handlings.contract")]
        cells.set_combo(table, row, 2, frames, m.frame)
        cells.set_text(table, row, 3, m.provider)
        cells.set_combo(table, row, 4, _institutions(), m.responsible)
        cells.set_combo(table, row, 5, _institutions() + [(self.tr("The person"), "person")], m.cost_bearer)
        cells.set_text(table, row, 6, cells.date_cell(m.start))
        cells.set_text(table, row, 7, cells.date_cell(m.end))

    def _remove(self, table: QTableWidget) -> None:
        cells.remove_current(table)
        self.mark_dirty()

    # Writes ---------------------------------------------------------------------------------------
    def schedule(self) -> None:
        def write() -> None:
            on = date_value(self.ui.scheduledEdit.text())
            with self._store.unit_of_work() as uow:
                assessment.schedule(uow, self.handling_id, on, self.ui.placeEdit.text(), today=self._today)
        self.save_part(write, self.ui.formError, fields={
            "date": self.ui.scheduledEdit, "scheduled_on": self.ui.scheduledEdit, "place": self.ui.placeEdit})

    def mark_held(self) -> None:
        def write() -> None:
            on = date_value(self.ui.heldEdit.text())
            with self._store.unit_of_work() as uow:
                assessment.mark_held(uow, self.handling_id, on, today=self._today)
        self.save_part(write, self.ui.formError, fields={"date": self.ui.heldEdit, "held_on": self.ui.heldEdit})

    def close_handling(self) -> None:
        def write() -> None:
            on = date_value(self.ui.closedEdit.text())
            with self._store.unit_of_work() as uow:
                assessment.close(uow, self.handling_id, self.ui.outcomeCombo.currentData() or "", on,
                                 today=self._today)
        self.save_part(write, self.ui.formError, fields={
            "date": self.ui.closedEdit, "closed_on": self.ui.closedEdit, "outcome": self.ui.outcomeCombo})

    def save_team(self) -> None:
        table = self.ui.teamTable
        members = [assessment.Member(cells.text_at(table, r, 0), cells.code_at(table, r, 1),
                                     cells.code_at(table, r, 2)) for r in range(table.rowCount())]

        def write() -> None:
            with self._store.unit_of_work() as uow:
                assessment.set_team(uow, self.handling_id, members)
        if self.save_part(write, self.ui.formError, fields={"team": self.ui.teamTable}):
            self.notify(self.tr("Team saved."))

    def save_evaluation(self) -> None:
        ui = self.ui
        evaluation = assessment.Evaluation(ui.medicalEdit.toPlainText(), ui.professionalEdit.toPlainText(),
                                           ui.socialEdit.toPlainText(), ui.resourcesEdit.toPlainText())

        def write() -> None:
            with self._store.unit_of_work() as uow:
                assessment.save_evaluation(uow, self.handling_id, evaluation)
        ui = self.ui
        if self.save_part(write, self.ui.formError, fields={
                "medical": ui.medicalEdit, "professional": ui.professionalEdit, "social": ui.socialEdit,
                "resources": ui.resourcesEdit}):
            self.notify(self.tr("Evaluation saved."))

    def content(self) -> ContractContent:
        """The editor's content (raises ValidationFailed on an impossible date or objective number)."""
        ui = self.ui
        objectives = [cells.text_at(ui.objectivesTable, r, 0) for r in range(ui.objectivesTable.rowCount())]
        measures: dict[int, list[Measure]] = {}
        table = ui.measuresTable
        for r in range(table.rowCount()):
            number = cells.text_at(table, r, 0)
            if not number.isdigit() or not 1 <= int(number) <= len(objectives):
                raise ValidationFailed([FieldError("measures", "contract.measure_incomplete")])
            measures.setdefault(int(number), []).append(Measure(
                cells.text_at(table, r, 1), cells.code_at(table, r, 2), cells.text_at(table, r, 3),
                cells.code_at(table, r, 4), cells.code_at(table, r, 5), cells.date_at(table, r, 6),
                cells.date_at(table, r, 7)))
        commitments = {cells.code_at(ui.commitmentsTable, r, 0): cells.text_at(ui.commitmentsTable, r, 1)
                       for r in range(ui.commitmentsTable.rowCount()) if cells.code_at(ui.commitmentsTable, r, 0)}
        return ContractContent(
            aim_kind=ui.aimKindCombo.currentData() or "", aim=ui.aimEdit.text(),
            objectives=tuple(Objective(text, tuple(measures.get(i, []))) for i, text in enumerate(objectives, 1)),
            person_commitments=ui.personCommitmentsEdit.toPlainText(), institution_commitments=commitments,
            review_dates=cells.dates_from_text(ui.reviewDatesEdit.text()),
            lemc_conditions_met=ui.lemcCheck.isChecked())

    def save_contract(self) -> bool:
        def write() -> None:
            content = self.content()
            framework_end = optional_date_value(self.ui.frameworkEndEdit, "framework_end")
            with self._store.unit_of_work() as uow:
                row = uow.get(Contract, self.contract_id) if self.contract_id else None
                row = row or assessment.draft(uow, self.handling_id)
                assessment.set_framework_end(uow, self.handling_id, framework_end)
                assessment.save_contract(uow, row.id, content)
        return self.save_part(write, self.ui.formError, fields={"framework_end": self.ui.frameworkEndEdit})

    def print_contract(self) -> None:
        """Save a draft first, then open the print preview where every party signs."""
        if self.ui.saveContractButton.isEnabled() and not self.save_contract():
            return
        if self.contract_id:
            self._open_document("contract", self.contract_id)
            self.changed = True
            self.load()

    def amend(self) -> None:
        def write() -> None:
            with self._store.unit_of_work() as uow:
                assert self.contract_id is not None
                assessment.amend(uow, self.contract_id)
        self.save_part(write, self.ui.formError)

    def record_review(self) -> None:
        table = self.ui.progressTable
        progress = {r + 1: assessment.Progress(cells.code_at(table, r, 1), cells.text_at(table, r, 2))
                    for r in range(table.rowCount()) if cells.code_at(table, r, 1)}

        def write() -> None:
            on = date_value(self.ui.reviewDateEdit.text())
            assert self.signed_id is not None
            with self._store.unit_of_work() as uow:
                assessment.record_review(uow, self.signed_id, on, progress, self.ui.reviewNoteEdit.toPlainText(),
                                         today=self._today)
        if self.save_part(write, self.ui.formError):
            self.ui.reviewDateEdit.clear()
            self.ui.reviewNoteEdit.clear()

"""The assessment window: organisation, regional team, evaluation, contrat d'objectifs editor, reviews."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTableWidget, QWidget

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
from .edit_merge import FieldSet, changed_text, label_text, note_label
from .forms import FormDialog, date_value, optional_date_value, select_code
from .generated.ui_assessment_dialog import Ui_AssessmentDialog
from .messages import message

EVALUATION = ("eval_medical", "eval_professional", "eval_social", "eval_resources")
CONTRACT = ("aim_kind", "aim", "framework_end_on", "person_commitments", "review_dates", "lemc_conditions_met",
            "objectives", "measures", "institution_commitments")
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
        self.changedNote = note_label(self)  # "changed elsewhere": which fields, the input kept
        ui.dialogLayout.insertWidget(ui.dialogLayout.indexOf(ui.buttonBox), self.changedNote)
        self._elsewhere: tuple[list[str], list[str]] = ([], [])
        self.fields = self._fields()
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
        if hasattr(self, "changedNote"):
            self._changed_text()

    # Only the user's changes are written, never over a change made elsewhere unseen ---------------
    def _fields(self) -> FieldSet:
        ui, fields = self.ui, FieldSet()
        for name, widget in (("eval_medical", ui.medicalEdit), ("eval_professional", ui.professionalEdit),
                             ("eval_social", ui.socialEdit), ("eval_resources", ui.resourcesEdit),
                             ("aim_kind", ui.aimKindCombo), ("aim", ui.aimEdit),
                             ("framework_end_on", ui.frameworkEndEdit),
                             ("person_commitments", ui.personCommitmentsEdit),
                             ("review_dates", ui.reviewDatesEdit), ("lemc_conditions_met", ui.lemcCheck)):
            fields.widget(name, widget)
        for name, table, add in (
                ("team", ui.teamTable, lambda: self._add_member("", "respondent", "")),
                ("objectives", ui.objectivesTable, lambda: self._add_objective("")),
                ("measures", ui.measuresTable, lambda: self._add_measure(1, None)),
                ("institution_commitments", ui.commitmentsTable, lambda: self._add_commitment("", ""))):
            fields.add(name, lambda t=table: cells.row_values(t),
                       lambda rows, t=table, a=add: cells.put_rows(t, rows, a))
        return fields

    def _record(self) -> dict[str, object]:
        """The assessment as stored now, by field (compared with what the form was filled from)."""
        with self._store.reading() as session:
            row = session.get(Handling, self.handling_id)
            assert row is not None
            record: dict[str, object] = {name: getattr(row, name) for name in (
                "eval_medical", "eval_professional", "eval_social", "eval_resources", "framework_end_on")}
            record["team"] = [(m.name, m.role, m.institution_code) for m in assessment.team(session, row.id)]
            current = assessment.current_contract(session, row.id)
            if current is not None:
                record["contract"] = (current.id, current.version, current.state)
                record.update(vars(assessment.content_of(current)))
        return record

    def _changed_elsewhere(self) -> bool:
        """At Save: when the record changed since loading, show it (the user's input kept), write nothing."""
        elsewhere = self.fields.changed_since(self._record())
        if not elsewhere:
            return False
        kept = self.fields.merge(self.load)
        self._dirty = True
        self._elsewhere = (elsewhere, [n for n in elsewhere if n in kept])
        self.changedNote.setVisible(True)
        self._changed_text()
        return True

    def save_part(self, write: Callable[[], object], label: QLabel, fields: dict[str, QWidget] | None = None,
                  part: tuple[str, ...] = ()) -> bool:
        """Saving one part shows every tab again: what the user typed in the other parts stays."""
        kept = {n: v for n, v in self.fields.mine().items() if n not in part}
        if not super().save_part(write, label, fields):
            return False
        for name, value in kept.items():
            self.fields.setters[name](value)
        self._dirty = bool(kept)
        return True

    def _changed_text(self) -> None:
        ui, (elsewhere, both) = self.ui, self._elsewhere
        names = {name: label_text(getattr(ui, f"{label}Label")) for name, label in (
            ("eval_medical", "medical"), ("eval_professional", "professional"), ("eval_social", "social"),
            ("eval_resources", "resources"), ("aim_kind", "aimKind"), ("aim", "aim"),
            ("framework_end_on", "frameworkEnd"), ("person_commitments", "personCommitments"),
            ("review_dates", "reviewDates"), ("objectives", "objectives"), ("measures", "measures"),
            ("institution_commitments", "institutionCommitments"), ("contract", "contractState"))}
        names["lemc_conditions_met"] = label_text(ui.lemcCheck)
        names["team"] = ui.tabs.tabText(ui.tabs.indexOf(ui.teamTab)).replace("&", "")
        shown = list(dict.fromkeys(names.get(n, n) for n in elsewhere))
        self.changedNote.setText(changed_text(shown, list(dict.fromkeys(names.get(n, n) for n in both))))

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
        ui.waitingValue.setText(self.tr("%1 days since the Bureau's decision (%2)", "", waiting)
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
        self.fields.loaded(self._record())
        self.changedNote.setVisible(False)
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
            self._add_commitment(code, content.institution_commitments.get(code, ""))
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

    def _add_commitment(self, code: str, text: str) -> None:
        table = self.ui.commitmentsTable
        row = table.rowCount()
        table.insertRow(row)
        cells.set_combo(table, row, 0, _institutions(), code)
        cells.set_text(table, row, 1, text)

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
        if self._changed_elsewhere():
            return
        table = self.ui.teamTable
        members = [assessment.Member(cells.text_at(table, r, 0), cells.code_at(table, r, 1),
                                     cells.code_at(table, r, 2)) for r in range(table.rowCount())]

        def write() -> None:
            with self._store.unit_of_work() as uow:
                assessment.set_team(uow, self.handling_id, members)
        if self.save_part(write, self.ui.formError, fields={"team": self.ui.teamTable}, part=("team",)):
            self.notify(self.tr("Team saved."))

    def save_evaluation(self) -> None:
        if self._changed_elsewhere():
            return
        ui = self.ui
        evaluation = assessment.Evaluation(ui.medicalEdit.toPlainText(), ui.professionalEdit.toPlainText(),
                                           ui.socialEdit.toPlainText(), ui.resourcesEdit.toPlainText())

        def write() -> None:
            with self._store.unit_of_work() as uow:
                assessment.save_evaluation(uow, self.handling_id, evaluation)
        ui = self.ui
        if self.save_part(write, self.ui.formError, fields={
                "medical": ui.medicalEdit, "professional": ui.professionalEdit, "social": ui.socialEdit,
                "resources": ui.resourcesEdit}, part=EVALUATION):
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
        if self._changed_elsewhere():
            return False
        def write() -> None:
            content = self.content()
            framework_end = optional_date_value(self.ui.frameworkEndEdit, "framework_end")
            with self._store.unit_of_work() as uow:
                row = uow.get(Contract, self.contract_id) if self.contract_id else None
                row = row or assessment.draft(uow, self.handling_id)
                assessment.set_framework_end(uow, self.handling_id, framework_end)
                assessment.save_contract(uow, row.id, content)
        return self.save_part(write, self.ui.formError, fields={"framework_end": self.ui.frameworkEndEdit},
                              part=CONTRACT)

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

"""Table ronde and network meeting: planning, then the minutes editor (participants, decisions, next steps)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QSizePolicy, QSpacerItem, QWidget

from ..domain import reference
from ..domain.dates import format_date
from ..domain.rule_tables import coded
from ..services import meetings
from ..storage.records import Meeting
from ..storage.store import Store
from . import i18n, screen_fit
from . import table_cells as cells
from .edit_merge import FieldSet, changed_text, label_text, note_label
from .forms import FormDialog, date_value, select_code
from .generated.ui_meeting_dialog import Ui_MeetingDialog


class MeetingDialog(FormDialog):
    """Plans a new meeting (``meeting_id`` None) or edits the minutes of one."""

    def __init__(self, store: Store, case_id: str, meeting_id: str | None,
                 open_document: Callable[[str, str], None], coordinator: str = "",
                 parent: QWidget | None = None, today: dt.date | None = None,
                 handling_id: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self._store, self._case_id, self.meeting_id = store, case_id, meeting_id
        self._open_document, self._today = open_document, today or dt.date.today()
        self._handling_id = handling_id  # the Bureau's table ronde this meeting holds
        ui = self.ui
        ui.scheduleButton.clicked.connect(self.schedule)
        ui.saveMinutesButton.clicked.connect(self.save_minutes)
        ui.printMinutesButton.clicked.connect(self.print_minutes)
        ui.addParticipantButton.clicked.connect(lambda: self._add_participant("", "", "", True))
        ui.removeParticipantButton.clicked.connect(lambda: (cells.remove_current(ui.participantsTable),
                                                            self.mark_dirty()))
        ui.addStepButton.clicked.connect(lambda: self._add_step("", "", None))
        ui.removeStepButton.clicked.connect(lambda: (cells.remove_current(ui.stepsTable), self.mark_dirty()))
        ui.kindCombo.currentIndexChanged.connect(lambda _: self._hint())
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        for table in (ui.participantsTable, ui.stepsTable):
            table.itemChanged.connect(self.mark_dirty)
        for widget in (ui.kindHint, ui.scheduleButton):  # under the list, not spread down the page
            widget.setSizePolicy(widget.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Maximum)
        ui.planningForm.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        screen_fit.compact(self.ui.tabs)  # fits a 1366x768 screen
        self.changedNote = note_label(self)  # "changed elsewhere": which fields, the input kept
        ui.dialogLayout.insertWidget(ui.dialogLayout.indexOf(ui.buttonBox), self.changedNote)
        self._elsewhere: tuple[list[str], list[str]] = ([], [])
        self.fields = FieldSet()  # the minutes as loaded and as shown: only the user's changes are written
        for name, widget in (("held_on", ui.heldEdit), ("situation", ui.situationEdit),
                             ("problems", ui.problemsEdit), ("decisions", ui.decisionsEdit),
                             ("recommended", ui.recommendedCombo), ("outcome", ui.outcomeCombo),
                             ("distribution", ui.distributionEdit)):
            self.fields.widget(name, widget)
        self.fields.add("participants", self._participant_rows, self._put_participants)
        self.fields.add("steps", self._step_rows, self._put_steps)
        self.retranslate()
        ui.coordinatorEdit.setText(coordinator)
        self.load()
        self.watch_inputs()

    def retranslate(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        kind = ui.kindCombo.currentData()
        ui.kindCombo.clear()
        ui.kindCombo.addItem(self.tr("Table ronde (without the person)"), "round_table")
        ui.kindCombo.addItem(self.tr("Network meeting (with the person's agreement)"), "network")
        select_code(ui.kindCombo, kind)
        recommended = ui.recommendedCombo.currentData()
        ui.recommendedCombo.clear()
        ui.recommendedCombo.addItem("", "")
        for code, label in coded("recommendations", "handlings").items():
            ui.recommendedCombo.addItem(label.text(i18n.language()), code)
        select_code(ui.recommendedCombo, recommended)
        outcome = ui.outcomeCombo.currentData()  # the code the annual report counts (tables/outcomes.json)
        ui.outcomeCombo.clear()
        ui.outcomeCombo.addItem("", "")
        for code, label in coded("meeting_outcomes", "outcomes").items():
            ui.outcomeCombo.addItem(label.text(i18n.language()), code)
        select_code(ui.outcomeCombo, outcome)
        cells.prepare(ui.participantsTable, [self.tr("Name"), self.tr("Institution"), self.tr("Role"),
                                             self.tr("Present")], (0, 2))
        cells.prepare(ui.stepsTable, [self.tr("Next step"), self.tr("Owner"), self.tr("Deadline (dd.mm.yyyy)")], 0)
        self._hint()
        if hasattr(self, "changedNote"):
            self._changed_text()

    def _hint(self) -> None:
        self.ui.kindHint.setText(self.tr("Held without the person, between professionals.")
                                 if self.ui.kindCombo.currentData() == "round_table" else
                                 self.tr("Needs the person's agreement (procuration CII or legal basis)."))

    def _institutions(self) -> list[tuple[str, str]]:
        return [("", "")] + [(i18n.short(e), e.code) for e in reference.INSTITUTIONS]

    def load(self) -> None:
        self._loading = True
        ui = self.ui
        ui.invitedList.clear()
        invited: list[str] = []
        row: Meeting | None = None
        if self.meeting_id:
            with self._store.reading() as session:
                row = session.get(Meeting, self.meeting_id)
                assert row is not None
                people = meetings.participants(session, row.id)
                steps = meetings.steps(session, row.id)
                invited = json.loads(row.invited or "[]")
        for entry in reference.INSTITUTIONS:
            item = QListWidgetItem(i18n.label(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            item.setCheckState(Qt.CheckState.Checked if entry.code in invited else Qt.CheckState.Unchecked)
            ui.invitedList.addItem(item)
        # every institution shown, and no more: the hint and the Schedule button follow right under it
        rows = sum(ui.invitedList.sizeHintForRow(i) for i in range(ui.invitedList.count()))
        ui.invitedList.setMaximumHeight(rows + 2 * ui.invitedList.frameWidth() + 4)
        planned = row is not None
        for widget in (ui.kindCombo, ui.dateEdit, ui.placeEdit, ui.coordinatorEdit, ui.invitedList,
                       ui.scheduleButton):
            widget.setEnabled(not planned)
        ui.tabs.setTabEnabled(1, planned)
        if row is not None:
            select_code(ui.kindCombo, row.kind)
            ui.dateEdit.setText(format_date(row.scheduled_on))
            ui.placeEdit.setText(row.place)
            ui.coordinatorEdit.setText(row.coordinator)
            ui.heldEdit.setText(format_date(row.held_on or row.scheduled_on))
            ui.situationEdit.setPlainText(row.situation)
            ui.problemsEdit.setPlainText(row.problems)
            ui.decisionsEdit.setPlainText(row.decisions)
            select_code(ui.recommendedCombo, row.recommended)
            select_code(ui.outcomeCombo, row.outcome)
            ui.distributionEdit.setText(row.distribution)
            ui.participantsTable.setRowCount(0)
            for p in people:
                self._add_participant(p.name, p.institution_code, p.role, p.present)
            ui.stepsTable.setRowCount(0)
            for s in steps:
                self._add_step(s.text, s.owner, s.due_on)
            ui.tabs.setCurrentIndex(1)
            self.setWindowTitle(ui.kindCombo.currentText())
            self.fields.loaded(self._record())
            self.changedNote.setVisible(False)
        self._dirty = False
        self._loading = False

    def _record(self) -> dict[str, object] | None:
        """The minutes as stored now, by field (compared with what the form was filled from)."""
        if not self.meeting_id:
            return None
        with self._store.reading() as session:
            row = session.get(Meeting, self.meeting_id)
            if row is None or row.deleted:
                return None
            record: dict[str, object] = {name: getattr(row, name) for name in (
                "held_on", "situation", "problems", "decisions", "recommended", "outcome", "distribution")}
            record["participants"] = sorted((p.name, p.institution_code, p.role, p.present)
                                            for p in meetings.participants(session, row.id))
            record["steps"] = sorted((s.text, s.owner, s.due_on) for s in meetings.steps(session, row.id))
            return record

    def _participant_rows(self) -> tuple[tuple[str, str, str, bool], ...]:
        t = self.ui.participantsTable
        return tuple((cells.text_at(t, r, 0), cells.code_at(t, r, 1), self._role_at(r), cells.checked_at(t, r, 3))
                     for r in range(t.rowCount()))

    def _put_participants(self, rows: tuple[tuple[str, str, str, bool], ...]) -> None:
        self.ui.participantsTable.setRowCount(0)
        for name, institution, role, present in rows:
            self._add_participant(name, institution, role, present)

    def _step_rows(self) -> tuple[tuple[str, str, str], ...]:
        t = self.ui.stepsTable
        return tuple((cells.text_at(t, r, 0), cells.text_at(t, r, 1), cells.text_at(t, r, 2))
                     for r in range(t.rowCount()))

    def _put_steps(self, rows: tuple[tuple[str, str, str], ...]) -> None:
        table = self.ui.stepsTable
        table.setRowCount(0)
        for text, owner, due in rows:
            self._add_step(text, owner, None)
            cells.set_text(table, table.rowCount() - 1, 2, due)

    def _changed_text(self) -> None:
        ui, (elsewhere, both) = self.ui, self._elsewhere
        names = {name: label_text(getattr(ui, f"{label}Label")) for name, label in (
            ("held_on", "held"), ("situation", "situation"), ("problems", "problems"), ("decisions", "decisions"),
            ("recommended", "recommended"), ("outcome", "outcome"), ("distribution", "distribution"),
            ("participants", "participants"), ("steps", "steps"))}
        self.changedNote.setText(changed_text([names.get(n, n) for n in elsewhere], [names.get(n, n) for n in both]))

    def _add_participant(self, name: str, institution: str, role: str, present: bool) -> None:
        table = self.ui.participantsTable
        row = table.rowCount()
        table.insertRow(row)
        cells.set_text(table, row, 0, name)
        cells.set_combo(table, row, 1, self._institutions(), institution)
        entry = next((e for e in reference.ROLES if e.code == role), None)
        cells.set_text(table, row, 2, i18n.label(entry) if entry else role)  # a role code shown in words
        item = table.item(row, 2)
        if entry and item is not None:
            item.setData(Qt.ItemDataRole.UserRole, (entry.code, i18n.label(entry)))
        cells.set_check(table, row, 3, present)

    def _role_at(self, row: int) -> str:
        """The role as stored: its code while the words shown for it are unchanged, else as typed."""
        item = self.ui.participantsTable.item(row, 2)
        shown = cells.text_at(self.ui.participantsTable, row, 2)
        kept = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(kept[0]) if isinstance(kept, tuple | list) and kept[1] == shown else shown

    def _add_step(self, text: str, owner: str, due: dt.date | None) -> None:
        table = self.ui.stepsTable
        row = table.rowCount()
        table.insertRow(row)
        cells.set_text(table, row, 0, text)
        cells.set_text(table, row, 1, owner)
        cells.set_text(table, row, 2, cells.date_cell(due))

    def schedule(self) -> None:
        ui = self.ui
        invited = [ui.invitedList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ui.invitedList.count())
                   if ui.invitedList.item(i).checkState() == Qt.CheckState.Checked]

        def write() -> None:
            on = date_value(ui.dateEdit.text())
            with self._store.unit_of_work() as uow:
                row = meetings.schedule(uow, self._case_id, ui.kindCombo.currentData(), on, ui.placeEdit.text(),
                                        ui.coordinatorEdit.text(), invited, handling_id=self._handling_id,
                                        today=self._today)
                uow.flush()
                self.meeting_id = row.id
        self.save_part(write, self.ui.formError, fields={
            "date": ui.dateEdit, "coordinator": ui.coordinatorEdit, "kind": ui.kindCombo, "invited": ui.invitedList,
            "consent": ui.kindCombo})

    def minutes(self) -> meetings.Minutes:
        ui = self.ui
        people, steps = ui.participantsTable, ui.stepsTable
        return meetings.Minutes(
            held_on=date_value(ui.heldEdit.text()), situation=ui.situationEdit.toPlainText(),
            problems=ui.problemsEdit.toPlainText(), decisions=ui.decisionsEdit.toPlainText(),
            recommended=ui.recommendedCombo.currentData() or "",
            participants=tuple(meetings.Participant(cells.text_at(people, r, 0), cells.code_at(people, r, 1),
                                                    self._role_at(r), cells.checked_at(people, r, 3))
                               for r in range(people.rowCount()) if cells.text_at(people, r, 0)),
            steps=tuple(meetings.Step(cells.text_at(steps, r, 0), cells.text_at(steps, r, 1),
                                      cells.date_at(steps, r, 2, required=True) or self._today)
                        for r in range(steps.rowCount())),
            distribution=ui.distributionEdit.text())

    def save_minutes(self) -> bool:
        record = self._record()
        if record is not None and (elsewhere := self.fields.changed_since(record)):
            kept = self.fields.merge(self.load)  # changed elsewhere since loaded: shown first, nothing written
            self._dirty = True
            self._elsewhere = (elsewhere, [n for n in elsewhere if n in kept])
            self.changedNote.setVisible(True)
            self._changed_text()
            return False

        def write() -> None:
            minutes = self.minutes()
            with self._store.unit_of_work() as uow:
                assert self.meeting_id is not None
                meetings.record_minutes(uow, self.meeting_id, minutes, i18n.language(), today=self._today)
                if self.ui.outcomeCombo.currentData():
                    meetings.record_outcome(uow, self.meeting_id, self.ui.outcomeCombo.currentData())
        ui = self.ui
        saved = self.save_part(write, ui.formError, fields={
            "date": ui.heldEdit, "held_on": ui.heldEdit, "situation": ui.situationEdit, "problems": ui.problemsEdit,
            "decisions": ui.decisionsEdit, "recommended": ui.recommendedCombo, "distribution": ui.distributionEdit,
            "participants": ui.participantsTable, "steps": ui.stepsTable})
        if saved:
            self.notify(self.tr("Minutes saved."))
        return saved

    def print_minutes(self) -> None:
        if self.dirty and not self.save_minutes():
            return
        if self.meeting_id:
            kind = "tro_minutes" if self.ui.kindCombo.currentData() == "round_table" else "network_minutes"
            self._open_document(kind, self.meeting_id)

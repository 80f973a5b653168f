"""The décloisonnement LIAS-LEMC tandem: eligibility, start, interview log with its rhythm flags, closure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..domain.dates import format_date
from ..domain.rule_tables import coded
from ..services import tandem
from ..storage.records import Handling
from ..storage.store import Store
from . import i18n
from . import table_cells as cells
from .forms import FormDialog, date_value, select_code
from .generated.ui_tandem_dialog import Ui_TandemDialog
from .messages import message

RED = "color: #b00020; font-weight: bold;"


class TandemDialog(FormDialog):
    """One tandem: who leads it, its six months, every interview, and what the rhythm rule says."""

    def __init__(self, store: Store, handling_id: str, open_document: Callable[[str, str], None],
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TandemDialog()
        self.ui.setupUi(self)
        self._store, self.handling_id, self._open_document = store, handling_id, open_document
        self._today = today or dt.date.today()
        ui = self.ui
        ui.startButton.clicked.connect(self.start)
        ui.logButton.clicked.connect(self.log_interview)
        ui.closeTandemButton.clicked.connect(self.close_tandem)
        ui.printPlanButton.clicked.connect(lambda: self._open_document("tandem_plan", self.handling_id))
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.retranslate()
        self.load()
        self._ready = True
        self.watch_inputs()

    def retranslate(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        current = ui.outcomeCombo.currentData()
        ui.outcomeCombo.clear()
        ui.outcomeCombo.addItem("", "")
        for code, label in coded("outcomes", "handlings.tandem").items():
            ui.outcomeCombo.addItem(label.text(i18n.language()), code)
        select_code(ui.outcomeCombo, current)
        cells.prepare(ui.interviewsTable, [self.tr("Date"), self.tr("Who took part"), self.tr("Notes")])
        if getattr(self, "_ready", False):
            self.load()

    def load(self) -> None:
        self._loading = True
        ui = self.ui
        with self._store.reading() as session:
            row = session.get(Handling, self.handling_id)
            assert row is not None
            eligibility = tandem.check_eligibility(session, row.case_id, self._today)
            state = tandem.state(session, row.id, self._today)
            log = tandem.interviews(session, row.id)
        reasons = "; ".join(message(code) for code in eligibility.reasons)
        ui.eligibilityLabel.setText((self.tr("Eligible: %1") if eligibility.eligible else
                                     self.tr("Not eligible: %1")).replace("%1", reasons))
        ui.eligibilityLabel.setStyleSheet("" if eligibility.eligible else RED)
        ui.startEdit.setText(format_date(row.started_on))
        ui.leadOrpEdit.setText(row.lead_orp)
        ui.leadCmsEdit.setText(row.lead_cms)
        ui.objectivesEdit.setPlainText(row.objectives or "")
        started = row.started_on is not None
        for widget in (ui.startEdit, ui.leadOrpEdit, ui.leadCmsEdit, ui.objectivesEdit, ui.startButton):
            widget.setEnabled(not started)
        closed = row.closed_on is not None
        for widget in (ui.logButton, ui.interviewDateEdit, ui.interviewWhoEdit, ui.interviewNotesEdit,
                       ui.closeTandemButton):
            widget.setEnabled(started and not closed)
        ui.interviewsTable.setRowCount(0)
        for i, interview in enumerate(log):
            ui.interviewsTable.insertRow(i)
            cells.set_text(ui.interviewsTable, i, 0, format_date(interview.held_on), editable=False)
            cells.set_text(ui.interviewsTable, i, 1, interview.participants, editable=False)
            cells.set_text(ui.interviewsTable, i, 2, interview.notes, editable=False)
        lines, alarm = [], False
        if state.ends_on:
            lines.append(self.tr("Six months: %1 – %2; interviews logged: %3.")
                         .replace("%1", format_date(state.started_on)).replace("%2", format_date(state.ends_on))
                         .replace("%3", str(state.interviews)))
        if state.thin_months:
            alarm = True
            months = ", ".join(f"{m:02d}.{y} ({n})" for y, m, n in state.thin_months)
            lines.append(self.tr("Months with fewer than two interviews: %1").replace("%1", months))
        if state.end_approaching:
            alarm = True
            lines.append(self.tr("The six months are ending: decide what follows."))
        ui.rhythmLabel.setText("\n".join(lines))
        ui.rhythmLabel.setStyleSheet(RED if alarm else "")
        select_code(ui.outcomeCombo, row.outcome)
        ui.closedEdit.setText(format_date(row.closed_on))
        ui.printPlanButton.setEnabled(started)
        self._dirty = False
        self._loading = False

    def start(self) -> None:
        ui = self.ui

        def write() -> None:
            on = date_value(ui.startEdit.text())
            with self._store.unit_of_work() as uow:
                tandem.start(uow, self.handling_id, on, ui.leadOrpEdit.text(), ui.leadCmsEdit.text(),
                             i18n.language(), today=self._today, objectives=ui.objectivesEdit.toPlainText())
        if self.save_part(write, self.ui.formError, fields={
                "date": ui.startEdit, "started_on": ui.startEdit, "lead_orp": ui.leadOrpEdit,
                "lead_cms": ui.leadCmsEdit, "objectives": ui.objectivesEdit}):
            self.notify(self.tr("Tandem started."))

    def log_interview(self) -> None:
        ui = self.ui

        def write() -> None:
            on = date_value(ui.interviewDateEdit.text())
            with self._store.unit_of_work() as uow:
                tandem.log_interview(uow, self.handling_id, on, ui.interviewWhoEdit.text(),
                                     ui.interviewNotesEdit.toPlainText(), i18n.language(), today=self._today)
        if self.save_part(write, self.ui.formError, fields={
                "date": ui.interviewDateEdit, "held_on": ui.interviewDateEdit,
                "participants": ui.interviewWhoEdit, "notes": ui.interviewNotesEdit}):
            self.notify(self.tr("Interview recorded."))
            for widget in (ui.interviewDateEdit, ui.interviewWhoEdit):
                widget.clear()
            ui.interviewNotesEdit.clear()
            self._dirty = False

    def close_tandem(self) -> None:
        ui = self.ui

        def write() -> None:
            on = date_value(ui.closedEdit.text() or format_date(self._today))
            with self._store.unit_of_work() as uow:
                tandem.close(uow, self.handling_id, ui.outcomeCombo.currentData() or "", on, today=self._today)
        self.save_part(write, self.ui.formError, fields={
            "date": ui.closedEdit, "closed_on": ui.closedEdit, "outcome": ui.outcomeCombo})

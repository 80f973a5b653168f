"""The "Handlings" tab of a case: its assessments, tables rondes, tandems and meetings, each opened in its window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from ..domain import contract as contract_rules
from ..domain.dates import format_date
from ..domain.rule_tables import coded
from ..services import assessment, bureau, meetings, tandem
from . import i18n

if TYPE_CHECKING:
    from .host import CaseWindow

Role = Qt.ItemDataRole.UserRole


class HandlingsController(QObject):
    """Lists what the Bureau opened for the case and the meetings held, and opens the right window."""

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window.window())
        self.w = window
        ui = window.ui
        ui.openHandlingButton.clicked.connect(self.open_selected)
        ui.handlingsList.itemActivated.connect(lambda _: self.open_selected())
        ui.newMeetingButton.clicked.connect(lambda: self.open_meeting(None))
        ui.actionNewMeeting.triggered.connect(lambda: self.open_meeting(None))
        self.today: dt.date | None = None  # tests pin the day; None is today

    def update_actions(self, enabled: bool) -> None:
        ui = self.w.ui
        for widget in (ui.openHandlingButton, ui.newMeetingButton, ui.actionNewMeeting):
            widget.setEnabled(enabled)

    def show_case(self, case_id: str | None) -> None:
        ui = self.w.ui
        ui.handlingsList.clear()
        if not case_id:
            return
        lang, today = i18n.language(), self.today or dt.date.today()
        kinds = coded("handlings")
        items: list[tuple[str, str, str, bool]] = []
        with self.w.store.reading() as session:
            for h in bureau.handlings(session, case_id):
                line, alarm = f"{format_date(h.created_on)}  {kinds[h.kind].text(lang)}", False
                if h.kind == "assessment":
                    line += f" – {contract_rules.state_labels()[h.state].text(lang)}"
                    if h.state == "to_organise":
                        days = assessment.waiting_days(h, today)
                        alarm = days > int(contract_rules.assessment_rules()["organise_within_days"])
                        line += " – " + self.tr("waiting for %1 days", "", days).replace("%1", str(days))
                elif h.kind == "tandem":
                    state = tandem.state(session, h.id, today)
                    if h.closed_on:
                        line += " – " + coded("outcomes", "handlings.tandem")[h.outcome].text(lang)
                    elif state.started_on:
                        count = state.interviews
                        line += " – " + self.tr("%1 interviews", "", count).replace("%1", str(count))
                        alarm = bool(state.thin_months) or state.end_approaching
                        if state.thin_months:
                            line += " – " + self.tr("months under two interviews: %1").replace(
                                "%1", ", ".join(f"{m:02d}.{y}" for y, m, _n in state.thin_months))
                    else:
                        line += " – " + self.tr("not started")
                items.append((f"handling:{h.kind}", h.id, line, alarm))
            for m in meetings.meetings(session, case_id):
                what = self.tr("Table ronde") if m.kind == "round_table" else self.tr("Network meeting")
                status = self.tr("minutes recorded") if m.held_on else self.tr("planned")
                items.append((f"meeting:{m.kind}", m.id, f"{format_date(m.scheduled_on)}  {what} – {m.place} – "
                                                         f"{status}", False))
        for kind, record_id, line, alarm in items:
            item = QListWidgetItem(line)
            item.setData(Role, (kind, record_id))
            if alarm:
                item.setForeground(Qt.GlobalColor.red)
            ui.handlingsList.addItem(item)

    def open_selected(self) -> None:
        item = self.w.ui.handlingsList.currentItem()
        if item is None or not self.w.current_case_id:
            return
        kind, record_id = item.data(Role)
        if kind == "handling:assessment":
            from .assessment_dialog import AssessmentDialog

            self._run(AssessmentDialog(self.w.store, record_id, self.open_document, self.w.window(), self.today))
        elif kind == "handling:tandem":
            from .tandem_dialog import TandemDialog

            self._run(TandemDialog(self.w.store, record_id, self.open_document, self.w.window(), self.today))
        elif kind == "handling:round_table":
            with self.w.store.reading() as session:
                linked = [m.id for m in meetings.meetings(session, self.w.current_case_id)
                          if m.handling_id == record_id]
            self.open_meeting(linked[-1] if linked else None, handling_id=record_id)
        else:
            self.open_meeting(record_id)

    def open_meeting(self, meeting_id: str | None, handling_id: str | None = None) -> None:
        from .meeting_dialog import MeetingDialog

        if self.w.current_case_id:
            self._run(MeetingDialog(self.w.store, self.w.current_case_id, meeting_id, self.open_document,
                                    self.w.author, self.w.window(), self.today, handling_id=handling_id))

    def open_document(self, kind: str, subject_id: str) -> None:
        """The print preview of one record (a given contract version, meeting or tandem), to print and sign."""
        from .document_dialog import DocumentDialog

        assert self.w.current_case_id is not None
        referral = self.w.referral
        DocumentDialog(self.w.store, self.w.current_case_id, kind, referral._person_language(),
                       place=referral._place(), parent=self.w.window(), subject_id=subject_id).exec()

    def _run(self, dialog: QDialog) -> None:
        self.w.referral._run(dialog)  # one place refreshes the window after a dialog that wrote

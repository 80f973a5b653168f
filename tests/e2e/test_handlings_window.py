"""Joint handlings through real widgets, in French and in German: assessment to a signed contract,
TRO minutes whose next steps become reminders, a tandem log with a month under two interviews flagged."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import select

from cii_desktop.gui.assessment_dialog import AssessmentDialog
from cii_desktop.gui.document_dialog import DocumentDialog, SignatureDialog
from cii_desktop.gui.meeting_dialog import MeetingDialog
from cii_desktop.gui.tandem_dialog import TandemDialog
from cii_desktop.services import documents, reminders
from cii_desktop.storage.assessment_records import Contract
from cii_desktop.storage.models import Reminder
from cii_desktop.storage.records import Document, Handling
from tests.support.handlings import accepted
from tests.support.pdf import flat_text
from tests.support.qt import type_text
from tests.support.referral import TODAY, new_case

WORDS = {
    "fr": {"to_organise": "À organiser", "scheduled": "Planifié", "held": "Tenu", "signed": "Contrat signé",
           "frozen": "signé – figé", "flag": "délai-cadre", "contract": "Contrat d'objectifs",
           "thin": "moins de deux entretiens", "step": "Prochaine étape", "minutes": "Procès-verbal"},
    "de": {"to_organise": "Zu organisieren", "scheduled": "Geplant", "held": "Durchgeführt",
           "signed": "Vereinbarung unterzeichnet", "frozen": "unterschrieben – eingefroren", "flag": "Rahmenfrist",
           "contract": "Zielvereinbarung", "thin": "weniger als zwei Gesprächen", "step": "Nächster Schritt",
           "minutes": "Protokoll"},
}


def draw(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 120))
    for x, y in ((80, 40), (150, 130), (260, 50), (380, 110)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(420, 60))


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_assessment_to_a_signed_contract(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    main_window.switch_language(language)
    store, ui = main_window.store, main_window.ui
    case_id = new_case(store, "Zufferey", "Noé", language=language, avs_digits="")
    handling_id = accepted(store, case_id, "assessment")
    main_window.referral.handlings.today = TODAY
    main_window.select_case(case_id)
    lines = [ui.handlingsList.item(i).text() for i in range(ui.handlingsList.count())]
    assert any(words["to_organise"] in line and "40" in line for line in lines), lines
    assert ui.handlingsList.item(0).foreground().color() == Qt.GlobalColor.red  # waiting too long

    signed_docs: list[str] = []

    def open_document(kind: str, subject_id: str) -> None:
        """The print preview, where each member of the team signs on the pad."""
        preview = DocumentDialog(store, case_id, kind, language, parent=dialog, subject_id=subject_id)
        qtbot.addWidget(preview)
        assert preview._pdf.status() == QPdfDocument.Status.Ready
        assert words["contract"] in flat_text(preview.pdf_bytes)
        with store.reading() as session:
            parties = documents.parties(session.get(Document, preview.document_id))
        for index in range(len(parties)):
            pad_dialog = SignatureDialog(store, preview.document_id, parties[index:], language, "Sion", preview)
            qtbot.addWidget(pad_dialog)
            pad_dialog.show()
            draw(qtbot, pad_dialog.ui.pad)
            pad_dialog.save()
            assert not pad_dialog.ui.formError.text(), pad_dialog.ui.formError.text()
        signed_docs.append(preview.document_id)
        preview.reject()

    dialog = AssessmentDialog(store, handling_id, open_document, main_window, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    d = dialog.ui
    assert d.stateValue.text() == words["to_organise"] and "40" in d.waitingValue.text()
    click(qtbot, d.scheduleButton)  # no date: refused, with a message
    assert d.formError.text() and d.stateValue.text() == words["to_organise"]
    type_text(d.scheduledEdit, "18.11.2026")
    type_text(d.placeEdit, "CMS de Sion")
    click(qtbot, d.scheduleButton)
    assert d.stateValue.text() == words["scheduled"], d.formError.text()
    type_text(d.heldEdit, "31.02.2026")  # impossible date: message, nothing written
    click(qtbot, d.heldButton)
    assert d.formError.text() and d.stateValue.text() == words["scheduled"]
    d.heldEdit.clear()
    type_text(d.heldEdit, "18.11.2026")
    click(qtbot, d.heldButton)
    assert d.stateValue.text() == words["held"]

    # The regional team
    d.tabs.setCurrentWidget(d.teamTab)
    for name, role, institution in (("Beat Coppey", "respondent", "CMS"), ("Noé Zufferey", "the_person", "")):
        click(qtbot, d.addMemberButton)
        row = d.teamTable.rowCount() - 1
        d.teamTable.item(row, 0).setText(name)
        combo = d.teamTable.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(role))
        combo = d.teamTable.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(institution))
    click(qtbot, d.saveTeamButton)
    assert not d.formError.text() and d.teamTable.rowCount() == 2
    # The evaluation
    d.tabs.setCurrentWidget(d.evaluationTab)
    d.medicalEdit.setPlainText("Douleurs dorsales")
    click(qtbot, d.saveEvaluationButton)

    # The contract: an objective, a LIAS measure asked by the ORP (flagged: framework end unknown)
    d.tabs.setCurrentWidget(d.contractTab)
    type_text(d.aimEdit, "Emploi à 50 %")
    click(qtbot, d.addObjectiveButton)
    d.objectivesTable.item(0, 0).setText("Reprendre un rythme de travail")
    click(qtbot, d.addMeasureButton)
    d.measuresTable.item(0, 1).setText("Stage d'insertion")
    frame = d.measuresTable.cellWidget(0, 2)
    frame.setCurrentIndex(frame.findData("LIAS"))
    responsible = d.measuresTable.cellWidget(0, 4)
    responsible.setCurrentIndex(responsible.findData("ORP"))
    d.measuresTable.item(0, 6).setText("01.12.2026")
    d.measuresTable.item(0, 7).setText("28.02.2027")
    type_text(d.reviewDatesEdit, "15.01.2027; 15.03.2027")
    click(qtbot, d.saveContractButton)
    assert not d.formError.text(), d.formError.text()
    flags = [d.checksList.item(i).text() for i in range(d.checksList.count())]
    assert any(words["flag"] in f for f in flags), flags
    click(qtbot, d.printContractButton)
    assert len(signed_docs) == 1
    assert words["frozen"] in d.contractStateLabel.text() and not d.saveContractButton.isEnabled()
    assert d.amendButton.isEnabled()
    with store.reading() as session:
        assert session.get(Handling, handling_id).state == "contract_signed"  # type: ignore[union-attr]
        assert session.scalar(select(Contract.state).where(Contract.handling_id == handling_id)) == "signed"
        reviews = session.scalars(select(Reminder.due_on).where(Reminder.case_id == case_id,
                                                               Reminder.source.like("assessment:%"),
                                                               Reminder.done.is_(False))).all()
    assert sorted(reviews) == [dt.date(2027, 1, 15), dt.date(2027, 3, 15)]
    dialog.reject()
    main_window._after_write()
    lines = [ui.handlingsList.item(i).text() for i in range(ui.handlingsList.count())]
    assert any(words["signed"] in line for line in lines), lines


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_tro_minutes_next_steps_become_reminders(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    main_window.switch_language(language)
    store = main_window.store
    case_id = new_case(store, "Imboden", "Lea", language=language, avs_digits="")
    printed: list[str] = []
    dialog = MeetingDialog(store, case_id, None, lambda kind, subject: printed.append(kind), "Marc Fellay",
                           main_window, TODAY)
    qtbot.addWidget(dialog)
    d = dialog.ui
    assert not d.tabs.isTabEnabled(1)  # minutes once the meeting is planned
    d.kindCombo.setCurrentIndex(d.kindCombo.findData("round_table"))
    type_text(d.dateEdit, "20.11.2026")
    type_text(d.placeEdit, "ORP Sion")
    for i in range(d.invitedList.count()):
        if d.invitedList.item(i).data(Qt.ItemDataRole.UserRole) in ("ORP", "CMS"):
            d.invitedList.item(i).setCheckState(Qt.CheckState.Checked)
    click(qtbot, d.scheduleButton)
    assert dialog.meeting_id and d.tabs.isTabEnabled(1), d.formError.text()
    click(qtbot, d.addParticipantButton)
    d.participantsTable.item(0, 0).setText("Anne Rochat")
    d.participantsTable.cellWidget(0, 1).setCurrentIndex(d.participantsTable.cellWidget(0, 1).findData("ORP"))
    click(qtbot, d.addParticipantButton)
    d.participantsTable.item(1, 0).setText("Dr Lise Moret")
    d.participantsTable.cellWidget(1, 3).setChecked(False)  # excused
    d.situationEdit.setPlainText("Chômage de longue durée")
    d.decisionsEdit.setPlainText("Budget avec le CMS")
    d.recommendedCombo.setCurrentIndex(d.recommendedCombo.findData("network_follow_up"))
    click(qtbot, d.addStepButton)
    d.stepsTable.item(0, 0).setText("Demander le rapport médical")
    d.stepsTable.item(0, 1).setText("Beat Coppey")
    d.stepsTable.item(0, 2).setText("99.12.2026")  # impossible: refused, nothing written
    click(qtbot, d.saveMinutesButton)
    assert d.formError.text()
    d.stepsTable.item(0, 2).setText("07.12.2026")
    click(qtbot, d.saveMinutesButton)
    assert not d.formError.text(), d.formError.text()
    click(qtbot, d.printMinutesButton)
    assert printed == ["tro_minutes"]
    dialog.reject()
    main_window.select_case(case_id)
    main_window._after_write()
    with store.reading() as session:
        titles = [reminders.title(r, language) for r in session.scalars(select(Reminder).where(
            Reminder.case_id == case_id)).all()]
    assert any(words["step"] in t and "Demander le rapport médical" in t for t in titles), titles
    main_window.due.reload()
    due = main_window.due
    rows = [due.index(r, 3).data() for r in range(due.rowCount())]
    assert any("Demander le rapport médical" in (r or "") for r in rows)  # section headers: no text here


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_tandem_log_flags_a_month_under_two_interviews(main_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    main_window.switch_language(language)
    store = main_window.store
    case_id = new_case(store, "Rey", "Julie", language=language, avs_digits="", receives_ij_ac=True,
                       end_of_rights_on=TODAY + dt.timedelta(days=30))
    handling_id = accepted(store, case_id, "tandem")
    printed: list[str] = []
    dialog = TandemDialog(store, handling_id, lambda kind, subject: printed.append(kind), main_window, TODAY)
    qtbot.addWidget(dialog)
    d = dialog.ui
    assert not d.logButton.isEnabled()
    type_text(d.startEdit, "01.09.2026")
    type_text(d.leadOrpEdit, "Anne Rochat")
    type_text(d.leadCmsEdit, "Beat Coppey")
    click(qtbot, d.startButton)
    assert d.logButton.isEnabled(), d.formError.text()
    for day in ("03.09.2026", "17.09.2026", "08.10.2026", "05.11.2026", "19.11.2026"):
        type_text(d.interviewDateEdit, day)
        type_text(d.interviewWhoEdit, "Anne, Beat, Julie")
        click(qtbot, d.logButton)
        assert not d.formError.text(), d.formError.text()
    assert d.interviewsTable.rowCount() == 5
    assert words["thin"] in d.rhythmLabel.text() and "10.2026 (1)" in d.rhythmLabel.text()
    assert "b00020" in d.rhythmLabel.styleSheet()
    click(qtbot, d.printPlanButton)
    assert printed == ["tandem_plan"]
    dialog.reject()


@pytest.mark.gui
def test_a_role_code_shows_in_words_and_stays_a_code_unless_retyped(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cii_desktop.services import meetings

    main_window.switch_language("de")
    store = main_window.store
    case_id = new_case(store, "Imboden", "Lea", language="fr", avs_digits="")
    with store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY, "Sion", "Marc Fellay", ["ORP"], today=TODAY)
        meetings.record_minutes(uow, meeting.id, meetings.Minutes(
            held_on=TODAY, situation="S", problems="", decisions="", recommended="", steps=(), participants=(
            meetings.Participant("Anne Rochat", "ORP", "counsellor"),
            meetings.Participant("Beat Coppey", "CMS", "social_worker"))), "fr", today=TODAY)
        meeting_id = meeting.id
    dialog = MeetingDialog(store, case_id, meeting_id, lambda kind, subject: None, "Marc Fellay", main_window, TODAY)
    qtbot.addWidget(dialog)
    table = dialog.ui.participantsTable
    assert [table.item(r, 2).text() for r in range(2)] == ["Personalberater/in", "Sozialarbeiter/in"]
    table.item(1, 2).setText("Sozialarbeiterin SMZ")  # retyped: kept as typed
    click(qtbot, dialog.ui.saveMinutesButton)
    assert not dialog.ui.formError.text(), dialog.ui.formError.text()
    with store.reading() as session:
        assert [p.role for p in meetings.participants(session, meeting_id)] == ["counsellor", "Sozialarbeiterin SMZ"]
    dialog.reject()

"""An edit dialog open while another workstation's change arrives by a sync it did not run itself
(the command line's scheduled sync): saving writes only the user's fields, after showing the others'
change and naming it (FR/DE); the other workstation's edit survives on both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from cii_desktop.gui import i18n
from cii_desktop.gui.case_dialog import CaseDialog
from cii_desktop.gui.person_dialog import PersonDialog
from cii_desktop.services.sync import run_sync
from cii_desktop.storage.models import Case, Person
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import add_shared_case, make_network, sync_all


def _case(store, case_id: str) -> Case:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case


def test_a_case_edit_from_another_workstation_survives_an_open_dialog(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    a, b = stations
    _person_id, case_id = add_shared_case(a.store, "Zurbriggen")
    sync_all(stations)
    dialog = CaseDialog(a.store, "Anne A", case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        with b.store.unit_of_work() as uow:  # B edits the summary and syncs
            case = uow.get(Case, case_id)
            assert case is not None
            case.summary = "Résumé de B"
        run_sync(b.store)
        run_sync(a.store)  # the command line's sync on A: the dialog is not told
        assert dialog.ui.summaryEdit.toPlainText() != "Résumé de B" and not dialog.changedNote.isVisible()

        dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("evaluated"))
        dialog.mark_dirty()
        qtbot.keyClicks(dialog.ui.statusNoteEdit, "Bilan prevu")
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.click()  # the first Save shows what changed elsewhere and writes nothing
        assert dialog.isVisible() and dialog.changedNote.isVisible()
        assert "Résumé" in dialog.changedNote.text() and "autre poste" in dialog.changedNote.text()
        assert dialog.ui.summaryEdit.toPlainText() == "Résumé de B"  # the untouched field shows B's
        assert dialog.ui.statusCombo.currentData() == "evaluated"  # the user's input is kept
        assert _case(a.store, case_id).status == "detected"
        i18n.current().switch("de")
        assert "anderen Arbeitsplatz" in dialog.changedNote.text() and "Zusammenfassung" in dialog.changedNote.text()
        i18n.current().switch("fr")

        save.click()  # the second Save writes the user's fields only
        assert not dialog.isVisible()
        sync_all(stations)
        for station in stations:
            case = _case(station.store, case_id)
            assert (case.summary, case.status) == ("Résumé de B", "evaluated")
    finally:
        dialog._dirty = False
        dialog.close()
        for station in stations:
            station.store.close()


def test_a_person_edit_from_another_workstation_survives_an_open_dialog(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    i18n.install(qapp, "de")
    stations = make_network(tmp_path, 2)
    a, b = stations
    person_id, _case_id = add_shared_case(a.store, "Zurbriggen")
    sync_all(stations)
    dialog = PersonDialog(a.store, "Anne A", person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        with b.store.unit_of_work() as uow:
            person = uow.get(Person, person_id)
            assert person is not None
            person.phone = "027 606 22 22"
        run_sync(b.store)
        run_sync(a.store)
        dialog.ui.communeEdit.clear()
        qtbot.keyClicks(dialog.ui.communeEdit, "Siders")
        dialog.save()
        assert dialog.isVisible() and "Telefon" in dialog.changedNote.text()
        assert dialog.ui.phoneEdit.text() == "027 606 22 22" and dialog.ui.communeEdit.text() == "Siders"
        dialog.save()
        assert not dialog.isVisible()
        sync_all(stations)
        for station in stations:
            with station.store.reading() as session:
                person = session.get(Person, person_id)
                assert person is not None and (person.phone, person.commune) == ("027 606 22 22", "Siders")
    finally:
        dialog._dirty = False
        dialog.close()
        for station in stations:
            station.store.close()
        i18n.current().switch("fr")


def test_meeting_minutes_edited_on_another_workstation_survive_an_open_dialog(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    import datetime as dt

    from cii_desktop.gui.meeting_dialog import MeetingDialog
    from cii_desktop.services import meetings
    from cii_desktop.storage.records import Meeting, MeetingParticipant

    today = dt.date(2026, 11, 20)
    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    a, b = stations
    _person_id, case_id = add_shared_case(a.store, "Zurbriggen")
    with a.store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", today, "Sion", "Anne A", ["ORP"], today=today)
        meetings.record_minutes(uow, meeting.id, meetings.Minutes(
            held_on=today, situation="S", problems="", decisions="D", recommended="", steps=(), participants=(
                meetings.Participant("Anne Rochat", "ORP", "counsellor"),
                meetings.Participant("Beat Coppey", "CMS", "social_worker"))), "fr", today=today)
        meeting_id = meeting.id
    sync_all(stations)
    with a.store.reading() as session:
        people_before = {p.id for p in meetings.participants(session, meeting_id)}
    dialog = MeetingDialog(a.store, case_id, meeting_id, lambda kind, subject: None, "Anne A", today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        with b.store.unit_of_work() as uow:  # B completes the decisions and adds a participant, then syncs
            row = uow.get(Meeting, meeting_id)
            assert row is not None
            row.decisions = "Décisions de B"
            uow.add(MeetingParticipant(meeting_id=meeting_id, name="Carla Zen", institution_code="OAI",
                                       role="", present=True))
        run_sync(b.store)
        run_sync(a.store)  # the command line's sync on A: the dialog is not told
        assert dialog.ui.decisionsEdit.toPlainText() == "D"

        dialog.ui.situationEdit.setPlainText("Situation de A")
        dialog.mark_dirty()
        assert not dialog.save_minutes()  # the first Save shows what changed elsewhere and writes nothing
        note = dialog.changedNote
        assert note.isVisible() and "autre poste" in note.text() and "Décisions" in note.text()
        assert "Participant/es" in note.text()
        assert dialog.ui.decisionsEdit.toPlainText() == "Décisions de B"  # the untouched field shows B's
        assert dialog.ui.participantsTable.rowCount() == 3
        assert dialog.ui.situationEdit.toPlainText() == "Situation de A"  # the user's input is kept
        with a.store.reading() as session:
            stored = session.get(Meeting, meeting_id)
            assert stored is not None and stored.situation == "S"
        i18n.current().switch("de")
        assert "anderen Arbeitsplatz" in note.text() and "Beschlüsse" in note.text()
        i18n.current().switch("fr")

        assert dialog.save_minutes(), dialog.ui.formError.text()  # the second Save writes the user's field
        sync_all(stations)
        for station in stations:
            with station.store.reading() as session:
                stored = session.get(Meeting, meeting_id)
                assert stored is not None and (stored.situation, stored.decisions) == ("Situation de A",
                                                                                       "Décisions de B")
                people = meetings.participants(session, meeting_id)
                assert sorted(p.name for p in people) == ["Anne Rochat", "Beat Coppey", "Carla Zen"]
                assert people_before <= {p.id for p in people}  # unchanged rows were not rewritten
    finally:
        dialog._dirty = False
        dialog.close()
        for station in stations:
            station.store.close()


def test_an_assessment_edited_on_another_workstation_survives_an_open_dialog(  # type: ignore[no-untyped-def]
        qtbot, qapp, tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    from cii_desktop.gui.assessment_dialog import AssessmentDialog
    from cii_desktop.services import assessment
    from cii_desktop.storage.assessment_records import Contract
    from cii_desktop.storage.records import Handling
    from tests.support.handlings import contract_content, held_assessment
    from tests.support.referral import TODAY

    i18n.install(qapp, "fr")
    stations = make_network(tmp_path, 2)
    a, b = stations
    _person_id, case_id = add_shared_case(a.store, "Zurbriggen")
    handling_id, contract_id = held_assessment(a.store, case_id)
    sync_all(stations)
    dialog = AssessmentDialog(a.store, handling_id, lambda kind, subject: None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        with b.store.unit_of_work() as uow:  # B rewrites the social evaluation and the contract's aim, then syncs
            assessment.save_evaluation(uow, handling_id, assessment.Evaluation("Dos", "Magasinier", "Dettes réglées",
                                                                               "Motivé"))
            content = contract_content()
            assessment.save_contract(uow, contract_id, type(content)(**{**vars(content), "aim": "Aim de B"}))
        run_sync(b.store)
        run_sync(a.store)  # the command line's sync on A: the dialog is not told
        d = dialog.ui
        assert d.socialEdit.toPlainText() == "Dettes" and not dialog.changedNote.isVisible()

        d.medicalEdit.setPlainText("Dos et genou")
        d.personCommitmentsEdit.setPlainText("Engagements de A")
        dialog.mark_dirty()
        dialog.save_evaluation()  # the first Save shows what changed elsewhere and writes nothing
        note = dialog.changedNote
        assert note.isVisible() and "autre poste" in note.text(), note.text()
        assert d.socialEdit.toPlainText() == "Dettes réglées" and d.aimEdit.text() == "Aim de B"
        assert d.medicalEdit.toPlainText() == "Dos et genou"  # the user's input is kept
        assert d.personCommitmentsEdit.toPlainText() == "Engagements de A"
        with a.store.reading() as session:
            handling = session.get(Handling, handling_id)
            assert handling is not None and handling.eval_medical == "Dos"
        i18n.current().switch("de")
        assert "anderen Arbeitsplatz" in note.text()
        i18n.current().switch("fr")

        dialog.save_evaluation()  # the second Save writes the user's fields
        assert not d.formError.text(), d.formError.text()
        assert d.personCommitmentsEdit.toPlainText() == "Engagements de A"
        assert dialog.save_contract(), d.formError.text()
        sync_all(stations)
        for station in stations:
            with station.store.reading() as session:
                handling = session.get(Handling, handling_id)
                contract = session.get(Contract, contract_id)
                assert handling is not None and contract is not None
                assert (handling.eval_medical, handling.eval_social) == ("Dos et genou", "Dettes réglées")
                assert (contract.aim, contract.person_commitments) == ("Aim de B", "Engagements de A")
    finally:
        dialog._dirty = False
        dialog.close()
        for station in stations:
            station.store.close()

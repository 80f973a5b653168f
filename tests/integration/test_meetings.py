"""Table ronde and network meeting on a real database: consent check, minutes, next steps as reminders, print."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.services import documents, meetings, referral
from cii_desktop.storage.models import Reminder
from cii_desktop.storage.store import Store
from tests.support.pdf import pdf_text
from tests.support.referral import TODAY, new_case

MINUTES = meetings.Minutes(
    held_on=TODAY, situation="Chômage de longue durée, dettes", problems="Logement, santé psychique",
    decisions="Entretien avec le SMR; budget avec le CMS", recommended="assessment",
    participants=(meetings.Participant("Anne Rochat", "ORP", "Conseillère en personnel"),
                  meetings.Participant("Beat Coppey", "CMS", "Assistant social"),
                  meetings.Participant("Dr Lise Moret", "SMR", "Médecin", present=False)),
    steps=(meetings.Step("Demander le rapport médical", "Beat Coppey", TODAY + dt.timedelta(days=14)),
           meetings.Step("Organiser l'assessment", "Anne Rochat", TODAY + dt.timedelta(days=30))),
    distribution="ORP Sion, CMS Sion, Bureau CII")


def test_a_network_meeting_needs_the_persons_agreement(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        meetings.schedule(uow, case_id, "network", TODAY, "CMS Sion", "Anne Rochat", ["ORP", "CMS"], today=TODAY)
    assert [e.code for e in exc.value.errors] == ["meeting.no_consent"]
    with store.unit_of_work() as uow:  # a table ronde is between professionals, without the person
        meetings.schedule(uow, case_id, "round_table", TODAY, "ORP Sion", "Coordinateur Sion", ["ORP", "CMS"],
                          today=TODAY)
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne", signed=True, today=TODAY)
        meetings.schedule(uow, case_id, "network", TODAY, "CMS Sion", "Anne Rochat", ["ORP", "CMS"], today=TODAY)
    with store.reading() as session:
        assert [m.kind for m in meetings.meetings(session, case_id)] == ["round_table", "network"]


@pytest.mark.parametrize("language", ["fr", "de"])
def test_tro_minutes_next_steps_become_reminders_and_print(store: Store, language: str) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY, "ORP Sion", "Marc Fellay", ["ORP", "CMS"],
                                    today=TODAY)
        meeting_id = meeting.id
    with store.unit_of_work() as uow:
        meetings.record_minutes(uow, meeting_id, MINUTES, language, today=TODAY)
    with store.unit_of_work() as uow:  # saving the same minutes again adds no reminder twice
        meetings.record_minutes(uow, meeting_id, MINUTES, language, today=TODAY)
    with store.reading() as session:
        reminders = session.scalars(select(Reminder).where(Reminder.source.like("meeting:%"))).all()
        assert sorted(r.due_on for r in reminders) == [TODAY + dt.timedelta(days=14), TODAY + dt.timedelta(days=30)]
        assert len(meetings.participants(session, meeting_id)) == 3
    with store.unit_of_work() as uow:
        _, pdf = documents.print_case_document(uow, case_id, "tro_minutes", language)
    text = pdf_text(pdf)
    title = {"fr": "Procès-verbal de table ronde (TRO)", "de": "Protokoll des Runden Tisches"}[language]
    assert title in text and "Demander le rapport médical" in text and "Beat Coppey" in text
    assert "Dr Lise Moret" in text and "Marc Fellay" in text
    assert {"fr": "Excusé/es", "de": "Entschuldigt"}[language] in text
    # led and signed by the regional coordinator, with that title
    assert {"fr": "Coordinateur/trice régional/e", "de": "Regionale/r Koordinator/in"}[language] in text
    assert {"fr": "Signature", "de": "Unterschrift"}[language] in text


def test_network_minutes_are_signed_by_every_participant_present(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        referral.record_procuration(uow, case_id, ["ORP", "CMS"], TODAY, "Anne", signed=True, today=TODAY)
        meeting = meetings.schedule(uow, case_id, "network", TODAY, "CMS Sion", "Anne Rochat", ["ORP", "CMS"],
                                    today=TODAY)
        meetings.record_minutes(uow, meeting.id, MINUTES, today=TODAY)
        doc, pdf = documents.print_case_document(uow, case_id, "network_minutes", "de")
    assert [p["name"] for p in documents.parties(doc)] == ["Anne Rochat", "Beat Coppey"]
    text = pdf_text(pdf)
    # each participant signs with the role the minutes give them
    assert "Protokoll des Netzwerkgesprächs" in text and text.count("Conseillère en personnel") == 2
    assert text.count("Assistant social") == 2 and not re.search(r"Teilnehmer/in(?!nen)", text)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        meetings.record_minutes(uow, meeting.id, meetings.Minutes(TODAY, "", "", "", "", (), ()), today=TODAY)
    assert [e.code for e in exc.value.errors] == ["meeting.no_participant"]

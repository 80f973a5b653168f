"""The assessment on a real database: states, waiting time, contract signed by every party, frozen, amended,
reviewed, closed; the printed contract read back in FR and DE."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.services import assessment, documents
from cii_desktop.storage.assessment_records import Contract
from cii_desktop.storage.models import Reminder
from cii_desktop.storage.records import Handling
from cii_desktop.storage.store import Store
from tests.support.handlings import TEAM, accepted, contract_content, held_assessment
from tests.support.pdf import flat_text, image_count, render_pages, signature_png
from tests.support.referral import TODAY, new_case


def open_reminders(store: Store, prefix: str) -> list[Reminder]:
    with store.reading() as session:
        return list(session.scalars(select(Reminder).where(Reminder.source.like(f"{prefix}%"),
                                                           Reminder.done.is_(False))))


def sign_everyone(store: Store, contract_id: str, language: str = "fr") -> str:
    with store.unit_of_work() as uow:
        doc = documents.issue(uow, documents_case(store, contract_id), "contract", language, subject_id=contract_id)
        for party in documents.parties(doc):
            documents.sign_with_pad(uow, doc.id, party["party"], party["name"], signature_png(), place="Sion")
        return doc.id


def documents_case(store: Store, contract_id: str) -> str:
    with store.reading() as session:
        row = session.get(Contract, contract_id)
        assert row is not None
        return row.case_id


def test_states_waiting_time_and_no_contract_before_the_assessment_is_held(store: Store) -> None:
    case_id = new_case(store)
    handling_id = accepted(store, case_id, "assessment")
    waiting = open_reminders(store, "assessment:")
    assert len(waiting) == 1 and waiting[0].due_on == TODAY - dt.timedelta(days=10)  # 30 days after, overdue
    with store.reading() as session:
        row = session.get(Handling, handling_id)
        assert row is not None and row.state == "to_organise" and assessment.waiting_days(row, TODAY) == 40
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        assessment.mark_held(uow, handling_id, TODAY, today=TODAY)
    assert exc.value.errors[0].code == "assessment.bad_transition"
    with store.unit_of_work() as uow:
        assessment.set_team(uow, handling_id, TEAM)
        contract = assessment.draft(uow, handling_id)
        assessment.save_contract(uow, contract.id, contract_content())
        contract_id = contract.id
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        documents.issue(uow, case_id, "contract", "fr", subject_id=contract_id)
    assert exc.value.errors[0].code == "assessment.not_held"
    with store.unit_of_work() as uow:
        assessment.schedule(uow, handling_id, TODAY + dt.timedelta(days=7), "ORP Monthey", today=TODAY)
    assert open_reminders(store, "assessment:") == []  # organised: the waiting reminder is done
    with store.reading() as session:
        row = session.get(Handling, handling_id)
        assert row is not None and row.state == "scheduled"
        assert assessment.waiting_days(row, TODAY + dt.timedelta(9)) == 40  # organised today: the wait stopped
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        assessment.mark_held(uow, handling_id, TODAY + dt.timedelta(days=7), today=TODAY)
    assert exc.value.errors[0].code == "date.future"


def test_every_party_signs_then_the_contract_is_frozen_amended_reviewed_closed(store: Store) -> None:
    case_id = new_case(store)
    handling_id, contract_id = held_assessment(store, case_id)
    with store.unit_of_work() as uow:
        doc = documents.issue(uow, case_id, "contract", "fr", subject_id=contract_id)
        parties = documents.parties(doc)
        assert [p["name"] for p in parties] == [m.name for m in TEAM]
        first = parties[0]
        documents.sign_with_pad(uow, doc.id, first["party"], first["name"], signature_png())
    with store.reading() as session:  # one signature of four: not signed yet
        assert session.get(Contract, contract_id).state == "draft"  # type: ignore[union-attr]
    doc_id = sign_everyone(store, contract_id)
    with store.reading() as session:
        contract = session.get(Contract, contract_id)
        handling = session.get(Handling, handling_id)
        assert contract is not None and handling is not None
        assert contract.state == "signed" and handling.state == "contract_signed"
        signed_pdf = documents.render(session, doc_id)
    assert image_count(signed_pdf) >= 4
    reviews = open_reminders(store, "assessment:")
    assert sorted(r.due_on for r in reviews) == [TODAY + dt.timedelta(days=60), TODAY + dt.timedelta(days=120)]
    # a signed contract cannot be edited, only amended
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        assessment.save_contract(uow, contract_id, contract_content(3))
    assert exc.value.errors[0].code == "contract.signed_frozen"
    with store.unit_of_work() as uow:
        amended = assessment.amend(uow, contract_id)
        changed = dataclasses.replace(contract_content(3), review_dates=(TODAY + dt.timedelta(days=90),))
        assessment.save_contract(uow, amended.id, changed)
        amended_id = amended.id
        assert amended.version == 2 and amended.state == "draft"
    with store.reading() as session:  # the signed version is still what was signed
        assert "Objectif numéro 3" not in flat_text(documents.render(session, doc_id))
        assert assessment.current_contract(session, handling_id).id == amended_id  # type: ignore[union-attr]
    sign_everyone(store, amended_id, "de")
    with store.reading() as session:
        assert session.get(Contract, contract_id).state == "superseded"  # type: ignore[union-attr]
        assert session.get(Contract, amended_id).state == "signed"  # type: ignore[union-attr]
    assert [r.due_on for r in open_reminders(store, "assessment:")] == [TODAY + dt.timedelta(days=90)]
    # a review: the progress of every objective
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        assessment.record_review(uow, amended_id, TODAY, {1: assessment.Progress("reached")}, today=TODAY)
    assert exc.value.errors[0].code == "review.progress_required"
    with store.unit_of_work() as uow:
        assessment.record_review(uow, amended_id, TODAY, {
            1: assessment.Progress("reached", "Stage fait"), 2: assessment.Progress("in_progress"),
            3: assessment.Progress("not_reached", "Malade")}, "Revue 1", today=TODAY)
    with store.reading() as session:
        assert session.get(Handling, handling_id).state == "follow_up"  # type: ignore[union-attr]
        assert len(assessment.reviews(session, amended_id)) == 1
    assert open_reminders(store, "assessment:") == []
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed):
        assessment.close(uow, handling_id, "", TODAY, today=TODAY)
    with store.unit_of_work() as uow:
        assessment.close(uow, handling_id, "work", TODAY, today=TODAY)
    with store.reading() as session:
        row = session.get(Handling, handling_id)
        assert row is not None and row.state == "closed" and row.outcome == "work"


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_printed_contract_reads_back(store: Store, language: str) -> None:
    case_id = new_case(store, "Délèze", "Hélène", end_of_rights_on=TODAY + dt.timedelta(days=300))
    _handling_id, contract_id = held_assessment(store, case_id)
    doc_id = sign_everyone(store, contract_id, language)
    with store.reading() as session:
        pdf = documents.render(session, doc_id)
    text = flat_text(pdf)
    words = {"fr": ("Contrat d'objectifs", "Équipe régionale", "Médecin du SMR", "Objectif 1", "Cadre légal",
                    "Retour sur le premier marché du travail", "Engagements des institutions", "Dates de revue",
                    "Signé électroniquement le"),
             "de": ("Zielvereinbarung", "Regionales Team", "Arzt/Ärztin des RAD", "Ziel 1", "Gesetzlicher Rahmen",
                    "Rückkehr in den ersten Arbeitsmarkt", "Verpflichtungen der Institutionen",
                    "Überprüfungstermine", "Elektronisch unterschrieben am")}[language]
    for word in words:
        assert word in text, word
    for name in ("Anne Rochat", "Beat Coppey", "Dr Claire Fellay", "Délèze", "Objectif numéro 2", "Mesure 2.1",
                 "Fondation Emploi Valais", doc_id[:8]):
        assert name in text, name
    assert ("LEMC" in text) and "ß" not in text
    for page in render_pages(pdf):
        assert page.getextrema() != ((255, 255), (255, 255), (255, 255))

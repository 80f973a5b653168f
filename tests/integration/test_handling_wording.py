"""Handlings as the paper says: minutes re-recorded drop their removed steps, the tandem plan holds its
objectives and an outcome (not a "decision"), the framework period's end is its own date (issue 16)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from cii_desktop.domain.contract import ContractContent, Measure, Objective
from cii_desktop.services import assessment, documents, meetings, tandem
from cii_desktop.storage.models import Reminder
from cii_desktop.storage.records import Handling
from cii_desktop.storage.store import Store
from tests.integration.test_meetings import MINUTES
from tests.support.handlings import TEAM, accepted
from tests.support.pdf import flat_text
from tests.support.referral import TODAY, new_case
from tests.support.roles import ensure_bureau


def test_re_recording_minutes_removes_the_steps_taken_out_and_their_reminders(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        meeting = meetings.schedule(uow, case_id, "round_table", TODAY, "Sion", "Marc", ["ORP"], today=TODAY)
        meetings.record_minutes(uow, meeting.id, MINUTES, today=TODAY)
    kept = MINUTES.steps[1]
    with store.unit_of_work() as uow:
        meetings.record_minutes(uow, meeting.id, dataclasses.replace(MINUTES, steps=(kept,)), today=TODAY)
    with store.reading() as session:
        assert [(s.text, s.owner) for s in meetings.steps(session, meeting.id)] == [(kept.text, kept.owner)]
        open_reminders = session.scalars(select(Reminder).where(
            Reminder.case_id == case_id, Reminder.deleted.is_(False))).all()
        assert [r.due_on for r in open_reminders] == [kept.due_on]


def test_tandem_plan_holds_its_objectives_and_an_outcome_not_a_decision(store: Store) -> None:
    case_id = new_case(store)
    with store.unit_of_work() as uow:
        row = uow.add(Handling(case_id=case_id, kind="tandem", created_on=TODAY))
        uow.flush()
        tandem.start(uow, row.id, TODAY, "Anne Rochat", "Beat Coppey", today=TODAY,
                     objectives="Stabiliser le budget; trouver un stage")
        _doc, pdf = documents.print_case_document(uow, case_id, "tandem_plan", "de")
    words = flat_text(pdf)
    assert "Ziele des Plans Stabiliser le budget; trouver un stage" in words
    assert "Ergebnis des Tandems" in words and "Entscheid" not in words


def test_framework_period_end_is_its_own_date_not_the_end_of_rights(store: Store) -> None:
    case_id = new_case(store, end_of_rights_on=TODAY + dt.timedelta(days=100))
    handling_id = accepted(store, case_id, "assessment")
    lias = ContractContent("first_market", "Emploi", (Objective("Budget", (
        Measure("Charges patronales", "LIAS", "", "ORP", "CMS", TODAY, TODAY + dt.timedelta(days=60)),)),),
        lemc_conditions_met=False)
    with store.unit_of_work() as uow:
        assessment.schedule(uow, handling_id, TODAY, "Sion", today=TODAY)
        team = [*TEAM, assessment.Member("Marc Fellay", "bureau_member", "BUREAU")]  # the Bureau sits in the team
        assessment.set_team(uow, handling_id, team)
        assessment.mark_held(uow, handling_id, TODAY, today=TODAY)
        contract = assessment.save_contract(uow, assessment.draft(uow, handling_id).id, lias)
    with store.reading() as session:  # the end of rights is near, but the framework end is not known
        assert [f.code for f in assessment.check(session, contract.id)] == ["lias_without_framework_end"]
    with store.unit_of_work() as uow:
        assessment.set_framework_end(uow, handling_id, TODAY + dt.timedelta(days=400))
    with store.reading() as session:
        assert [f.code for f in assessment.check(session, contract.id)] == ["lias_by_orp_window"]
    with store.unit_of_work() as uow:
        assessment.set_framework_end(uow, handling_id, TODAY + dt.timedelta(days=100))
        _doc, pdf = documents.print_case_document(uow, case_id, "contract", "fr")
    words = flat_text(pdf)
    assert "Fin du délai-cadre d'indemnisation 03.03.2027" in words and "Membre du Bureau CII" in words


def test_the_bureau_opens_a_tandem_for_an_eligible_person_or_with_a_recorded_reason(store: Store) -> None:
    import pytest

    from cii_desktop.domain.errors import ValidationFailed
    from cii_desktop.services import bureau
    from tests.support.referral import walk_to_announcement

    case_id = new_case(store)  # no end of rights, not on social assistance: not in the tandem's public
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed) as exc:
        bureau.decide(uow, announcement, "accepted", "Marc Fellay", handling="tandem", today=TODAY)
    assert [e.code for e in exc.value.errors] == ["decision.tandem_not_eligible"]
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "accepted", "Marc Fellay", handling="tandem", today=TODAY,
                      reason="Fin de droit dans 4 mois, situation qui se dégrade")
    eligible = new_case(store, "Rey", "Luc", avs_digits="223456789", receives_ij_ac=True,
                        end_of_rights_on=TODAY + dt.timedelta(days=30))
    second = walk_to_announcement(store, eligible)
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, second, "accepted", "Marc Fellay", handling="tandem", today=TODAY)

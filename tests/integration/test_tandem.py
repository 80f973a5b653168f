"""The décloisonnement tandem on a real database: eligibility, interview log, thin months, end, closure."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.domain.grid import Rating
from cii_desktop.services import bureau, referral, tandem
from cii_desktop.storage.models import Reminder
from cii_desktop.storage.records import Handling
from cii_desktop.storage.store import Store
from tests.support.referral import TODAY, new_case, walk_to_announcement
from tests.support.roles import ensure_bureau


def accepted_tandem(store: Store, case_id: str) -> str:
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "accepted", "Bureau", handling="tandem", reason="r", today=TODAY)
    with store.reading() as session:
        return session.scalars(select(Handling.id).where(Handling.case_id == case_id)).one()


def test_eligibility_from_the_situation_and_the_grid(store: Store) -> None:
    ending = new_case(store, receives_ij_ac=True, end_of_rights_on=TODAY + dt.timedelta(days=40))
    assisted = new_case(store, "Rey", avs_digits="223456789", social_assistance=True,
                        employability_verified_on=TODAY - dt.timedelta(days=60))
    with store.unit_of_work() as uow:
        referral.record_grid(uow, assisted, {"housing": Rating(2)}, "Anne", TODAY, today=TODAY)
    with store.reading() as session:
        assert tandem.check_eligibility(session, ending, TODAY).eligible
        assert tandem.check_eligibility(session, assisted, TODAY).eligible
    with store.unit_of_work() as uow:  # a health problem appears on the next grid
        referral.record_grid(uow, assisted, {"mental_health": Rating(3)}, "Anne", TODAY, today=TODAY)
    with store.reading() as session:
        verdict = tandem.check_eligibility(session, assisted, TODAY)
        assert not verdict.eligible and verdict.reasons == ("tandem.health_problem",)


def test_interview_log_flags_thin_months_and_the_end(store: Store) -> None:
    case_id = new_case(store, receives_ij_ac=True, end_of_rights_on=TODAY)
    handling_id = accepted_tandem(store, case_id)
    start = dt.date(2026, 6, 1)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed):
        tandem.log_interview(uow, handling_id, start, "ORP + CMS", "avant le début", today=TODAY)
    with store.unit_of_work() as uow:
        tandem.start(uow, handling_id, start, "Anne Rochat (ORP)", "Beat Coppey (CMS)", today=TODAY)
    days = [dt.date(2026, 6, 3), dt.date(2026, 6, 17), dt.date(2026, 7, 8), dt.date(2026, 8, 5),
            dt.date(2026, 8, 19), dt.date(2026, 9, 2), dt.date(2026, 9, 16), dt.date(2026, 10, 7),
            dt.date(2026, 10, 21), dt.date(2026, 11, 4)]
    for day in days:
        with store.unit_of_work() as uow:
            tandem.log_interview(uow, handling_id, day, "Anne, Beat, la personne", "Suivi", today=TODAY)
    with store.reading() as session:
        state = tandem.state(session, handling_id, TODAY)
        assert state.ends_on == dt.date(2026, 12, 1) and state.interviews == 10
        assert state.thin_months == [(2026, 7, 1)]  # November is still running
        assert state.end_approaching
        reminders = {r.source: r for r in session.scalars(select(Reminder).where(Reminder.case_id == case_id))}
    prefix = f"tandem:{handling_id[:13]}:"
    assert reminders[prefix + "end"].due_on == dt.date(2026, 11, 1)
    assert not reminders[prefix + "2026-07"].done and reminders[prefix + "2026-06"].done
    assert not reminders[prefix + "2026-11"].done and reminders[prefix + "2026-11"].due_on == dt.date(2026, 11, 30)
    with store.unit_of_work() as uow, pytest.raises(ValidationFailed):
        tandem.close(uow, handling_id, "vanished", TODAY, today=TODAY)
    with store.unit_of_work() as uow:
        tandem.close(uow, handling_id, "employment", TODAY, today=TODAY)
    with store.reading() as session:
        assert tandem.state(session, handling_id, TODAY).outcome == "employment"
        still_open = session.scalars(select(Reminder).where(Reminder.source.like(prefix + "%"),
                                                            Reminder.done.is_(False))).all()
        assert still_open == []

"""Test helpers: a person with a case, and the referral path walked to a given step."""

from __future__ import annotations

import datetime as dt

from cii_desktop.domain.avs import make_avs
from cii_desktop.domain.grid import Rating
from cii_desktop.domain.person import PersonInput
from cii_desktop.services import bureau, cases, referral
from cii_desktop.storage.store import Store

TODAY = dt.date(2026, 11, 23)
COMPLEX = {"health": Rating(2, "Douleurs dorsales"), "housing": Rating(3, "Menace d'expulsion"),
           "finances": Rating(2, "Dettes"), "mental_health": Rating(2, "Anxiété")}


def new_case(store: Store, last_name: str = "Müller", first_name: str = "François", language: str = "fr",
             avs_digits: str = "123456789", lse: bool = False, **situation: object) -> str:
    with store.unit_of_work() as uow:
        person = cases.create_person(uow, PersonInput(
            first_name=first_name, last_name=last_name, birth_date=dt.date(1979, 3, 14),
            avs_number=make_avs(avs_digits) if avs_digits else "", language=language, commune="Sion",
            address="Rue du Rhône 12, 1950 Sion", job_seeker_without_rights=lse, **situation))  # type: ignore[arg-type]
        uow.flush()
        case = cases.create_case(uow, person.id, "SION", "ORP", "Anne Rochat", summary="Situation",
                                 opened_on=dt.date(2026, 10, 1))
        uow.flush()
        return case.id


def walk_to_announcement(store: Store, case_id: str) -> str:
    """Grid, signed procuration and a sent announcement; returns the announcement id."""
    with store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, COMPLEX, "Anne Rochat", TODAY, institution_code="ORP", today=TODAY)
        referral.record_procuration(uow, case_id, ["ORP", "CMS", "BUREAU"], TODAY, "Anne Rochat", signed=True,
                                    today=TODAY)
        draft = bureau.draft(uow.session, case_id, "fr")
        row = bureau.send(uow, case_id, bureau.AnnouncementDraft(
            draft.problems, draft.institutions_involved, "Stage", "Premier marché du travail", "assessment"),
            "Anne Rochat", "ORP", TODAY)
        return row.id

"""Test helpers: a handling accepted by the Bureau, and an assessment walked to a contract ready to sign."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from cii_desktop.domain.contract import ContractContent, Measure, Objective
from cii_desktop.services import assessment, bureau
from cii_desktop.storage.records import Handling
from cii_desktop.storage.store import Store
from tests.support.referral import TODAY, walk_to_announcement
from tests.support.roles import ensure_bureau

TEAM = [assessment.Member("Anne Rochat", "announcing", "ORP"), assessment.Member("Beat Coppey", "respondent", "CMS"),
        assessment.Member("Dr Claire Fellay", "smr_doctor", "SMR"),
        assessment.Member("François Müller", "the_person", "")]


def accepted(store: Store, case_id: str, kind: str) -> str:
    """The case announced, accepted by the Bureau into ``kind``; returns the handling id."""
    announcement = walk_to_announcement(store, case_id)
    ensure_bureau(store)
    with store.unit_of_work() as uow:
        bureau.decide(uow, announcement, "accepted", "Bureau", handling=kind, reason="r",
                      on=TODAY - dt.timedelta(days=40), today=TODAY)
    with store.reading() as session:
        return session.scalars(select(Handling.id).where(Handling.case_id == case_id)).one()


def contract_content(objectives: int = 2, measures_each: int = 1) -> ContractContent:
    frames = [("LACI", "ORP"), ("LEMC", "ORP"), ("AI", "OAI"), ("LIAS", "CMS")]
    return ContractContent(
        aim_kind="first_market", aim="Emploi à 50 % dans la logistique",
        objectives=tuple(Objective(f"Objectif numéro {i}", tuple(
            Measure(f"Mesure {i}.{j}", frames[(i + j) % 4][0], "Fondation Emploi Valais", frames[(i + j) % 4][1],
                    frames[(i + j) % 4][1], TODAY + dt.timedelta(days=10 * j), TODAY + dt.timedelta(days=90))
            for j in range(1, measures_each + 1))) for i in range(1, objectives + 1)),
        person_commitments="Se présenter aux entretiens", institution_commitments={"ORP": "Placement", "CMS": "Budget"},
        review_dates=(TODAY + dt.timedelta(days=60), TODAY + dt.timedelta(days=120)))


def held_assessment(store: Store, case_id: str) -> tuple[str, str]:
    """Accepted, scheduled, team set, held, contract drafted; returns (handling id, contract id)."""
    handling_id = accepted(store, case_id, "assessment")
    with store.unit_of_work() as uow:
        assessment.schedule(uow, handling_id, TODAY - dt.timedelta(days=5), "CMS de Sion", today=TODAY)
        assessment.set_team(uow, handling_id, TEAM)
        assessment.save_evaluation(uow, handling_id, assessment.Evaluation("Dos", "Magasinier", "Dettes", "Motivé"))
        assessment.mark_held(uow, handling_id, TODAY - dt.timedelta(days=5), today=TODAY)
        contract = assessment.draft(uow, handling_id)
        assessment.save_contract(uow, contract.id, contract_content())
        return handling_id, contract.id

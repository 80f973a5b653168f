"""Contrat d'objectifs rules from the table: assessment transitions, content validation, legal-frame checks."""

from __future__ import annotations

import datetime as dt

import pytest

from cii_desktop.domain import contract as rules
from cii_desktop.domain.contract import ContractContent, Measure, Objective
from cii_desktop.domain.rule_tables import coded, load

END = dt.date(2027, 6, 30)  # end of the framework period (délai-cadre)


def content(*measures: Measure, lemc_met: bool = True) -> ContractContent:
    return ContractContent("first_market", "Emploi", (Objective("Retrouver un rythme", measures),),
                           lemc_conditions_met=lemc_met)


def codes(flags: list[rules.Flag]) -> list[tuple[str, str]]:
    return [(f.code, f.measure) for f in flags]


def test_transitions_follow_the_table() -> None:
    assert rules.can_move("to_organise", "scheduled") and rules.can_move("scheduled", "held")
    assert not rules.can_move("to_organise", "held")  # not held before it is scheduled
    assert not rules.can_move("scheduled", "contract_signed")  # no contract signed before the assessment is held
    assert rules.can_move("held", "contract_signed") and rules.can_move("contract_signed", "follow_up")
    assert rules.can_move("follow_up", "closed") and rules.can_move("to_organise", "closed")
    assert not rules.can_move("closed", "closed")
    assert list(rules.state_labels()) == [s["code"] for s in load("handlings")["assessment"]["states"]]


def test_a_measure_outside_its_institutions_frame_is_flagged() -> None:
    ok = Measure("Cours", "LACI", responsible="ORP", start=dt.date(2027, 1, 10))
    wrong = Measure("Rente", "AI", responsible="CMS", start=dt.date(2027, 1, 10))
    assert codes(rules.check(content(ok, wrong), END)) == [("frame_institution", "1.2")]
    assert "1.2" in rules.check(content(ok, wrong), END)[0].message.fr


def test_lias_asked_by_the_orp_only_in_the_last_six_months_of_the_framework() -> None:
    lemc = Measure("Emploi temporaire", "LEMC", responsible="ORP", start=dt.date(2026, 10, 1))
    early = Measure("Insertion", "LIAS", responsible="ORP", start=dt.date(2026, 11, 1))
    late = Measure("Insertion", "LIAS", responsible="ORP", start=dt.date(2027, 2, 1))
    assert codes(rules.check(content(lemc, early), END)) == [("lias_by_orp_window", "1.2")]
    assert rules.check(content(lemc, late), END) == []
    assert codes(rules.check(content(lemc, late), None)) == [("lias_without_framework_end", "1.2")]
    by_cms = Measure("Insertion", "LIAS", responsible="CMS", start=dt.date(2026, 11, 1))
    assert rules.check(content(lemc, by_cms), END) == []  # the window binds the ORP only


def test_lemc_comes_before_lias_unless_the_person_does_not_meet_its_conditions() -> None:
    lias = Measure("Insertion", "LIAS", responsible="CMS", start=dt.date(2027, 1, 1))
    later_lemc = Measure("Emploi temporaire", "LEMC", responsible="ORP", start=dt.date(2027, 3, 1))
    assert codes(rules.check(content(lias), END)) == [("lemc_before_lias", "1.1")]
    assert codes(rules.check(content(lias, later_lemc), END)) == [("lemc_before_lias", "1.1")]
    assert rules.check(content(lias, lemc_met=False), END) == []


def test_every_check_and_list_is_bilingual_and_swiss() -> None:
    section = load("handlings")["contract"]
    for check in section["checks"]:
        assert check["fr"] and check["de"] and "ß" not in check["de"]
    for name in ("aims", "frames", "progress"):
        labels = coded(name, "handlings.contract").values()
        assert all(label.fr and label.de and "ß" not in label.de for label in labels)
    for name in ("states", "roles", "outcomes"):
        assert all(label.fr and label.de for label in coded(name, "handlings.assessment").values())


@pytest.mark.parametrize(("broken", "code"), [
    (ContractContent("first_market", "", ()), "contract.objective_required"),
    (content(Measure("", "LACI", responsible="ORP")), "contract.measure_incomplete"),
    (content(Measure("Cours", "LACI", responsible="ORP", start=dt.date(2027, 2, 1), end=dt.date(2027, 1, 1))),
     "date.end_before_start"),
])
def test_incomplete_contracts_are_refused(broken: ContractContent, code: str) -> None:
    assert code in [e.code for e in rules.validate(broken)]

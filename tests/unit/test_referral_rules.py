"""Rules as data: grid thresholds give the level, the 11 target publics match the annex's situations."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

import pytest

from cii_desktop.domain import grid, target_publics
from cii_desktop.domain.grid import Rating
from cii_desktop.domain.rule_tables import load

TODAY = dt.date(2026, 11, 23)


def ratings(**values: int) -> dict[str, Rating]:
    return {code: Rating(value) for code, value in values.items()}


@pytest.mark.parametrize(("given", "level"), [
    ({}, "simple"),
    ({"health": 1, "housing": 1, "language": 1}, "simple"),
    ({"health": 2}, "simple"),
    ({"health": 2, "housing": 2}, "network"),
    ({"addiction": 3}, "network"),
    ({"health": 2, "housing": 2, "finances": 2}, "network"),
    ({"health": 2, "housing": 2, "finances": 2, "family": 2}, "complex"),
    ({"mental_health": 3, "addiction": 3}, "complex"),
    ({"mental_health": 3, "health": 2, "family": 1}, "network"),
])
def test_thresholds_give_the_level(given: dict[str, int], level: str) -> None:
    assert grid.propose(ratings(**given)).level == level


def test_the_proposal_says_why_in_both_languages() -> None:
    proposal = grid.propose(ratings(health=2, housing=2, finances=2, family=2))
    assert "Santé physique" in proposal.reason("fr") and "seuil 4" in proposal.reason("fr")
    assert "Körperliche Gesundheit" in proposal.reason("de") and "IIZ komplex" in proposal.reason("de")
    assert proposal.domains == ("health", "family", "housing", "finances")


def test_thresholds_are_read_from_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    table = json.loads(json.dumps(load("evaluation_grid")))
    table["levels"][0]["any_of"] = [{"min_rating": 1, "min_domains": 1}]  # the canton tightens the rule
    monkeypatch.setattr("cii_desktop.domain.grid.load", lambda name: table)
    assert grid.propose(ratings(language=1)).level == "complex"


def test_twelve_domains_and_unknown_ratings_refused() -> None:
    assert len(grid.domains()) == 12
    assert grid.validate_ratings({"health": Rating(4)}) == ["health"]
    assert grid.validate_ratings({"astrology": Rating(1)}) == ["astrology"]
    assert grid.validate_ratings(ratings(health=3, insurances=0)) == []


def situation(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {name: None for name in target_publics.SITUATION_FIELDS}
    base.update(receives_ij_ac=False, waiting_period=False, sanctioned=False, job_seeker_without_rights=False,
                social_assistance=False, fit_for_placement=True, opened_on=TODAY, cms_problems=False)
    base.update(values)
    return base


def numbers(values: dict[str, Any]) -> list[int]:
    return [p.row.number for p in target_publics.propose(values, TODAY)]


# The situations of the annex, one per row.
ANNEX = [
    (1, situation(receives_ij_ac=True, end_of_rights_on=TODAY + dt.timedelta(days=60))),
    (2, situation(fitness_exam_filed_on=TODAY - dt.timedelta(days=3))),
    (3, situation(pqf_started_on=TODAY - dt.timedelta(days=20))),
    (4, situation(deregistered_on=TODAY - dt.timedelta(days=1), cms_problems=True)),
    (5, situation(receives_ij_ac=True, waiting_period=True)),
    (6, situation(job_seeker_without_rights=True, cms_problems=True)),
    (7, situation(social_assistance=True, employability_verified_on=TODAY - dt.timedelta(days=90))),
    (8, situation(social_assistance=True, end_of_rights_on=TODAY - dt.timedelta(days=10))),
    (9, situation(social_assistance=True, receives_ij_ac=True)),
    (10, situation(social_assistance=True)),
    (11, situation(social_assistance=True, fit_for_placement=False)),
]


@pytest.mark.parametrize(("row", "values"), ANNEX, ids=[f"row{n}" for n, _ in ANNEX])
def test_each_row_of_the_annex_is_proposed_for_its_situation(row: int, values: dict[str, Any]) -> None:
    assert row in numbers(values)


def test_eleven_rows_and_rows_10_11_say_no_announcement() -> None:
    rows = target_publics.rows()
    assert [r.number for r in rows] == list(range(1, 12))
    assert [r.number for r in rows if not r.announce_to_orp] == [10, 11]
    assert target_publics.row(10).status == "cii_network" and target_publics.row(11).status == "none"
    for proposal in target_publics.propose(situation(social_assistance=True, fit_for_placement=False), TODAY):
        if proposal.row.number in (10, 11):
            assert proposal.due_on is None


def test_no_row_for_a_situation_outside_the_table() -> None:
    assert numbers(situation()) == []
    # End of rights far away: row 1 is proposed ahead, its step due 3 months before the end of rights
    far = target_publics.propose(situation(receives_ij_ac=True, end_of_rights_on=dt.date(2027, 6, 30)), TODAY)
    assert [(p.row.number, p.due_on) for p in far] == [(1, dt.date(2027, 3, 30))]
    # Employability verified more than 6 months ago: row 10, not row 7
    old = situation(social_assistance=True, employability_verified_on=TODAY - dt.timedelta(days=200))
    assert 7 not in numbers(old) and 10 in numbers(old)


def test_reminder_dates() -> None:
    def due(row: int, values: dict[str, Any]) -> dt.date | None:
        return next(p.due_on for p in target_publics.propose(values, TODAY) if p.row.number == row)

    # 3 months before the end of rights
    assert due(1, situation(receives_ij_ac=True, end_of_rights_on=dt.date(2027, 2, 20))) == dt.date(2026, 11, 23)
    assert due(1, situation(receives_ij_ac=True, end_of_rights_on=dt.date(2027, 2, 28))) == dt.date(2026, 11, 28)
    # during the 2nd month of PQF
    assert due(3, situation(pqf_started_on=dt.date(2026, 11, 2))) == dt.date(2026, 12, 2)
    # an end of rights already past: at once
    assert due(8, situation(social_assistance=True, end_of_rights_on=dt.date(2026, 1, 1))) == TODAY
    # "en temps voulu": no due date (the annex gives none)
    assert due(5, situation(receives_ij_ac=True, sanctioned=True)) is None


def test_every_rule_table_is_complete_in_both_languages() -> None:
    folder = resources.files("cii_desktop.domain.tables")
    for name in ("evaluation_grid", "target_publics", "referral", "handlings"):
        text = folder.joinpath(f"{name}.json").read_text("utf-8")
        assert "ß" not in text, name

        def walk(node: Any, path: str) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key.endswith("fr") and isinstance(value, str):
                        twin = key[:-2] + "de"
                        assert twin in node, f"{path}.{key} has no German"
                        assert bool(value) == bool(node[twin]), f"{path}.{key} half translated"
                    walk(value, f"{path}.{key}")
            elif isinstance(node, list):
                for i, item in enumerate(node):
                    walk(item, f"{path}[{i}]")

        walk(json.loads(text), name)

"""The 11 target publics of the ORP-CMS directive: which rows a situation matches and the due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .dates import add_months
from .reference import Label
from .rule_tables import label, load


@dataclass(frozen=True)
class TargetRow:
    """One row of the annex table (public, procedure, status, who, when)."""

    number: int
    side: str
    direction: str  # orp_to_cms | cms_to_orp | none (no announcement to the ORP: rows 10-11)
    status: str  # formal_transition | cii_simple | cii_network | none (the annex gives none: row 11)
    who: tuple[str, ...]
    announce_to_orp: bool
    public: Label
    procedure: Label
    remark: Label
    when: Label
    match: dict[str, Any]
    due: dict[str, Any] | None


@dataclass(frozen=True)
class Proposal:
    """A matching row and the date by which its step is due (None: no date, e.g. rows 10-11)."""

    row: TargetRow
    due_on: dt.date | None


def rows() -> list[TargetRow]:
    return [TargetRow(int(r["number"]), r["side"], r["direction"], r["status"], tuple(r["who"]),
                      bool(r["announce_to_orp"]), label(r, "public"), label(r, "procedure"),
                      label(r, "remark"), label(r, "when"), r["match"], r["due"])
            for r in load("target_publics")["rows"]]


def row(number: int) -> TargetRow:
    return next(r for r in rows() if r.number == number)


def status_label(status: str) -> Label:
    return label(load("target_publics")["statuses"][status])


def _holds(clause: dict[str, Any], situation: Mapping[str, Any], today: dt.date) -> bool:
    if "all" in clause:
        return all(_holds(c, situation, today) for c in clause["all"])
    if "any" in clause:
        return any(_holds(c, situation, today) for c in clause["any"])
    if "not" in clause:
        return not _holds(clause["not"], situation, today)
    value = situation.get(clause["field"])
    if "is" in clause:
        return bool(value) is bool(clause["is"])
    if "set" in clause:
        return (value is not None) is bool(clause["set"])
    if not isinstance(value, dt.date):
        return False
    if "within_days_ahead" in clause:  # already past counts too ("en fin de droit")
        return value <= today + dt.timedelta(days=int(clause["within_days_ahead"]))
    if "within_days_back" in clause:
        return today - dt.timedelta(days=int(clause["within_days_back"])) <= value <= today
    if "reached" in clause:
        return (value <= today) is bool(clause["reached"])
    raise ValueError(f"unknown clause {sorted(clause)}")


def _due(rule: dict[str, Any] | None, situation: Mapping[str, Any], today: dt.date) -> dt.date | None:
    if rule is None:
        return None
    start = today if rule["from"] == "today" else situation.get(rule["from"])
    if not isinstance(start, dt.date):
        return None
    due = add_months(start, int(rule.get("months", 0))) + dt.timedelta(days=int(rule.get("days", 0)))
    if rule.get("not_before") == "today":
        due = max(due, today)
    return due


def propose(situation: Mapping[str, Any], today: dt.date | None = None) -> list[Proposal]:
    """Every row whose conditions the situation meets, in the table's order."""
    when = today or dt.date.today()
    return [Proposal(r, _due(r.due, situation, when)) for r in rows() if _holds(r.match, situation, when)]


SITUATION_FIELDS = ("receives_ij_ac", "end_of_rights_on", "waiting_period", "sanctioned",
                    "job_seeker_without_rights", "social_assistance", "employability_verified_on",
                    "fit_for_placement", "fitness_exam_filed_on", "pqf_started_on", "deregistered_on")


def cms_problems(ratings: Mapping[str, int] | None) -> bool:
    """"Problématiques relevant des CMS": one of the table's grid domains rated at least its threshold."""
    rule = load("target_publics")["cms_problems"]
    return any(int((ratings or {}).get(code, 0)) >= int(rule["min_rating"]) for code in rule["domains"])


def situation_of(person: Any, opened_on: dt.date | None = None,
                 ratings: Mapping[str, int] | None = None) -> dict[str, Any]:
    """The situation fields of a person record, the case's opening date and its latest grid's ratings
    (whether it shows problems of the CMS's competence) as the table reads them."""
    values = {name: getattr(person, name) for name in SITUATION_FIELDS}
    values["opened_on"] = opened_on
    values["cms_problems"] = cms_problems(ratings)
    return values


def who_label(row: TargetRow, language: str) -> str:
    """The table's "Qui" column: the institutions that act, in ``language``."""
    from .reference import INSTITUTIONS, by_code

    return ", ".join(by_code(INSTITUTIONS, code).abbreviation(language) for code in row.who)

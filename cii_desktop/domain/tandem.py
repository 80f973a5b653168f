"""Décloisonnement LIAS-LEMC tandem: eligibility, and the interview rhythm (two a month, six months)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .dates import add_months
from .rule_tables import load


def rules() -> dict[str, Any]:
    data: dict[str, Any] = load("handlings")["tandem"]
    return data


@dataclass(frozen=True)
class Eligibility:
    """Whether the situation fits the tandem, and why (codes, shown translated)."""

    eligible: bool
    reasons: tuple[str, ...]


def eligibility(situation: Mapping[str, Any], ratings: Mapping[str, int] | None,
                today: dt.date) -> Eligibility:
    """End of rights reached or within 3 months; or social assistance with employability verified in
    the last 6 months and no health problem (from the latest grid)."""
    r = rules()
    end = situation.get("end_of_rights_on")
    if isinstance(end, dt.date) and end <= today + dt.timedelta(days=int(r["end_of_rights_within_days"])):
        return Eligibility(True, ("tandem.end_of_rights",))
    if not situation.get("social_assistance"):
        return Eligibility(False, ("tandem.not_in_public",))
    reasons = []
    verified = situation.get("employability_verified_on")
    window = dt.timedelta(days=int(r["employability_verified_within_days"]))
    if not (isinstance(verified, dt.date) and today - window <= verified <= today):
        reasons.append("tandem.employability_not_verified")
    if ratings is None:
        reasons.append("tandem.no_grid")
    elif any(ratings.get(domain, 0) >= int(r["health_problem_from_rating"]) for domain in r["health_domains"]) \
            or not situation.get("fit_for_placement", True):
        reasons.append("tandem.health_problem")
    if reasons:
        return Eligibility(False, tuple(reasons))
    return Eligibility(True, ("tandem.social_assistance_employable",))


def plan_end(start: dt.date) -> dt.date:
    return add_months(start, int(rules()["plan_months"]))


def _months(start: dt.date, until: dt.date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (until.year, until.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_inside(start: dt.date, year: int, month: int) -> bool:
    """Whether the whole calendar month lies inside the plan (only those are held to the rhythm)."""
    first = dt.date(year, month, 1)
    return start <= first and add_months(first, 1) <= plan_end(start)


def thin_months(start: dt.date, interviews: Iterable[dt.date], today: dt.date) -> list[tuple[int, int, int]]:
    """(year, month, count) of every calendar month of the plan, up to the last complete one, with fewer
    interviews than the rule asks. The current month is judged only once it is over; a month only partly
    inside the plan (the one it starts in, unless on the 1st, and the one it ends in) is not judged."""
    minimum = int(rules()["min_interviews_per_month"])
    end = min(plan_end(start), today)
    counts: dict[tuple[int, int], int] = {}
    for day in interviews:
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
    out = []
    for year, month in _months(start, end):
        if (year, month) == (today.year, today.month) and today < plan_end(start):
            continue  # still running
        if not month_inside(start, year, month):
            continue  # partly outside the plan
        if counts.get((year, month), 0) < minimum:
            out.append((year, month, counts.get((year, month), 0)))
    return out


def end_approaching(start: dt.date, today: dt.date) -> bool:
    """Within the warning window before the end of the six months (or past it)."""
    return today >= plan_end(start) - dt.timedelta(days=int(rules()["end_warning_days"]))

"""Tandem rules as data: who is eligible, which months fall under two interviews, when the end nears."""

from __future__ import annotations

import datetime as dt

from cii_desktop.domain import tandem

TODAY = dt.date(2026, 11, 23)


def test_end_of_rights_reached_or_within_three_months() -> None:
    assert tandem.eligibility({"end_of_rights_on": TODAY - dt.timedelta(days=200)}, None, TODAY).eligible
    assert tandem.eligibility({"end_of_rights_on": TODAY + dt.timedelta(days=80)}, None, TODAY).eligible
    assert not tandem.eligibility({"end_of_rights_on": TODAY + dt.timedelta(days=120)}, None, TODAY).eligible


def test_social_assistance_needs_verified_employability_and_no_health_problem() -> None:
    base = {"social_assistance": True, "employability_verified_on": TODAY - dt.timedelta(days=30),
            "fit_for_placement": True}
    assert tandem.eligibility(base, {"housing": 3}, TODAY).eligible
    assert tandem.eligibility(base, None, TODAY).reasons == ("tandem.no_grid",)
    assert tandem.eligibility(base, {"health": 2}, TODAY).reasons == ("tandem.health_problem",)
    stale = {**base, "employability_verified_on": TODAY - dt.timedelta(days=200)}
    assert tandem.eligibility(stale, {}, TODAY).reasons == ("tandem.employability_not_verified",)
    assert tandem.eligibility({"social_assistance": False}, {}, TODAY).reasons == ("tandem.not_in_public",)


def test_months_under_two_interviews_and_the_end() -> None:
    start = dt.date(2026, 3, 10)
    log = [dt.date(2026, 3, 12), dt.date(2026, 3, 26), dt.date(2026, 4, 2), dt.date(2026, 4, 20),
           dt.date(2026, 5, 5)]
    assert tandem.thin_months(start, log, dt.date(2026, 5, 20)) == []  # May still running
    assert tandem.thin_months(start, log, dt.date(2026, 6, 2)) == [(2026, 5, 1)]
    assert tandem.plan_end(start) == dt.date(2026, 9, 10)
    # March (from the 10th) and September (to the 10th) are only partly inside the plan: not judged
    assert tandem.thin_months(start, [], dt.date(2026, 10, 1)) == [(y, m, 0) for y, m in
                                                                   ((2026, 4), (2026, 5), (2026, 6), (2026, 7),
                                                                    (2026, 8))]
    assert tandem.thin_months(dt.date(2026, 3, 1), [], dt.date(2026, 4, 1)) == [(2026, 3, 0)]
    assert not tandem.end_approaching(start, dt.date(2026, 8, 10))
    assert tandem.end_approaching(start, dt.date(2026, 8, 11))
    assert [o["code"] for o in tandem.rules()["outcomes"]] == [
        "employment", "lack_of_cooperation", "lack_of_availability", "institutional_follow_up", "ongoing"]


def test_only_whole_months_of_the_plan_are_held_to_the_rhythm() -> None:
    start = dt.date(2026, 3, 10)  # plan to 10.09.2026
    assert not tandem.month_inside(start, 2026, 3) and not tandem.month_inside(start, 2026, 9)
    assert all(tandem.month_inside(start, 2026, m) for m in range(4, 9))
    assert tandem.month_inside(dt.date(2026, 3, 1), 2026, 3)

"""The figures counted by the database (conditional aggregates) equal a plain record-by-record count, on a real
encrypted database with announcements in every status and handlings in every state, with unknown and empty
outcome codes, deleted records, other years; for the year, a period, a region and an institution."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cii_desktop.domain import reference
from cii_desktop.domain.rule_tables import load
from cii_desktop.services import statistics
from cii_desktop.storage.models import Case
from cii_desktop.storage.records import Announcement, BureauDecision, Handling
from cii_desktop.storage.store import Store
from tests.benchmarks.bench_stats import YEAR, add_bureau_records
from tests.benchmarks.generate import generate
from tests.support.memory_keyring import MemoryKeyring


def by_hand(session: Session, scope: statistics.Scope) -> dict[str, Any]:
    """Every announcement of the scope read one by one, counted in Python (the definitions of the README)."""
    figures = statistics.empty(scope.start.year)
    offices = {reference.reference_id("office", code): key for code, key in statistics.REGIONS.items()}
    counted = load("outcomes")["statistics"]
    fallback = {"assessment": "other", "round_table": "pending", "tandem": "ongoing"}
    query = (select(Announcement, Case, Handling).join(Case, Case.id == Announcement.case_id)
             .outerjoin(BureauDecision, (BureauDecision.announcement_id == Announcement.id)
                        & BureauDecision.deleted.is_(False))
             .outerjoin(Handling, (Handling.decision_id == BureauDecision.id) & Handling.deleted.is_(False)))
    for a, c, h in session.execute(query):
        if a.deleted or c.deleted or a.status not in ("sent", "accepted", "refused") or a.announced_on is None \
                or not scope.start <= a.announced_on <= scope.end:
            continue
        if (scope.region and c.office_id != reference.reference_id("office", scope.region)) or (
                scope.institution and a.announced_institution != scope.institution):
            continue
        region = offices.get(c.office_id)
        figures["announced"] += 1
        figures["refused"] += a.status == "refused"
        figures["coordinated"] += a.status == "accepted"
        if region:
            figures["by_region"][region] += 1
        if a.announced_institution in figures["by_institution"]:
            figures["by_institution"][a.announced_institution] += 1
        if h is None or h.kind not in fallback:
            continue
        key = counted[h.kind].get(h.outcome or "", fallback[h.kind])
        waiting = h.state in ("to_organise", "scheduled")
        part = figures[h.kind]
        if h.kind == "assessment":
            part["decided"] += 1
            part["waiting" if waiting else "held"] += 1
            if h.state == "closed":
                part["closed"] += 1
                part["outcomes"][key] += 1
        elif h.kind == "round_table":
            part["decided"] += 1
            part["organising" if waiting else "held"] += 1
            if not waiting:
                part["outcomes"][key] += 1
        else:
            part["total"] += 1
            if region:
                part["by_region"][region] += 1
            part["outcomes"][key if h.state == "closed" else "ongoing"] += 1
    if figures["announced"]:
        figures["coordinated_share"] = round(figures["coordinated"] / figures["announced"], 4)
    if figures["tandem"]["total"]:
        figures["tandem"]["employment_rate"] = round(figures["tandem"]["outcomes"]["work"]
                                                     / figures["tandem"]["total"], 4)
    return figures


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One generated database for every scope (its key in an in-memory keystore while it is created)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        store, _ = generate(tmp_path_factory.mktemp("aggregates") / "data", 400, 1500, reminders=0, seed=3)
    finally:
        keyring.set_keyring(previous)
    assert add_bureau_records(store, seed=4) > 300
    with store.engine.begin() as conn:  # some records deleted (tombstones): never counted
        conn.execute(Announcement.__table__.update().where(Announcement.id.in_(
            select(Announcement.id).limit(25))).values(deleted=True))
        conn.execute(Handling.__table__.update().where(Handling.id.in_(
            select(Handling.id).where(Handling.kind == "tandem").limit(10))).values(deleted=True))
        conn.execute(Handling.__table__.update().where(Handling.id.in_(  # an outcome code no table knows
            select(Handling.id).where(Handling.state == "closed").limit(10))).values(outcome="mystery"))
        # and on three assessments closed and counted in YEAR (the ids are random: the ten above may all be
        # round tables or fall in other years, and the year's "other" would then be 0 by chance)
        conn.execute(Handling.__table__.update().where(Handling.id.in_(
            select(Handling.id).join(BureauDecision, BureauDecision.id == Handling.decision_id)
            .join(Announcement, Announcement.id == BureauDecision.announcement_id)
            .where(Handling.kind == "assessment", Handling.state == "closed", Handling.deleted.is_(False),
                   BureauDecision.deleted.is_(False), Announcement.deleted.is_(False),
                   Announcement.status == "accepted",
                   Announcement.announced_on.between(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)))
            .limit(3))).values(outcome="mystery"))
    yield store
    store.close()


@pytest.mark.parametrize("scope", [
    statistics.Scope.year(YEAR), statistics.Scope.year(YEAR - 3), statistics.Scope.year(YEAR, region="MONTHEY"),
    statistics.Scope.year(YEAR, institution="OAI"), statistics.Scope.year(YEAR, "UPPER_VALAIS", "CMS"),
    statistics.Scope.period(dt.date(YEAR - 1, 7, 1), dt.date(YEAR, 3, 31)),
    statistics.Scope.year(1999)])
def test_the_database_counts_what_a_record_by_record_count_gives(store: Store, scope: statistics.Scope) -> None:
    with store.reading() as session:
        expected = by_hand(session, scope)
        figures, months = statistics.year_figures(session, scope)
    expected.update({"period": figures["period"]} if "period" in figures else {})
    assert figures == expected
    assert list(figures)[:10] == list(statistics.empty(YEAR))  # the keys of stats --json, in their order
    assert sum(months.values()) == figures["announced"]
    if scope == statistics.Scope.year(YEAR):
        assert figures["announced"] > 0
        assert figures["tandem"]["total"] > 0
        assert figures["round_table"]["held"] > 0
        assert figures["assessment"]["outcomes"]["other"] > 0  # abandoned, and the unknown code

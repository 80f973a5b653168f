"""The Bureau's figures of a year (or period): computed by the database (one grouped query), folded into the
structure of ``cii-desktop stats --json`` (its keys are part of the interface).

How each figure maps to the records (the cohort is the situations **announced in the period**):

- ``announced``: announcements (form CII100.1) sent to the Bureau — ``announcement.status`` ``sent``,
  ``accepted`` or ``refused`` (never a draft), ``announced_on`` in the period, case not deleted.
- ``refused``: of those, the ones the Bureau refused (its decision, ``status = 'refused'``).
- ``coordinated``: of those, the ones the Bureau sent to a handling (``status = 'accepted'``);
  ``coordinated_share`` = coordinated / announced (0.0 when nothing was announced).
- ``by_region``: the office of the announced situation's case (Sion, Sierre, Martigny, Monthey, Upper Valais).
- ``by_institution``: the announcing institution of the announcement (the six institutions of the report).
- ``assessment`` / ``round_table`` / ``tandem``: the handlings the Bureau opened by its decision on those
  announcements (``handling.decision_id`` → ``bureau_decision`` → ``announcement``).
  Assessment: ``decided`` all, ``waiting`` still to organise or scheduled, ``held`` held or later
  (contract, follow-up, closed), ``closed``; ``outcomes`` count the closed ones by their outcome.
  Table ronde: ``organising`` not held yet, ``held`` held (minutes recorded); ``outcomes`` count the held
  ones, a held one without outcome is ``pending``. Tandem: ``total``, ``by_region``, ``outcomes`` (a tandem
  not closed is ``ongoing``), ``employment_rate`` = outcomes ``work`` / total.
  Each stored outcome code is counted under the key of tables/outcomes.json ``statistics``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..domain import reference
from ..domain.rule_tables import load
from ..storage.store import Store

REGIONS = {"SION": "sion", "SIERRE": "sierre", "MARTIGNY": "martigny", "MONTHEY": "monthey",
           "UPPER_VALAIS": "upper_valais"}
INSTITUTIONS = ("ORP", "CMS", "OAI", "OSP", "ADDICTION", "SUVA")
ASSESSMENT_OUTCOMES = ("work", "social_assistance", "disability_insurance", "orp", "network", "other")
ROUND_TABLE_OUTCOMES = ("work", "network", "orp", "social_assistance", "disability_insurance", "pending")
TANDEM_OUTCOMES = ("work", "lack_of_cooperation", "lack_of_availability", "social_assistance", "ongoing")
WAITING = ("to_organise", "scheduled")
FALLBACK = {"assessment": "other", "round_table": "pending", "tandem": "ongoing"}


@dataclass(frozen=True)
class Scope:
    """The period (both days included), and optionally one region (office code) and one announcing institution."""

    start: dt.date
    end: dt.date
    region: str | None = None
    institution: str | None = None

    @classmethod
    def year(cls, year: int, region: str | None = None, institution: str | None = None) -> Scope:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), region, institution)

    def is_year(self) -> bool:
        return (self.start.year == self.end.year and (self.start.month, self.start.day) == (1, 1)
                and (self.end.month, self.end.day) == (12, 31))


def _office_codes() -> dict[str, str]:
    return {reference.reference_id("office", e.code): e.code for e in reference.OFFICES}


def empty(year: int) -> dict[str, Any]:
    zero_regions = dict.fromkeys(REGIONS.values(), 0)
    return {"year": year, "announced": 0, "refused": 0, "coordinated": 0, "coordinated_share": 0.0,
            "by_region": dict(zero_regions), "by_institution": dict.fromkeys(INSTITUTIONS, 0),
            "assessment": {"decided": 0, "waiting": 0, "held": 0, "closed": 0,
                           "outcomes": dict.fromkeys(ASSESSMENT_OUTCOMES, 0)},
            "round_table": {"decided": 0, "organising": 0, "held": 0,
                            "outcomes": dict.fromkeys(ROUND_TABLE_OUTCOMES, 0)},
            "tandem": {"total": 0, "by_region": dict(zero_regions),
                       "outcomes": dict.fromkeys(TANDEM_OUTCOMES, 0), "employment_rate": 0.0}}


# The period's announcements through the index on announced_on (``status || ''`` keeps SQLite from the
# index on status, which would read every announcement ever sent); each one's case, decision and handling
# read from covering indexes (migration 0012), the case's named with INDEXED BY: SQLite would otherwise
# prefer the primary key's index and read each case row.
_GROUPED = """
SELECT c.office_id, a.announced_institution, a.status, strftime('%Y-%m', a.announced_on),
       h.kind, h.state, h.outcome, count(*)
FROM announcement AS a
JOIN case_file AS c INDEXED BY ix_case_file_office_of ON c.id = a.case_id
LEFT JOIN bureau_decision AS d ON d.announcement_id = a.id AND d.deleted = 0
LEFT JOIN handling AS h ON h.decision_id = d.id AND h.deleted = 0
WHERE a.deleted = 0 AND (a.status || '') IN ('sent', 'accepted', 'refused')
  AND a.announced_on >= :start AND a.announced_on <= :end AND c.deleted = 0 {filters}
GROUP BY 1, 2, 3, 4, 5, 6, 7
"""


def _grouped(session: Session, scope: Scope) -> list[Any]:
    """ONE grouped query over the period's announcements, with their decision's handling (outer joins):
    (office id, institution, status, month, handling kind, state, outcome, count)."""
    filters, values = "", {"start": scope.start.isoformat(), "end": scope.end.isoformat()}
    if scope.region:
        filters += " AND c.office_id = :office"
        values["office"] = reference.reference_id("office", scope.region)
    if scope.institution:
        filters += " AND a.announced_institution = :institution"
        values["institution"] = scope.institution
    return list(session.execute(text(_GROUPED.format(filters=filters)), values).all())


def compute(session: Session, scope: Scope, rows: list[Any] | None = None) -> dict[str, Any]:
    """The figures of ``scope`` in the structure of ``stats --json`` (one grouped query)."""
    figures = empty(scope.start.year)
    offices = _office_codes()
    counted = load("outcomes")["statistics"]
    for office_id, institution, status, _month, kind, state, outcome, count in (
            _grouped(session, scope) if rows is None else rows):
        region = REGIONS.get(offices.get(office_id, ""))
        _announced(figures, region, institution, status, count)
        if kind is None:  # no handling: refused, waiting for the Bureau's decision
            continue
        key = counted.get(kind, {}).get(outcome or "", FALLBACK.get(kind, ""))
        if kind == "assessment":
            part = figures["assessment"]
            part["decided"] += count
            part["waiting" if state in WAITING else "held"] += count
            if state == "closed":
                part["closed"] += count
                part["outcomes"][key] += count
        elif kind == "round_table":
            part = figures["round_table"]
            part["decided"] += count
            if state in WAITING:
                part["organising"] += count
            else:
                part["held"] += count
                part["outcomes"][key] += count
        elif kind == "tandem":
            part = figures["tandem"]
            part["total"] += count
            if region:
                part["by_region"][region] += count
            part["outcomes"][key if state == "closed" else "ongoing"] += count
    if figures["announced"]:
        figures["coordinated_share"] = round(figures["coordinated"] / figures["announced"], 4)
    tandem = figures["tandem"]
    if tandem["total"]:
        tandem["employment_rate"] = round(tandem["outcomes"]["work"] / tandem["total"], 4)
    return figures


def _announced(figures: dict[str, Any], region: str | None, institution: str, status: str, count: int) -> None:
    figures["announced"] += count
    if status == "refused":
        figures["refused"] += count
    elif status == "accepted":
        figures["coordinated"] += count
    if region:
        figures["by_region"][region] += count
    if institution in figures["by_institution"]:
        figures["by_institution"][institution] += count


def year_figures(session: Session, scope: Scope) -> tuple[dict[str, Any], dict[str, int]]:
    """The figures and the announcements per month (``YYYY-MM`` -> count), from the same single query."""
    rows = _grouped(session, scope)
    months: dict[str, int] = {}
    for row in rows:
        months[str(row[3])] = months.get(str(row[3]), 0) + int(row[7])
    return compute(session, scope, rows), dict(sorted(months.items()))


def per_month(session: Session, scope: Scope) -> dict[str, int]:
    """Announcements per month of the period (``YYYY-MM`` -> count), for the charts."""
    return year_figures(session, scope)[1]


def figures_for(store: Store, scope: Scope) -> tuple[Scope, dict[str, Any], dict[str, int]]:
    """:func:`year_figures` of the scope this workstation's user may see (permissions table:
    ``statistics.all_institutions``, else the user's own institution; another one is refused)."""
    from . import permissions
    from .profile import load_profile

    identity = load_profile(store)
    scope = permissions.statistics_scope(store, scope, identity.institution_code if identity else None)
    with store.reading() as session:
        return (scope, *year_figures(session, scope))

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
from ..domain.errors import FieldError, ValidationFailed
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

    @classmethod
    def period(cls, start: dt.date, end: dt.date, region: str | None = None,
               institution: str | None = None) -> Scope:
        """From ``start`` to ``end`` (both included); ValidationFailed when ``end`` is before ``start``."""
        if end < start:
            raise ValidationFailed([FieldError("to", "date.end_before_start")])
        return cls(start, end, region, institution)

    def is_year(self) -> bool:
        return (self.start.year == self.end.year and (self.start.month, self.start.day) == (1, 1)
                and (self.end.month, self.end.day) == (12, 31))


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


# The period's announcements read from their covering index (ix_announcement_statistics, migration 0016;
# ``status || ''`` keeps SQLite from the index on status, which would read every announcement ever sent);
# each one's case, decision and handling
# read from covering indexes (migration 0012), the case's named with INDEXED BY: SQLite would otherwise
# prefer the primary key's index and read each case row. The figures are counted by the database
# (conditional aggregates, {counts}), grouped by month only: a dozen rows for a year, no per-record loop.
_AGGREGATED = """
SELECT strftime('%Y-%m', a.announced_on), {counts}
FROM announcement AS a INDEXED BY ix_announcement_statistics
JOIN case_file AS c INDEXED BY ix_case_file_office_of ON c.id = a.case_id
LEFT JOIN bureau_decision AS d ON d.announcement_id = a.id AND d.deleted = 0
LEFT JOIN handling AS h ON h.decision_id = d.id AND h.deleted = 0
WHERE a.deleted = 0 AND (a.status || '') IN ('sent', 'accepted', 'refused')
  AND a.announced_on >= :start AND a.announced_on <= :end AND c.deleted = 0 {filters}
GROUP BY 1
"""

Path = tuple[str, ...]  # where a count goes in the figures: ("tandem", "by_region", "sion")


def _counts() -> tuple[list[tuple[Path, str]], dict[str, str]]:
    """The counted figures: (path in the figures, SQL condition) and the condition's bound values. Each
    outcome key counts the stored codes tables/outcomes.json maps to it; the fallback key of a handling
    (other, pending, ongoing) is what remains, computed in ``_fold``."""
    values: dict[str, str] = {}

    def bind(value: str) -> str:
        name = f"v{len(values)}"
        values[name] = value
        return f":{name}"

    def among(column: str, codes: list[str]) -> str:
        return f"{column} IN ({', '.join(bind(code) for code in codes)})" if codes else "0"

    counted = load("outcomes")["statistics"]
    offices = {code: reference.reference_id("office", code) for code in REGIONS}
    waiting = among("h.state", list(WAITING))
    found: list[tuple[Path, str]] = [(("announced",), "1"), (("refused",), "a.status = 'refused'"),
                                     (("coordinated",), "a.status = 'accepted'")]
    found += [(("by_region", key), f"c.office_id = {bind(offices[code])}") for code, key in REGIONS.items()]
    found += [(("by_institution", code), f"a.announced_institution = {bind(code)}") for code in INSTITUTIONS]
    for kind, held, keys in (("assessment", "h.state = 'closed'", ASSESSMENT_OUTCOMES),
                             ("round_table", f"NOT {waiting}", ROUND_TABLE_OUTCOMES),
                             ("tandem", "h.state = 'closed'", TANDEM_OUTCOMES)):
        is_kind = f"h.kind = {bind(kind)}"
        found.append(((kind, "total" if kind == "tandem" else "decided"), is_kind))
        found.append(((kind, "waiting"), f"{is_kind} AND {waiting}"))
        found.append(((kind, "closed"), f"{is_kind} AND h.state = 'closed'"))
        for key in keys:
            if key != FALLBACK[kind]:
                codes = [code for code, target in counted.get(kind, {}).items() if target == key]
                found.append(((kind, "outcomes", key), f"{is_kind} AND {held} AND {among('h.outcome', codes)}"))
        if kind == "tandem":
            found += [((kind, "by_region", key), f"{is_kind} AND c.office_id = {bind(offices[code])}")
                      for code, key in REGIONS.items()]
    return found, values


def _aggregated(session: Session, scope: Scope) -> tuple[list[Path], list[Any]]:
    """ONE query over the period's announcements with their decision's handling (outer joins), counted by
    the database per month: (the paths of the counts, rows of (month, count, count, ...))."""
    counts, values = _counts()
    filters = ""
    values.update(start=scope.start.isoformat(), end=scope.end.isoformat())
    if scope.region:
        filters += " AND c.office_id = :office"
        values["office"] = reference.reference_id("office", scope.region)
    if scope.institution:
        filters += " AND a.announced_institution = :institution"
        values["institution"] = scope.institution
    sql = _AGGREGATED.format(counts=", ".join(f"count(CASE WHEN {condition} THEN 1 END)" for _, condition in counts),
                             filters=filters)
    return [path for path, _ in counts], list(session.execute(text(sql), values).all())


def _fold(figures: dict[str, Any], paths: list[Path], rows: list[Any]) -> None:
    """Add the database's counts into the figures, then what each handling's fallback key counts."""
    for row in rows:
        for path, count in zip(paths, row[1:], strict=True):
            part = figures
            for key in path[:-1]:
                part = part[key]
            part[path[-1]] = part.get(path[-1], 0) + int(count)
    a, r, d = figures["assessment"], figures["round_table"], figures["tandem"]
    a["held"] = a["decided"] - a["waiting"]
    a["outcomes"]["other"] = a["closed"] - sum(v for k, v in a["outcomes"].items() if k != "other")
    r["organising"] = r.pop("waiting", 0)  # counted under working names (the same conditions for every kind)
    r["held"] = r["decided"] - r["organising"]
    r.pop("closed", 0)
    r["outcomes"]["pending"] = r["held"] - sum(v for k, v in r["outcomes"].items() if k != "pending")
    d.pop("waiting", 0), d.pop("closed", 0)
    d["outcomes"]["ongoing"] = d["total"] - sum(v for k, v in d["outcomes"].items() if k != "ongoing")


def compute(session: Session, scope: Scope) -> dict[str, Any]:
    """The figures of ``scope`` in the structure of ``stats --json`` (one query, counted by the database)."""
    return year_figures(session, scope)[0]


def year_figures(session: Session, scope: Scope) -> tuple[dict[str, Any], dict[str, int]]:
    """The figures and the announcements per month (``YYYY-MM`` -> count), from the same single query."""
    figures = empty(scope.start.year)
    if not scope.is_year():  # a period: its days are part of the figures (the report's title says them)
        figures["period"] = {"from": scope.start.isoformat(), "to": scope.end.isoformat()}
    paths, rows = _aggregated(session, scope)
    _fold(figures, paths, rows)
    if figures["announced"]:
        figures["coordinated_share"] = round(figures["coordinated"] / figures["announced"], 4)
    tandem = figures["tandem"]
    if tandem["total"]:
        tandem["employment_rate"] = round(tandem["outcomes"]["work"] / tandem["total"], 4)
    return figures, _every_month(scope, {str(row[0]): int(row[1]) for row in rows})


_MONTHS_SHOWN = 24  # a longer period lists only its months with announcements (a chart of 300 bars says nothing)


def _every_month(scope: Scope, counted: dict[str, int]) -> dict[str, int]:
    """Each month of the period in order, 0 where nothing was announced (a year's chart has its 12 bars)."""
    first, last = scope.start.year * 12 + scope.start.month - 1, scope.end.year * 12 + scope.end.month - 1
    if last - first >= _MONTHS_SHOWN:
        return dict(sorted(counted.items()))
    months = {f"{m // 12:04d}-{m % 12 + 1:02d}": 0 for m in range(first, last + 1)}
    months.update(counted)
    return dict(sorted(months.items()))


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

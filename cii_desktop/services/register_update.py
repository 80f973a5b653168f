"""Re-importing the register: a row already imported (same import key) whose content changed in the file
updates its situation; an unchanged row changes nothing; a row that would change the Bureau's recorded
decision is refused with its reason (that is corrected in the situation's file, not by an import).

Rows are compared in the register's own terms (the layout the export writes): the situation recorded here is
read back as a register row and compared with the row of the file, mapped the same way. Only the parts that
differ are written, through the ORM (journaled and audited like any edit): a handling moved on in the window
(a contract signed, a follow-up) is left alone as long as the register still describes it the same way.
Running the same file twice: the second run finds every row unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import reference
from ..domain.rule_tables import load
from ..storage.models import Case, CaseStatusChange
from ..storage.records import Announcement, BureauDecision, Handling
from .register import AUTHOR, Problem, Result, Row, _chunks, _objects

# The fields of each part of a situation that the register describes (its import writes them).
_CASE_STATE = ("status", "closed_on")
_HANDLING = ("state", "outcome", "started_on", "held_on", "closed_on")


@dataclass(frozen=True)
class View:
    """A situation as one register row describes it (codes; the import key's fields left out)."""

    region: str
    professional: str
    remarks: str
    decision: str  # "" (not decided), "refused", or the handling's kind
    decided_on: dt.date | None
    state: str  # waiting | ongoing | done | ""
    closed_on: dt.date | None
    outcome: str


def _register_state(kind: str, state: str, closed_on: dt.date | None) -> str:
    if state in ("to_organise", "scheduled"):
        return "waiting"
    if state == "closed" or (kind == "round_table" and closed_on is not None):
        return "done"
    return "ongoing"


def _register_outcome(kind: str, stored: str) -> str:
    tables = load("outcomes")
    inverse = {v: k for k, v in tables["register_to_stored"].get(kind, {}).items() if v}
    if stored in inverse:
        return str(inverse[stored])
    counted = str(tables["statistics"].get(kind, {}).get(stored, ""))
    known = {str(r["code"]) for r in tables["register_outcomes"]}
    return counted if counted in known and counted != "pending" else ""


def view(office_id: str, summary: str, announcement: Any, decision: Any, handling: Any) -> View:
    """The register row of a situation (models or plain namespaces with the same attributes)."""
    offices = {reference.reference_id("office", e.code): e.code for e in reference.OFFICES}
    kind = "refused" if decision is not None and decision.outcome == "refused" else (
        handling.kind if handling is not None else "")
    state = outcome = ""
    closed_on = None
    if handling is not None:
        state = _register_state(handling.kind, handling.state, handling.closed_on)
        outcome = _register_outcome(handling.kind, handling.outcome)
        if handling.kind == "round_table" and state != "waiting" and not outcome:
            outcome = "pending"
        closed_on = handling.closed_on
    return View(offices.get(office_id, ""), announcement.announced_by or "", summary or "", kind,
                decision.decided_on if decision is not None else None, state, closed_on, outcome)


class _Values:
    """A record's values as attributes (what the file's row would write)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:  # a column the record leaves to its default
        return None


@dataclass
class Known:
    """A situation already imported: its records here (read as plain values to compare; ``load`` gives the
    ORM records of one to change)."""

    case: Any
    announcement: Any
    decision: Any | None
    handling: Any | None

    def view(self) -> View:
        return view(self.case.office_id, self.case.summary, self.announcement, self.decision, self.handling)

    def load(self, session: Session) -> Known:
        def get(model: type[Any], part: Any) -> Any:
            return None if part is None else session.get(model, part.id)

        return Known(get(Case, self.case), get(Announcement, self.announcement), get(BureauDecision, self.decision),
                     get(Handling, self.handling))


_READ = {"case": (Case, ("id", "person_id", "reference", "office_id", "summary", "status", "closed_on")),
         "announcement": (Announcement, ("id", "import_key", "announced_by")),
         "decision": (BureauDecision, ("id", "outcome", "decided_on")),
         "handling": (Handling, ("id", "kind", "state", "outcome", "closed_on"))}


def _known(session: Session, keys: list[str]) -> dict[str, Known]:
    """The situations of these import keys, read as plain values in a few queries (no ORM record: a register
    imported again is mostly unchanged)."""
    found: dict[str, Known] = {}
    columns = [getattr(model, name) for model, names in _READ.values() for name in names]
    for chunk in _chunks(keys):
        query = (select(*columns).select_from(Announcement)
                 .join(Case, Case.id == Announcement.case_id)
                 .outerjoin(BureauDecision, (BureauDecision.announcement_id == Announcement.id)
                            & BureauDecision.deleted.is_(False))
                 .outerjoin(Handling, (Handling.decision_id == BureauDecision.id) & Handling.deleted.is_(False))
                 .where(Announcement.import_key.in_(chunk), Announcement.deleted.is_(False)))
        for row in session.execute(query):
            parts: dict[str, Any] = {}
            values = iter(row)
            for part, (_model, names) in _READ.items():
                read = {name: next(values) for name in names}
                parts[part] = SimpleNamespace(**read) if read["id"] is not None else None
            found.setdefault(parts["announcement"].import_key, Known(**parts))
    return found


def _wanted(row: Row, known: Known) -> dict[str, dict[str, Any]]:
    """What the row would write, by table (case_file, announcement, bureau_decision, handling)."""
    records = _objects(row, known.case.person_id, known.case.reference)
    return {str(model.__tablename__): values for model, values in records}


def known_keys(session: Session, rows: list[Row]) -> dict[str, Known]:
    """The situations of these rows already imported (by import key)."""
    return _known(session, [row.import_key() for row in rows])


def apply(session: Session, rows: list[tuple[Row, Known]], result: Result) -> Iterator[int]:
    """Compare each row with its situation; update what changed (counted in ``result``). Yields after
    each row (for progress and cancel); the caller's transaction holds every change."""
    for row, known in rows:
        wanted = _wanted(row, known)
        new = view(wanted["case_file"]["office_id"], wanted["case_file"]["summary"] or "",
                   _Values(wanted["announcement"]),
                   _Values(wanted["bureau_decision"]) if "bureau_decision" in wanted else None,
                   _Values(wanted["handling"]) if "handling" in wanted else None)
        old = known.view()
        if new == old:
            result.unchanged += 1
        elif known.decision is not None and new.decision != old.decision:  # (its handling deleted here too)
            result.refused += 1
            # an error row like any other: all or nothing writes nothing, --skip-invalid leaves it out
            result.problems.append(Problem(row.number, "decision", "register.decision_changed"))
        else:
            _update(session, known.load(session), wanted, old, new)
            result.updated += 1
        yield row.number


def _update(session: Session, known: Known, wanted: dict[str, dict[str, Any]], old: View, new: View) -> None:
    case, announcement = known.case, known.announcement
    if new.region != old.region:
        case.office_id = wanted["case_file"]["office_id"]
    if new.remarks != old.remarks:
        case.summary = wanted["case_file"]["summary"]
    if new.professional != old.professional:
        announcement.announced_by = wanted["announcement"]["announced_by"]
    if not old.decision and new.decision:  # the Bureau has decided since the last import
        announcement.status = wanted["announcement"]["status"]
        announcement.requested_handling = wanted["announcement"]["requested_handling"]
        known.decision = BureauDecision(**{**wanted["bureau_decision"], "announcement_id": announcement.id,
                                              "case_id": case.id})
        session.add(known.decision)
        if "handling" in wanted:
            known.handling = Handling(**{**wanted["handling"], "case_id": case.id, "decision_id": known.decision.id})
            session.add(known.handling)
    else:
        if known.decision is not None and new.decided_on != old.decided_on:
            known.decision.decided_on = wanted["bureau_decision"]["decided_on"]
        handling = known.handling
        if handling is not None and (new.state, new.closed_on, new.outcome) != (old.state, old.closed_on,
                                                                              old.outcome):
            for name in _HANDLING:
                setattr(handling, name, wanted["handling"].get(name))
    status = wanted["case_file"]["status"]
    if (case.status, case.closed_on) != (status, wanted["case_file"]["closed_on"]) and (
            new.decision != old.decision or (new.state, new.closed_on) != (old.state, old.closed_on)):
        if case.status != status:
            session.add(CaseStatusChange(case_id=case.id, status=status, changed_by=AUTHOR))
        for name in _CASE_STATE:
            setattr(case, name, wanted["case_file"][name])

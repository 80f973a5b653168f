"""Cases this workstation keeps read-only: its institution is out of the case's sharing scope.

The rule is ``held_outside_scope`` of ``domain/tables/sharing.json`` (local practice, to validate):
a workstation left out by a narrower procuration, a revocation, an expiry or the end of a legal
basis keeps the case to read, but cannot change, print, save or send it; the holding institution
and the workstation that created the case keep working on it. Every journaled write goes through
:func:`_guard` (``storage.write_guards``): a write to such a case, or to any of its records,
documents, signatures, meetings or attachments (or to a person all of whose cases are held so),
raises :class:`CaseReadOnly` and the unit of work writes nothing. The sync applies received changes
outside units of work, so it is never refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain import sharing
from ..storage.store import Store
from ..storage.write_guards import WRITE_GUARDS
from .permissions import CaseReadOnly

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_MINE = "case_guard.mine"  # session.info cache: the scope codes this workstation answers to, its office
_CREATED = ("SELECT workstation_id FROM change_log WHERE table_name = 'case_file' AND row_id = ? "
            "ORDER BY hlc, seq LIMIT 1")


Mine = tuple[frozenset[str], str]


def _mine(conn: Any, workstation_id: str) -> Mine:
    """This workstation's institution in its roster (plus BUREAU for the Bureau CII's) and its
    office; no code when it is no member of a network (a stand-alone workstation edits all it holds)."""
    from .profile import roster_entry

    member = roster_entry(conn, workstation_id)
    if member is None:
        return frozenset(), ""
    codes = {member.institution} | ({"BUREAU"} if member.role == "bureau" else set())
    return frozenset(c for c in codes if c), member.office


def _held_read_only(conn: Any, case_id: str, workstation_id: str, mine: Mine) -> bool:
    """Judged on what the database holds (plain SQL), never on what a unit of work has pending: a
    write cannot make its own case editable (a wider consent, another holding institution)."""
    from ..sync.scope import judged_on, read_scope

    row = conn.execute("SELECT i.code, o.code FROM case_file c LEFT JOIN institution i "
                       "ON i.id = c.lead_institution_id LEFT JOIN office o ON o.id = c.office_id "
                       "WHERE c.id = ?", (case_id,)).fetchone()
    if row is None:
        return False  # created in this very unit of work
    created = conn.execute(_CREATED, (case_id,)).fetchone()
    return sharing.held_read_only(read_scope(conn, case_id, judged_on()), mine[0], str(row[0] or ""),
                                  created is None or str(created[0]) == workstation_id, mine[1],
                                  str(row[1] or ""))


def _guard(session: Session, cases: set[str], persons: set[str]) -> None:
    workstation = str(session.info["workstation_id"])
    conn: Any = session.connection().connection.dbapi_connection
    if _MINE not in session.info:
        session.info[_MINE] = _mine(conn, workstation)
    mine: Mine = session.info[_MINE]
    if not mine[0]:
        return
    for case_id in sorted(cases):
        if _held_read_only(conn, case_id, workstation, mine):
            raise CaseReadOnly(case_id)
    for person_id in sorted(persons):  # a person whose every case here is held read-only
        held = [str(r[0]) for r in conn.execute(
            "SELECT id FROM case_file WHERE person_id = ? AND deleted = 0", (person_id,))]
        if held and all(_held_read_only(conn, case_id, workstation, mine) for case_id in held):
            raise CaseReadOnly(held[0])


def read_only(store: Store, case_id: str) -> bool:
    """Whether this workstation keeps ``case_id`` read-only (the window disables its editing actions)."""
    conn = store.read_connection()
    mine = _mine(conn, store.workstation_id)
    return bool(mine[0]) and _held_read_only(conn, case_id, store.workstation_id, mine)


def printable(store: Store, case_id: str) -> bool:
    """Whether the case's documents may be printed, saved to a file or sent from this workstation
    (not when it is held read-only, unless the rule table allows it)."""
    return sharing.printable_when_held(read_only(store, case_id))


def require_printable(store: Store, case_id: str) -> None:
    """Raise :class:`CaseReadOnly` when :func:`printable` says no."""
    if not printable(store, case_id):
        raise CaseReadOnly(case_id)


class CaseErased(LookupError):
    """The case (or person) written to is no longer in this database: erased on another workstation
    (an erasure order received by a sync, possibly run from a terminal or a scheduled task) or no
    longer shared here. Nothing was written; the window says so and offers to copy the input."""

    code = "case.erased"

    def __init__(self, case_id: str) -> None:
        super().__init__(self.code)
        self.case_id = case_id


def _gone(session: Session, cases: set[str], _persons: set[str]) -> None:
    """Any write to a child row of a case (note, reminder, document, attachment, status...) whose
    case is gone raises :class:`CaseErased` before the flush, instead of a foreign-key failure."""
    created = {obj.id for obj in session.new if getattr(obj, "__tablename__", "") == "case_file"}
    conn: Any = session.connection().connection.dbapi_connection
    for case_id in sorted(cases - created):
        if conn.execute("SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is None:
            raise CaseErased(case_id)
    new_persons = {obj.id for obj in session.new if getattr(obj, "__tablename__", "") == "person"}
    for obj in session.new:  # a new case for a person erased meanwhile
        person_id = getattr(obj, "person_id", None) if getattr(obj, "__tablename__", "") == "case_file" else None
        if person_id and person_id not in new_persons and conn.execute(
                "SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is None:
            raise CaseErased(str(person_id))


for _check in (_gone, _guard):  # gone first: an erased case is said as erased, not as read-only
    if _check not in WRITE_GUARDS:
        WRITE_GUARDS.append(_check)

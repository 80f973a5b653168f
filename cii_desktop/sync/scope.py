"""Which workstations a journaled change may reach: the scope of the case(s) it belongs to.

The export asks, for each change, the cases its row hangs from (the consent gates of ``codec``
without their "shared" condition), their scope today (``domain.sharing``) and the active members of
the roster in those institutions. A case shared with the whole network (``basis_without_record``)
travels in the open part of the batch, as before scoping; other cases travel sealed to their
recipients only (``scoped``). It also knows the scope as the network last saw it (the consent
records without this workstation's unsent changes), so the export can tell a widened scope (send
the newcomers the case's current state) and a narrowed one (tell the removed ones, then nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain.sharing import SHARED_FLAGS, ConsentRecord, Scope, offices_from, scope_of
from .codec import GATES, SHARED_CASE_SQL, SHARED_TABLES
from .config import NetworkConfig
from .roster import Member

BUREAU, BUREAU_ROLE = "BUREAU", "bureau"  # the Bureau CII's institution code and roster role
OPEN = None  # route of a change every member may read (network scope, erasure orders)
# Rows whose change can alter a case's scope: sent to those who lose the case as well (a notice).
SCOPE_TABLES = frozenset({"consent", "announcement"})
SCOPE_FIELDS = frozenset({"sharing_basis", "lead_institution_id", "office_id"})  # the case's office: its holder
# Changes of the case's basis itself: they also reach every workstation that may hold the case (the
# recipients of every basis it had), so that one narrowed out learns of a later revocation.
BASIS_TABLES = frozenset({"consent"})
_CONSENT_FIELDS = ("id", "kind", "institutions", "given_on", "valid_until", "revoked_on", "signature_status",
                   "decided_by", "deleted", "offices")
_ALIAS = re.compile(r"^SELECT 1 FROM (\w+) (\w+) ")


def _case_of(gate: str) -> str:
    return gate.replace("SELECT 1 FROM", "SELECT DISTINCT c.id FROM", 1).replace(
        f" AND {SHARED_CASE_SQL}", "").replace(" LIMIT 1", "")


def _rows_of(table: str, gate: str) -> str:
    if table == "person":
        return "SELECT c.person_id FROM case_file c WHERE c.id = ?"
    match = _ALIAS.match(gate)
    assert match is not None, table
    alias = match.group(2)
    return gate.replace("SELECT 1", f"SELECT {alias}.id", 1).replace(
        f"WHERE {alias}.id = ?", "WHERE c.id = ?").replace(f" AND {SHARED_CASE_SQL}", "")


_TABLES = {m.__tablename__: gate for m, gate in GATES.items()}
CASE_OF = {t: _case_of(g) for t, g in _TABLES.items() if "case_file c" in g}
ROWS_OF = {t: _rows_of(t, g) for t, g in _TABLES.items() if "case_file c" in g}


def judged_on() -> dt.date:
    """The day scopes are judged at (a test moves it to see a procuration expire)."""
    return dt.date.today()


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def _in_scope(member: Member, scope: Scope) -> bool:
    """A workstation of an institution of the scope (at an office it names, where it names offices
    of that institution); the Bureau CII's (its role in the roster) once the scope names the Bureau
    (the case announced to it)."""
    return scope.admits(member.institution, member.office) or (
        BUREAU in scope.institutions and member.role == BUREAU_ROLE)


AsExported = Callable[[str, str, dict[str, Any]], "dict[str, Any] | None"]


_Found = tuple[dict[str, Any], list[ConsentRecord], list[ConsentRecord], bool, str, str]


def _case_records(conn: sqlcipher.Connection, case_id: str, today: dt.date,
                  as_exported: AsExported | None) -> _Found | None:
    """The case's fields deciding its scope, its consent records (in force or not; then the deleted
    ones), whether it is announced, its lead institution and office; None for no such case."""
    row = conn.execute("SELECT deleted, sharing_basis, lead_institution_id, office_id FROM case_file WHERE id = ?",
                       (case_id,)).fetchone()
    if row is None:
        return None
    case: dict[str, Any] | None = dict(zip(("deleted", "sharing_basis", "lead_institution_id", "office_id"), row,
                                           strict=True))
    if as_exported is not None:  # the lead and the office as the network knows them, too
        case = as_exported("case_file", case_id, dict(case or {}))
    if case is None:
        return None
    lead = conn.execute("SELECT code FROM institution WHERE id = ?", (case["lead_institution_id"],)).fetchone()
    office = conn.execute("SELECT code FROM office WHERE id = ?", (case["office_id"],)).fetchone()
    consents = [dict(zip(_CONSENT_FIELDS, r, strict=True)) for r in conn.execute(
        "SELECT id, kind, institutions, given_on, valid_until, revoked_on, signature_status, decided_by, "
        "deleted, offices FROM consent WHERE case_id = ? ORDER BY given_on DESC, created_at DESC", (case_id,))]
    announced = [r[0] for r in conn.execute(
        "SELECT id FROM announcement WHERE case_id = ? AND deleted = 0", (case_id,))]
    if as_exported is not None:
        consents = [c for c in (as_exported("consent", str(c["id"]), c) for c in consents) if c is not None]
        announced = [a for a in announced if as_exported("announcement", str(a), {}) is not None]
    records = [(bool(c["deleted"]), _record(c, today)) for c in consents]
    return (case, [r for gone, r in records if not gone], [r for gone, r in records if gone], bool(announced),
            str(lead[0] or "") if lead else "", str(office[0] or "") if office else "")


def _record(c: dict[str, Any], today: dt.date) -> ConsentRecord:
    institutions = tuple(json.loads(str(c["institutions"] or "[]")))
    return ConsentRecord(str(c["id"]), str(c["kind"]), institutions, _date(c["given_on"]) or today,
                         _date(c["valid_until"]), _date(c["revoked_on"]), str(c["signature_status"]),
                         str(c["decided_by"] or ""), offices_from(str(c["offices"] or "{}"), institutions))


def read_scope(conn: sqlcipher.Connection, case_id: str, today: dt.date,
               as_exported: AsExported | None = None) -> Scope:
    """The case's scope as the database holds it (plain SQL: what is written, not what a session
    has pending); ``as_exported``: see ``ScopeReader._as_exported`` (the scope the network knows)."""
    found = _case_records(conn, case_id, today, as_exported)
    if found is None:
        return Scope("none")
    case, records, _deleted, announced, lead, office = found
    shared = not case["deleted"] and case["sharing_basis"] in SHARED_FLAGS
    return scope_of(records, shared, lead, announced, today, office)


def past_scopes(conn: sqlcipher.Connection, case_id: str, today: dt.date, as_exported: AsExported) -> list[Scope]:
    """The scope each signed procuration or legal basis of the case the network has seen gave it
    while in force (revoked, expired, superseded or deleted since included): who may hold the case."""
    found = _case_records(conn, case_id, today, as_exported)
    if found is None:
        return []
    _case, records, deleted, announced, lead, office = found
    return [scope_of([replace(r, given_on=today, valid_until=None, revoked_on=None)], True, lead, announced,
                     today, office)
            for r in (*records, *deleted)
            if r.kind == "legal_basis" or (r.kind == "procuration" and r.signature_status != "pending")]


class ScopeReader:
    """Scopes and recipients of cases, cached for one export."""

    def __init__(self, conn: sqlcipher.Connection, config: NetworkConfig, today: dt.date | None = None) -> None:
        self.conn, self.config = conn, config
        self.today = today or judged_on()
        self._cases: dict[tuple[str, str], tuple[str, ...]] = {}
        self._scopes: dict[tuple[str, bool], Scope] = {}
        self._recipients: dict[tuple[frozenset[str], tuple[Any, ...]], frozenset[str]] = {}
        self._routes: dict[tuple[tuple[str, ...], bool, bool], frozenset[str] | None] = {}

    def open_table(self, table: str) -> bool:
        return table in SHARED_TABLES and table not in CASE_OF

    def cases_of(self, table: str, row_id: str) -> tuple[str, ...]:
        key = (table, row_id)
        if key not in self._cases:
            self._cases[key] = tuple(str(r[0]) for r in self.conn.execute(CASE_OF[table], (row_id,)))
        return self._cases[key]

    def scope(self, case_id: str, exported: bool = False) -> Scope:
        """The case's scope today; ``exported``: as the network knows it (this workstation's unsent
        changes to consents, announcements and the case left out)."""
        key = (case_id, exported)
        if key not in self._scopes:
            self._scopes[key] = self._read(case_id, exported)
        return self._scopes[key]

    def _read(self, case_id: str, exported: bool) -> Scope:
        return read_scope(self.conn, case_id, self.today, self._as_exported if exported else None)

    def _past(self, case_id: str) -> list[Scope]:
        """The scopes of every basis the case ever had on the network: a change of its scope reaches
        every workstation that may hold it (a narrowed-out office learns of a later revocation)."""
        return past_scopes(self.conn, case_id, self.today, self._as_exported)

    def _as_exported(self, table: str, row_id: str, current: dict[str, Any]) -> dict[str, Any] | None:
        """``current`` with the fields this workstation changed but has not sent yet set back to the
        last value the network has; None for a row the network has never seen."""
        pending = {str(f) for (f,) in self.conn.execute(
            "SELECT DISTINCT field FROM change_log WHERE table_name = ? AND row_id = ? AND workstation_id = ? "
            "AND batch_seq IS NULL", (table, row_id, self.config.workstation))}
        if not pending:
            return current
        seen = self.conn.execute(
            "SELECT field, new_value FROM change_log WHERE table_name = ? AND row_id = ? AND NOT "
            "(workstation_id = ? AND batch_seq IS NULL) ORDER BY hlc", (table, row_id, self.config.workstation)
        ).fetchall()
        if not seen:
            return None
        values = dict(current)
        latest = {str(f): v for f, v in seen}
        for name in pending & set(current):
            values[name] = json.loads(latest[name]) if latest.get(name) is not None else None
        return values

    def recipients(self, scope: Scope) -> frozenset[str] | None:
        """The workstations allowed to read: None for the whole network (open part), an empty set
        when nobody (this workstation's own institution out of the scope: it keeps the case read-only)."""
        if scope.network:
            return OPEN
        me = self.config.roster.member(self.config.workstation)
        if not scope.shares or me is None or not _in_scope(me, scope):
            return frozenset()
        key = (scope.institutions, scope.offices)
        if key not in self._recipients:
            self._recipients[key] = frozenset(
                m.id for m in self.config.roster.members
                if m.active(self.today) and m.kex_key and _in_scope(m, scope))
        return self._recipients[key]

    def outside(self, cases: Iterable[str]) -> bool:
        """Whether a change of ``cases`` stays here because this workstation is out of a case's
        scope (the case is shared, with others), not for want of a consent."""
        me = self.config.roster.member(self.config.workstation)
        return me is not None and any(
            (scope := self.scope(case)).shares and not scope.network and not _in_scope(me, scope)
            for case in cases)

    def known(self, case_id: str) -> bool:
        """Whether the network has seen the case (a change of it sent or received)."""
        return self.conn.execute(
            "SELECT 1 FROM change_log WHERE table_name = 'case_file' AND row_id = ? AND NOT "
            "(workstation_id = ? AND batch_seq IS NULL) LIMIT 1", (case_id, self.config.workstation)
        ).fetchone() is not None

    def route(self, cases: Iterable[str], notice: bool = False, basis: bool = False) -> frozenset[str] | None:
        """Who may read a change of a row of ``cases``; a ``notice`` (a change of scope) also reaches
        those who had the case before it; a change of the ``basis`` (a consent or legal basis record,
        the case's sharing flag, lead institution or office) every workstation that may hold the case
        (the recipients of every basis it had: ``past_scopes``)."""
        key = (tuple(cases), notice, basis)
        if key not in self._routes:
            self._routes[key] = self._route(key[0], notice or basis, basis)
        return self._routes[key]

    def _route(self, cases: tuple[str, ...], notice: bool, basis: bool) -> frozenset[str] | None:
        found: set[str] = set()
        for case in cases:
            scopes = [self.scope(case), *([self.scope(case, exported=True)] if notice else []),
                      *(self._past(case) if basis else [])]
            for scope in scopes:
                allowed = self.recipients(scope)
                if allowed is OPEN:
                    return OPEN
                found |= allowed
        return frozenset(found)

    def kex_keys(self, recipients: Iterable[str]) -> dict[str, str]:
        keys = {m.id: m.kex_key for m in self.config.roster.members if m.kex_key}
        return {r: keys[r] for r in recipients if r in keys}

    def institutions(self, recipients: Iterable[str]) -> list[str]:
        by_id = {m.id: m.institution for m in self.config.roster.members}
        return sorted({by_id[r] for r in recipients if r in by_id})


def current_state(conn: sqlcipher.Connection, case_id: str, me: str) -> list[list[Any]]:
    """Every record of the case as the network knows it: per field, the latest journaled change
    (this workstation's unsent ones left out: they travel to every recipient anyway)."""
    state: list[list[Any]] = []
    for table, sql in ROWS_OF.items():
        for (row_id,) in conn.execute(sql, (case_id,)).fetchall():
            latest: dict[str, list[Any]] = {}
            pending: set[str] = set()
            for field, value, hlc, base, author, batch in conn.execute(
                    "SELECT field, new_value, hlc, base_hlc, workstation_id, batch_seq FROM change_log "
                    "WHERE table_name = ? AND row_id = ? ORDER BY hlc, seq", (table, str(row_id))):
                if author == me and batch is None:
                    pending.add(str(field))
                else:
                    latest[str(field)] = [table, str(row_id), str(field), value, hlc, base]
            state.extend(change for field, change in latest.items() if field not in pending)
    return state

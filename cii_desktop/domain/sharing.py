"""The sharing scope of a case: which institutions its data may reach, on what basis, until when.

Pure rules over the case's consent records (procuration, refusal, legal basis), read from
``tables/sharing.json``; the sync seals a case's changes to the workstations of these institutions
only, and the case's banner states the same scope.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .rule_tables import load

NETWORK = "network"  # basis of a case shared with the whole network (see tables/sharing.json)
SHARED_FLAGS = ("consent", "legal_basis")  # values of case_file.sharing_basis that share
# The offices a consent names, per institution: ((institution, (office, ...)), ...), sorted; an
# institution absent (or with no office) is named whole (every office of it).
Offices = tuple[tuple[str, tuple[str, ...]], ...]


UNREADABLE_OFFICE = "?"  # no workstation's office: a damaged list of offices shares with none of them


def offices_from(value: Mapping[str, Iterable[str]] | str | None, institutions: Iterable[str] = ()) -> Offices:
    """The offices a consent names, from its stored JSON object ``{"ORP": ["SION"]}`` or a mapping;
    institutions naming no office are left out (they are named whole). A stored value that is not
    such an object (damaged) fails closed: each of ``institutions`` is restricted to an office no
    workstation has, so it reaches nobody rather than every office."""
    try:
        raw = json.loads(value or "{}") if isinstance(value, str) or value is None else value
        if not isinstance(raw, Mapping) or any(isinstance(v, str) for v in raw.values()):
            raise ValueError("not an object of lists")
        return tuple(sorted((str(i), tuple(sorted({str(o) for o in offices})))
                            for i, offices in dict(raw).items() if offices))
    except (ValueError, TypeError):
        return tuple(sorted((str(i), (UNREADABLE_OFFICE,)) for i in set(institutions)))


def offices_json(offices: Offices) -> str:
    """The stored form of :func:`offices_from` (a JSON object, ``{}`` when none is named)."""
    return json.dumps({institution: list(codes) for institution, codes in offices}, sort_keys=True)


@dataclass(frozen=True)
class ConsentRecord:
    """The fields of a consent row that decide sharing."""

    id: str
    kind: str  # procuration | refusal | legal_basis
    institutions: tuple[str, ...]
    given_on: dt.date
    valid_until: dt.date | None = None
    revoked_on: dt.date | None = None
    signature_status: str = "pending"
    decided_by: str = ""
    offices: Offices = ()


@dataclass(frozen=True)
class Scope:
    """Who may receive the case: ``basis`` consent | legal_basis | network | none."""

    basis: str
    institutions: frozenset[str] = frozenset()
    until: dt.date | None = None
    decided_by: str = ""
    record_id: str | None = None
    ended: str = ""  # none: why the last basis stopped (expired | revoked | refused | pending), or ""
    offices: Offices = ()  # the offices named per institution (none named: the whole institution)

    @property
    def network(self) -> bool:
        return self.basis == NETWORK

    @property
    def shares(self) -> bool:
        return self.basis != "none"

    def includes(self, institution: str) -> bool:
        return self.network or institution in self.institutions

    def offices_of(self, institution: str) -> tuple[str, ...]:
        """The offices of ``institution`` the basis names; () when it names the whole institution."""
        return next((codes for code, codes in self.offices if code == institution), ())

    def admits(self, institution: str, office: str) -> bool:
        """Whether a workstation of ``institution`` at ``office`` is in the scope: its institution is,
        and the basis names no office of it or names ``office``."""
        if self.network:
            return True
        named = self.offices_of(institution)
        return institution in self.institutions and (not named or office in named)


def _rule(code: str) -> dict[str, Any]:
    return next(r for r in load("sharing")["scope"] if r["code"] == code)


def change_rule(code: str) -> dict[str, Any]:
    """The row of ``changes`` (widen, narrow, expire, legal_basis_end) of the rule table."""
    return next(dict(r) for r in load("sharing")["changes"] if r["code"] == code)


def in_force(record: ConsentRecord, today: dt.date) -> bool:
    return (record.revoked_on is None or record.revoked_on > today) and record.given_on <= today and (
        record.valid_until is None or record.valid_until >= today)


def _ended(record: ConsentRecord, today: dt.date) -> str:
    if record.revoked_on is not None and record.revoked_on <= today:
        return "revoked"
    if record.valid_until is not None and record.valid_until < today:
        return "expired"
    return ""


def scope_of(records: Iterable[ConsentRecord], shared_flag: bool, lead: str, announced: bool,
             today: dt.date, office: str = "") -> Scope:
    """The scope today. ``records`` newest first (as ``services.referral.consents`` orders them);
    ``shared_flag``: the case is marked shared (``case_file.sharing_basis``) and not deleted;
    ``office``: the case's office (its holding office, ``holding_office`` of the rule table)."""
    rows = list(records)
    found = _basis(rows, shared_flag, today)
    if not found.shares or found.network:
        return found
    extra = set()
    offices = found.offices
    if lead and _rule("holding_institution")["include"]:
        extra.add(lead)
        offices = with_holding_office(offices, lead, office)
    if announced and _rule("bureau_after_announcement")["include"]:
        extra.add("BUREAU")
    return Scope(found.basis, found.institutions | extra, found.until, found.decided_by, found.record_id,
                 offices=offices)


def with_holding_office(offices: Offices, lead: str, office: str) -> Offices:
    """``offices`` with the case's holding ``office`` added to those named of its ``lead``
    institution (``holding_office`` of the rule table): a basis naming only other offices of the
    holding institution keeps the office holding the case in the scope. Unchanged when the basis
    names no office of the lead (the whole institution is in the scope) or the office is unknown."""
    named = dict(offices)
    if not office or lead not in named or office in named[lead] or not _rule("holding_office")["include"]:
        return offices
    named[lead] = tuple(sorted({*named[lead], office} - {UNREADABLE_OFFICE}))
    return tuple(sorted(named.items()))


def _basis(rows: list[ConsentRecord], shared_flag: bool, today: dt.date) -> Scope:
    found = _from_records(rows, today) if rows else None
    if found is None:
        network = shared_flag and _rule("basis_without_record")["share_with"] == NETWORK
        return Scope(NETWORK) if network else Scope("none")
    if found.shares and not shared_flag:  # a deleted case, or its basis not received yet
        return Scope("none", record_id=found.record_id)
    return found


def superseding() -> bool:
    """Whether the newest signed procuration supersedes older ones (``newest_procuration_supersedes``
    of the rule table): once it is revoked or has expired, no older procuration applies again."""
    return not _rule("newest_procuration_supersedes")["older_apply_after_end"]


def _from_records(rows: list[ConsentRecord], today: dt.date) -> Scope:
    ended = ""
    superseded = False  # a newer signed procuration has ended: older ones no longer apply
    for row in rows:
        if row.kind == "legal_basis" and in_force(row, today):
            if not row.institutions and _rule("legal_basis_without_institutions")["share_with"] == NETWORK:
                return Scope(NETWORK, frozenset(), row.valid_until, row.decided_by, row.id)
            return Scope("legal_basis", frozenset(row.institutions), row.valid_until, row.decided_by, row.id,
                         offices=row.offices)
        if row.kind == "refusal":
            return Scope("none", record_id=row.id, ended="refused")
        if row.kind == "procuration" and not superseded and in_force(row, today):
            if row.signature_status == "pending":
                return Scope("none", record_id=row.id, ended="pending")
            return Scope("consent", frozenset(row.institutions), row.valid_until, "", row.id, offices=row.offices)
        if row.kind == "procuration" and row.signature_status != "pending" and superseding():
            superseded = True
        ended = ended or _ended(row, today)
    return Scope("none", ended=ended or "revoked")


def held_read_only(scope: Scope, mine: frozenset[str], lead: str, created_here: bool, office: str = "",
                   case_office: str = "") -> bool:
    """Whether this workstation keeps the case read-only (``tables/sharing.json``,
    ``held_outside_scope``): its institution is out of the case's scope today. ``mine``: the scope
    codes this workstation answers to (its institution, BUREAU for the Bureau CII's); empty when it
    is no network member (a stand-alone workstation edits all it holds). ``lead``: the case's
    holding institution; ``created_here``: this workstation created the case; ``office``: this
    workstation's office (out of the scope when the basis names other offices of its institution);
    ``case_office``: the case's office: of the holding institution, only the workstations of that
    office keep editing (``holding_institution`` of ``editable_by``); "" for a case whose office is
    unknown (then the whole holding institution does, as before offices)."""
    if not mine or scope.network or any(scope.admits(code, office) for code in mine):
        return False
    rule = _rule("held_outside_scope")
    keeps = set(rule["editable_by"])
    holding = lead in mine and (not case_office or office == case_office)
    if ("holding_institution" in keeps and holding) or ("creating_workstation" in keeps and created_here):
        return False
    return not rule["edit"]


def printable_when_held(read_only: bool) -> bool:
    """Whether a case held read-only may still be printed, saved to a file or sent (the rule table)."""
    return not read_only or bool(_rule("held_outside_scope")["print"])

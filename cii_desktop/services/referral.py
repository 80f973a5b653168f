"""Referral use cases: evaluation grid, consent and the sharing state, target publics, transitions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import grid as grid_rules
from ..domain import reference, sharing
from ..domain import target_publics as targets
from ..domain.dates import add_months
from ..domain.errors import FieldError, ValidationFailed
from ..domain.rule_tables import load
from ..domain.text import LINE_MAX, TEXT_MAX, check_texts, ensure_texts
from ..storage.models import Case, Person, Reminder
from ..storage.records import Announcement, Collaboration, Consent, EvaluationGrid
from ..storage.unit_of_work import UnitOfWork
from . import cases, reminders


def _case(uow: UnitOfWork, case_id: str) -> Case:
    case = uow.get(Case, case_id)
    if case is None:
        raise ValidationFailed([FieldError("case", "reference.unknown")])
    return case


def _not_future(name: str, value: dt.date, today: dt.date) -> None:
    if value > today:
        raise ValidationFailed([FieldError(name, "date.future")])


# --- Evaluation grid -------------------------------------------------------------------------

def record_grid(uow: UnitOfWork, case_id: str, ratings: dict[str, grid_rules.Rating], assessor: str,
                assessed_on: dt.date, *, assessor_role: str = "", institution_code: str = "",
                level: str | None = None, override_reason: str = "",
                today: dt.date | None = None) -> EvaluationGrid:
    """File a grid; the level is the table's proposal unless overruled with a reason."""
    case = _case(uow, case_id)
    errors: list[FieldError] = []
    if grid_rules.validate_ratings(ratings):
        errors.append(FieldError("ratings", "grid.unknown_rating"))
    if not assessor.strip():
        errors.append(FieldError("assessor", "required"))
    if assessed_on > (today or dt.date.today()):
        errors.append(FieldError("assessed_on", "date.future"))
    proposal = grid_rules.propose(ratings)
    chosen = level or proposal.level
    if chosen not in grid_rules.levels():
        errors.append(FieldError("level", "reference.unknown"))
    if chosen != proposal.level and not override_reason.strip():
        errors.append(FieldError("override_reason", "grid.override_reason"))
    errors += check_texts({"assessor": assessor, "override_reason": override_reason,
                           **{f"ratings.{code}": r.comment for code, r in ratings.items()}}, TEXT_MAX, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    stored = {code: {"rating": r.rating, "comment": r.comment.strip()} for code, r in ratings.items()}
    row = uow.add(EvaluationGrid(
        case_id=case.id, assessed_on=assessed_on, assessor=assessor.strip(), assessor_role=assessor_role,
        institution_code=institution_code, ratings=json.dumps(stored, ensure_ascii=False, sort_keys=True),
        table_version=str(load("evaluation_grid")["version"]), proposed_level=proposal.level,
        level=chosen, override_reason=override_reason.strip() if chosen != proposal.level else ""))
    if case.status == "detected":
        cases.change_status(uow, case.id, "evaluated", assessor)
    return row


def ratings_of(row: EvaluationGrid) -> dict[str, grid_rules.Rating]:
    data = json.loads(row.ratings or "{}")
    return {code: grid_rules.Rating(int(v["rating"]), str(v.get("comment", ""))) for code, v in data.items()}


def grids(session: Session, case_id: str) -> list[EvaluationGrid]:
    """The case's grids, the latest first."""
    return list(session.scalars(
        select(EvaluationGrid).where(EvaluationGrid.case_id == case_id, EvaluationGrid.deleted.is_(False))
        .order_by(EvaluationGrid.assessed_on.desc(), EvaluationGrid.created_at.desc())))


def latest_grid(session: Session, case_id: str) -> EvaluationGrid | None:
    found = grids(session, case_id)
    return found[0] if found else None


# --- Consent and the sharing state -----------------------------------------------------------

@dataclass(frozen=True)
class SharingState:
    """What the case's consents allow today: ``basis`` is what the sync gate reads."""

    basis: str  # consent | legal_basis | none
    institutions: tuple[str, ...] = ()
    consent_id: str | None = None
    refused: bool = False
    pending_signature: bool = False
    offices: sharing.Offices = ()  # the offices named per institution (none: each institution whole)


def consents(session: Session, case_id: str) -> list[Consent]:
    return list(session.scalars(
        select(Consent).where(Consent.case_id == case_id, Consent.deleted.is_(False))
        .order_by(Consent.given_on.desc(), Consent.created_at.desc())))


def institutions_of(consent: Consent) -> tuple[str, ...]:
    return tuple(json.loads(consent.institutions or "[]"))


def offices_of(consent: Consent) -> sharing.Offices:
    """The offices the consent names per institution (none: each institution whole)."""
    return sharing.offices_from(consent.offices, institutions_of(consent))



def _checked_offices(offices: Mapping[str, Iterable[str]] | None, institution_codes: Iterable[str],
                     errors: list[FieldError]) -> sharing.Offices:
    """``offices`` of institutions the consent names, each a known office code (else an error)."""
    named = sharing.offices_from(offices or {})
    known = set(reference.codes(reference.OFFICES))
    if any(code not in set(institution_codes) or not set(codes) <= known for code, codes in named):
        errors.append(FieldError("offices", "reference.unknown"))
    return named


def _in_force(consent: Consent, today: dt.date) -> bool:
    return (consent.revoked_on is None or consent.revoked_on > today) and consent.given_on <= today and (
        consent.valid_until is None or consent.valid_until >= today)


def sharing_state(session: Session, case_id: str, today: dt.date | None = None) -> SharingState:
    """The most recent record decides: a refusal or revocation after a procuration stops sharing."""
    when = today or dt.date.today()
    rows = consents(session, case_id)
    all_codes = reference.codes(reference.INSTITUTIONS)
    case = session.get(Case, case_id)
    lead = case.lead_institution.code if case is not None and case.lead_institution is not None else ""
    office = case.office.code if case is not None and case.office is not None else ""

    def offices(consent: Consent) -> sharing.Offices:  # with the holding office (tables/sharing.json)
        return sharing.with_holding_office(offices_of(consent), lead, office)

    superseded = False  # a newer signed procuration has ended (tables/sharing.json)
    for row in rows:
        if row.kind == "legal_basis" and _in_force(row, when):
            return SharingState("legal_basis", institutions_of(row) or all_codes, row.id, offices=offices(row))
        if row.kind == "refusal":
            return SharingState("none", (), row.id, refused=True)
        if row.kind == "procuration" and not superseded and _in_force(row, when):
            if row.signature_status == "pending":
                return SharingState("none", institutions_of(row), row.id, pending_signature=True,
                                    offices=offices(row))
            return SharingState("consent", institutions_of(row), row.id, offices=offices(row))
        if row.kind == "procuration" and row.signature_status != "pending" and sharing.superseding():
            superseded = True
    return SharingState("none")


def sharing_scope(session: Session, case_id: str, today: dt.date | None = None) -> sharing.Scope:
    """Who the case is shared with today, on what basis, until when: what the sync seals the case's
    changes to (``sync.scope`` reads the same records) and what the case's banner states."""
    case = session.get(Case, case_id)
    if case is None:
        return sharing.Scope("none")
    records = [sharing.ConsentRecord(c.id, c.kind, institutions_of(c), c.given_on, c.valid_until, c.revoked_on,
                                     c.signature_status, c.decided_by, offices_of(c))
               for c in consents(session, case_id)]
    announced = session.scalar(select(Announcement.id).where(
        Announcement.case_id == case_id, Announcement.deleted.is_(False)).limit(1)) is not None
    shared = not case.deleted and case.sharing_basis in sharing.SHARED_FLAGS
    lead = case.lead_institution.code if case.lead_institution is not None else ""
    office = case.office.code if case.office is not None else ""
    return sharing.scope_of(records, shared, lead, announced, today or dt.date.today(), office)


def refresh_sharing(uow: UnitOfWork, case_id: str, today: dt.date | None = None) -> SharingState:
    """Write the case's sharing basis (read by the sync gate) from its consents."""
    state = sharing_state(uow.session, case_id, today)
    case = _case(uow, case_id)
    if case.sharing_basis != state.basis:
        case.sharing_basis = state.basis
    return state


def record_procuration(uow: UnitOfWork, case_id: str, institution_codes: list[str], given_on: dt.date,
                       recorded_by: str, *, valid_until: dt.date | None = None, signed: bool = False,
                       note: str = "", today: dt.date | None = None,
                       offices: Mapping[str, Iterable[str]] | None = None) -> Consent:
    """A procuration CII naming the institutions that may exchange information and, where the form
    names them, their offices (``{"ORP": ["SION"]}``; an institution without offices: all of it)."""
    when = today or dt.date.today()
    _case(uow, case_id)
    known = set(reference.codes(reference.INSTITUTIONS))
    errors: list[FieldError] = []
    if not institution_codes:
        errors.append(FieldError("institutions", "consent.no_institution"))
    elif any(code not in known for code in institution_codes):
        errors.append(FieldError("institutions", "reference.unknown"))
    named = _checked_offices(offices, institution_codes, errors)
    if given_on > when:
        errors.append(FieldError("given_on", "date.future"))
    until = valid_until or add_months(given_on, int(load("referral")["procuration_valid_months"]))
    if until < given_on:
        errors.append(FieldError("valid_until", "consent.validity_before_date"))
    if errors:
        raise ValidationFailed(errors)
    row = uow.add(Consent(case_id=case_id, kind="procuration", institutions=json.dumps(sorted(institution_codes)),
                          offices=sharing.offices_json(named), given_on=given_on, valid_until=until,
                          signature_status="signed_paper" if signed else "pending",
                          recorded_by=recorded_by, note=note.strip()))
    uow.flush()
    refresh_sharing(uow, case_id, when)
    return row


def record_refusal(uow: UnitOfWork, case_id: str, on: dt.date, recorded_by: str, note: str = "",
                   today: dt.date | None = None) -> Consent:
    """The person refuses: nothing is shared, the latest grid is filed with the mention "Refus"."""
    _not_future("given_on", on, today or dt.date.today())
    _case(uow, case_id)
    ensure_texts({"note": note, "recorded_by": recorded_by})
    row = uow.add(Consent(case_id=case_id, kind="refusal", given_on=on, recorded_by=recorded_by,
                          signature_status="pending", note=note.strip()))
    latest = latest_grid(uow.session, case_id)
    if latest is not None and not latest.refused:
        latest.refused = True
    uow.flush()
    refresh_sharing(uow, case_id, today)
    return row


def record_legal_basis(uow: UnitOfWork, case_id: str, on: dt.date, decided_by: str, recorded_by: str,
                       note: str = "", today: dt.date | None = None, *, institution_codes: list[str] | None = None,
                       valid_until: dt.date | None = None,
                       offices: Mapping[str, Iterable[str]] | None = None) -> Consent:
    """Transmission under LIAS art. 60 ff. (art. 63 al. 2 let. c), with who decided it, for which
    institutions (none named: the whole network) and until when (none: until revoked)."""
    _not_future("given_on", on, today or dt.date.today())
    if not decided_by.strip():
        raise ValidationFailed([FieldError("decided_by", "required")])
    ensure_texts({"decided_by": decided_by}, LINE_MAX, multiline=False)
    ensure_texts({"note": note}, TEXT_MAX, multiline=True)
    if any(code not in reference.codes(reference.INSTITUTIONS) for code in institution_codes or ()):
        raise ValidationFailed([FieldError("institutions", "reference.unknown")])
    if valid_until is not None and valid_until < on:
        raise ValidationFailed([FieldError("valid_until", "consent.validity_before_date")])
    office_errors: list[FieldError] = []
    named = _checked_offices(offices, institution_codes or (), office_errors)
    if office_errors:
        raise ValidationFailed(office_errors)
    _case(uow, case_id)
    code = str(load("referral")["legal_bases"][0]["code"])
    row = uow.add(Consent(case_id=case_id, kind="legal_basis", given_on=on, legal_basis=code,
                          institutions=json.dumps(sorted(institution_codes or [])), valid_until=valid_until,
                          offices=sharing.offices_json(named),
                          decided_by=decided_by.strip(), recorded_by=recorded_by,
                          signature_status="signed_paper", note=note.strip()))
    uow.flush()
    refresh_sharing(uow, case_id, today)
    return row


def mark_consent_signed(uow: UnitOfWork, consent_id: str, how: str = "signed_paper",
                        today: dt.date | None = None) -> Consent:
    row = uow.get(Consent, consent_id)
    if row is None:
        raise ValidationFailed([FieldError("consent", "reference.unknown")])
    if row.signature_status != how:
        row.signature_status = how
    uow.flush()
    refresh_sharing(uow, row.case_id, today)
    return row


def revoke_consent(uow: UnitOfWork, consent_id: str, on: dt.date, revoked_by: str,
                   today: dt.date | None = None) -> Consent:
    """From ``on`` nothing more of the case is shared (the revocation itself still reaches partners)."""
    row = uow.get(Consent, consent_id)
    if row is None:
        raise ValidationFailed([FieldError("consent", "reference.unknown")])
    if row.revoked_on is not None:
        raise ValidationFailed([FieldError("consent", "consent.already_revoked")])
    _not_future("revoked_on", on, today or dt.date.today())
    row.revoked_on = on
    row.revoked_by = revoked_by
    uow.flush()
    refresh_sharing(uow, row.case_id, today)
    return row


# --- Target publics and transitions ----------------------------------------------------------

def propose_targets(session: Session, case_id: str, today: dt.date | None = None) -> list[targets.Proposal]:
    case = session.get(Case, case_id)
    if case is None:
        return []
    grid = latest_grid(session, case_id)
    ratings = {code: r.rating for code, r in ratings_of(grid).items()} if grid is not None else None
    return targets.propose(targets.situation_of(case.person, case.opened_on, ratings), today)


def apply_target(uow: UnitOfWork, case_id: str, number: int, language: str,
                 today: dt.date | None = None) -> Reminder | None:
    """Create the reminder a matching row implies (once); None for rows without a date (10-11)."""
    match = [p for p in propose_targets(uow.session, case_id, today) if p.row.number == number]
    if not match or match[0].due_on is None:
        return None
    source = f"target:{number}"
    existing = uow.session.scalar(select(Reminder).where(
        Reminder.case_id == case_id, Reminder.source == source, Reminder.done.is_(False),
        Reminder.deleted.is_(False)))
    if existing is not None:
        return existing
    return reminders.add(uow, case_id, match[0].due_on, "target", {"row": number}, source)


@dataclass(frozen=True)
class RegisterRow:
    """One line of the transitions register (what the répondants kept in Excel)."""

    reference: str
    person: str
    direction: str
    target_row: int
    recorded_on: dt.date
    recorded_by: str
    network_meeting_planned: bool
    meeting_on: dt.date | None
    note: str = field(default="")


def record_collaboration(uow: UnitOfWork, case_id: str, direction: str, target_row: int, on: dt.date,
                         recorded_by: str, *, meeting_planned: bool = False,
                         meeting_on: dt.date | None = None, note: str = "",
                         today: dt.date | None = None) -> Collaboration:
    _case(uow, case_id)
    errors: list[FieldError] = []
    if direction not in ("orp_to_cms", "cms_to_orp"):
        errors.append(FieldError("direction", "reference.unknown"))
    if target_row not in {r.number for r in targets.rows()}:
        errors.append(FieldError("target_row", "reference.unknown"))
    elif direction in ("orp_to_cms", "cms_to_orp") and targets.row(target_row).direction != direction:
        errors.append(FieldError("direction", "transition.wrong_direction"))  # e.g. row 10: no announcement to ORP
    if on > (today or dt.date.today()):
        errors.append(FieldError("recorded_on", "date.future"))
    errors += check_texts({"note": note, "recorded_by": recorded_by}, TEXT_MAX, multiline=True)
    case = _case(uow, case_id)
    voluntary = direction == "cms_to_orp" or not case.person.social_assistance  # seed §5.2, §5.4
    if voluntary and sharing_state(uow.session, case_id, today).basis == "none":
        errors.append(FieldError("consent", "transition.no_consent"))
    if errors:
        raise ValidationFailed(errors)
    return uow.add(Collaboration(case_id=case_id, direction=direction, target_row=target_row,
                                 recorded_on=on, recorded_by=recorded_by,
                                 network_meeting_planned=meeting_planned or meeting_on is not None,
                                 meeting_on=meeting_on, note=note.strip()))


def register(session: Session, since: dt.date | None = None) -> list[RegisterRow]:
    """Every transition recorded on this workstation (and received), newest first."""
    query = (select(Collaboration, Case.reference, Person.last_name, Person.first_name)
             .join(Case, Case.id == Collaboration.case_id).join(Person, Person.id == Case.person_id)
             .where(Collaboration.deleted.is_(False), Case.deleted.is_(False))
             .order_by(Collaboration.recorded_on.desc()))
    if since is not None:
        query = query.where(Collaboration.recorded_on >= since)
    return [RegisterRow(ref, f"{last} {first}", row.direction, row.target_row, row.recorded_on,
                        row.recorded_by, row.network_meeting_planned, row.meeting_on, row.note)
            for row, ref, last, first in session.execute(query).all()]

"""The Bureau CII: announcements of complex situations (CII100.1), triage decisions, CII alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, distinct, false, func, select
from sqlalchemy.orm import Session

from ..domain import grid as grid_rules
from ..domain.errors import FieldError, ValidationFailed
from ..domain.rule_tables import coded
from ..domain.text import LINE_MAX, TEXT_MAX, check_texts, strip_accents
from ..storage.models import Case, Institution, Person
from ..storage.records import Announcement, BureauDecision, Handling
from ..storage.unit_of_work import UnitOfWork
from . import assessment, cases, referral, reminders, tandem


@dataclass(frozen=True)
class AnnouncementDraft:
    """The CII100.1 fields, prefilled from the person, the latest grid and the case's institutions."""

    problems: str
    institutions_involved: str
    measures_tried: str
    expected_goal: str
    requested_handling: str


def grid_problems(session: Session, case_id: str, language: str) -> list[str]:
    """The latest grid's problems (domains rated 2 or more), worded in ``language``: the form prints
    them from the grid's codes, so they are shown, not copied into the announcement's typed text."""
    grid = referral.latest_grid(session, case_id)
    lines = []
    for code, rating in (referral.ratings_of(grid).items() if grid is not None else ()):
        if rating.rating >= 2:
            name = grid_rules.domain_label(code).text(language)
            level = grid_rules.scale_label(rating.rating).text(language)
            lines.append(f"- {name} ({level})" + (f": {rating.comment}" if rating.comment else ""))
    return lines


def draft(session: Session, case_id: str, language: str) -> AnnouncementDraft:
    """Nothing generated is copied into the typed fields (problems and institutions print from their codes)."""
    return AnnouncementDraft("", "", "", "", "")


def send(uow: UnitOfWork, case_id: str, content: AnnouncementDraft, announced_by: str,
         institution_code: str, today: dt.date | None = None, *, override_reason: str = "") -> Announcement:
    """Send the announcement to the Bureau; refused without a grid and a consent or legal basis, and for a
    grid below CII complexe unless ``override_reason`` says why ("Si la situation relève de la CII complexe,
    le cas est annoncé au bureau CII", seed procedure ORP vers CMS)."""
    when = today or dt.date.today()
    case = uow.get(Case, case_id)
    if case is None:
        raise ValidationFailed([FieldError("case", "reference.unknown")])
    grid = referral.latest_grid(uow.session, case_id)
    state = referral.sharing_state(uow.session, case_id, when)
    errors: list[FieldError] = []
    if grid is None:
        errors.append(FieldError("grid", "announcement.no_grid"))
    elif grid.level != "complex" and not override_reason.strip():
        errors.append(FieldError("override_reason", "announcement.not_complex"))
    if state.refused:
        errors.append(FieldError("consent", "announcement.refused_by_person"))
    elif state.basis == "none":
        errors.append(FieldError("consent", "announcement.no_consent"))
    if not content.problems.strip() and not (grid and grid_problems(uow.session, case_id, "fr")):
        errors.append(FieldError("problems", "required"))
    if not content.expected_goal.strip():
        errors.append(FieldError("expected_goal", "required"))
    errors += check_texts({"problems": content.problems, "expected_goal": content.expected_goal},
                          TEXT_MAX, multiline=True)
    errors += check_texts({"override_reason": override_reason}, LINE_MAX)  # one line, no control characters
    if content.requested_handling and content.requested_handling not in coded("handlings"):
        errors.append(FieldError("requested_handling", "reference.unknown"))
    if errors:
        raise ValidationFailed(errors)
    row = uow.add(Announcement(
        case_id=case_id, grid_id=grid.id if grid else None, consent_id=state.consent_id,
        problems=content.problems.strip(), institutions_involved=content.institutions_involved.strip(),
        measures_tried=content.measures_tried.strip(), expected_goal=content.expected_goal.strip(),
        requested_handling=content.requested_handling, announced_by=announced_by,
        announced_institution=institution_code, announced_on=when, status="sent",
        level_override_reason=override_reason.strip() if grid and grid.level != "complex" else ""))
    if case.status in ("detected", "evaluated"):
        cases.change_status(uow, case_id, "announced", announced_by)
    return row


def announcements(session: Session, case_id: str) -> list[Announcement]:
    return list(session.scalars(select(Announcement).where(
        Announcement.case_id == case_id, Announcement.deleted.is_(False)).order_by(Announcement.created_at)))


@dataclass(frozen=True)
class InboxRow:
    announcement_id: str
    case_id: str
    reference: str
    person: str
    announced_on: dt.date | None
    announced_by: str
    institution_code: str
    requested_handling: str
    status: str


def inbox(session: Session, pending_only: bool = True) -> list[InboxRow]:
    """The Bureau's announcements, oldest waiting first."""
    query = (select(Announcement, Case.reference, Person.last_name, Person.first_name)
             .join(Case, Case.id == Announcement.case_id).join(Person, Person.id == Case.person_id)
             .where(Announcement.deleted.is_(False), Case.deleted.is_(False))
             .order_by(Announcement.announced_on, Case.reference))
    if pending_only:
        query = query.where(Announcement.status == "sent")
    return [InboxRow(a.id, a.case_id, ref, f"{last} {first}", a.announced_on, a.announced_by,
                     a.announced_institution, a.requested_handling, a.status)
            for a, ref, last, first in session.execute(query).all()]


def _require(uow: UnitOfWork, action: str) -> None:
    from . import permissions

    if uow.store is not None:
        permissions.require(uow.store, action)


def decide(uow: UnitOfWork, announcement_id: str, outcome: str, decided_by: str, *, handling: str = "",
           reason: str = "", suggestions: str = "", on: dt.date | None = None,
           today: dt.date | None = None, language: str = "fr") -> BureauDecision:
    """Accept into a handling (opening its record) or refuse back to the professional with suggestions.
    Only the Bureau CII decides (permissions table: ``bureau.triage``, and ``handling.open`` to accept)."""
    _require(uow, "bureau.triage")
    if outcome == "accepted":
        _require(uow, "handling.open")
    when = today or dt.date.today()
    decided_on = on or when
    row = uow.get(Announcement, announcement_id)
    if row is None:
        raise ValidationFailed([FieldError("announcement", "reference.unknown")])
    errors: list[FieldError] = []
    if row.status != "sent":
        errors.append(FieldError("announcement", "announcement.not_pending"))
    if outcome not in ("accepted", "refused"):
        errors.append(FieldError("outcome", "reference.unknown"))
    if outcome == "accepted" and handling not in coded("handlings"):
        errors.append(FieldError("handling", "decision.handling_required"))
    if outcome == "accepted" and handling == "tandem" and not reason.strip() \
            and not tandem.check_eligibility(uow.session, row.case_id, when).eligible:
        errors.append(FieldError("reason", "decision.tandem_not_eligible"))  # eligible, or a recorded reason
    if outcome == "refused" and not (reason.strip() and suggestions.strip()):
        errors.append(FieldError("suggestions", "decision.reason_required"))
    if not decided_by.strip():
        errors.append(FieldError("decided_by", "required"))
    errors += check_texts({"reason": reason, "suggestions": suggestions, "decided_by": decided_by},
                          TEXT_MAX, multiline=True)
    if decided_on > when:
        errors.append(FieldError("decided_on", "date.future"))
    if errors:
        raise ValidationFailed(errors)
    decision = uow.add(BureauDecision(
        announcement_id=row.id, case_id=row.case_id, decided_on=decided_on, decided_by=decided_by.strip(),
        outcome=outcome, handling=handling if outcome == "accepted" else "", reason=reason.strip(),
        suggestions=suggestions.strip()))
    uow.flush()
    row.status = outcome
    if outcome == "accepted":
        opened = uow.add(Handling(case_id=row.case_id, kind=handling, decision_id=decision.id,
                                  created_on=decided_on))
        if handling == "assessment":
            uow.flush()
            assessment.opened(uow, opened, language)
        cases.change_status(uow, row.case_id, "in_handling", decided_by)
    else:  # back to the announcing professional: in the case's journal and in the "due" panel
        cases.add_journal_entry(uow, row.case_id, f"{reason.strip()}\n{suggestions.strip()}", decided_by,
                                kind="bureau")
        reminders.add(uow, row.case_id, decided_on, "bureau_refused", source="bureau:refused")
    return decision


def decisions(session: Session, case_id: str) -> list[BureauDecision]:
    return list(session.scalars(select(BureauDecision).where(
        BureauDecision.case_id == case_id, BureauDecision.deleted.is_(False))
        .order_by(BureauDecision.decided_on)))


def handlings(session: Session, case_id: str) -> list[Handling]:
    return list(session.scalars(select(Handling).where(
        Handling.case_id == case_id, Handling.deleted.is_(False)).order_by(Handling.created_on)))


# --- CII alert: the same person followed by several institutions ----------------------------

def identity_key(person: Person) -> str:
    """AVS number when known, else name and birth date (accents and case ignored)."""
    return _identity(person.avs_number, person.last_name, person.first_name, person.birth_date)


def _identity(avs: str | None, last: str, first: str, born: dt.date) -> str:
    if avs:
        return "avs:" + avs.replace(".", "")
    name = strip_accents(f"{last}|{first}").lower().replace(" ", "")
    return f"name:{name}|{born.isoformat()}"


@dataclass(frozen=True)
class Alert:
    """A person (identity) with open cases led by several institutions (each keeps its own file)."""

    key: str
    person: str
    institutions: tuple[str, ...]
    case_references: tuple[str, ...]
    case_ids: tuple[str, ...]


# Open cases of live persons, read from the cases (each has its person and its lead institution).
_OPEN = (Person.deleted == false(), Case.deleted == false(), Case.status != "closed")
_CHUNK = 500  # AVS numbers per query


def _alerts(session: Session, *where: Any) -> dict[str, Alert]:
    """Identities followed by two institutions or more among the persons ``where`` selects."""
    rows = session.execute(
        select(Person.avs_number, Person.last_name, Person.first_name, Person.birth_date, Case.id,
               Case.reference, Institution.code, Case.opened_on)
        .select_from(Case).join(Person, Person.id == Case.person_id)
        .join(Institution, Institution.id == Case.lead_institution_id)
        .where(*_OPEN, *where)).all()
    groups: dict[str, tuple[str, set[str], list[tuple[str, str]]]] = {}
    for avs, last, first, born, case_id, ref, code, _opened in sorted(rows, key=lambda r: (r[7], r[5])):
        entry = groups.setdefault(_identity(avs, last, first, born), (f"{last} {first}", set(), []))
        entry[1].add(code)
        entry[2].append((case_id, ref))
    return {key: Alert(key, name, tuple(sorted(codes)), tuple(r for _, r in refs), tuple(c for c, _ in refs))
            for key, (name, codes, refs) in groups.items() if len(codes) >= 2}


def alerts(session: Session) -> list[Alert]:
    """The Bureau's list: every identity followed by two institutions or more.

    The database finds the AVS numbers whose open cases are led by several institutions; only
    those persons, and the persons without an AVS number (name and birth date), are then read.
    Each query is simple enough for SQLite to plan it from its indexes.
    """
    shared = list(session.scalars(
        select(Person.avs_number).select_from(Case).join(Person, Person.id == Case.person_id)
        .where(*_OPEN, Person.avs_number != "").group_by(Person.avs_number)
        .having(func.count(distinct(Case.lead_institution_id)) >= 2)))
    found = _alerts(session, Person.avs_number == "")
    for start in range(0, len(shared), _CHUNK):
        found.update(_alerts(session, Person.avs_number.in_(shared[start:start + _CHUNK])))
    return [found[key] for key in sorted(found)]


def alert_for_case(session: Session, case_id: str) -> Alert | None:
    """The alert of one case's person, reading only the persons who may share its identity (same
    AVS number; without one, same birth date): a case opens as fast with 100,000 persons."""
    case = session.get(Case, case_id)
    if case is None:
        return None
    person = case.person
    same = (Person.avs_number == person.avs_number if person.avs_number
            else and_(Person.avs_number == "", Person.birth_date == person.birth_date))
    return _alerts(session, same).get(identity_key(person))

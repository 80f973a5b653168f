"""Written warnings (LSE job seekers), disagreements and their escalation, closure with its outcome."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import FieldError, ValidationFailed
from ..domain.rule_tables import coded
from ..domain.text import LINE_MAX, check_texts, ensure_texts
from ..storage.models import Case
from ..storage.records import CaseEvent
from ..storage.unit_of_work import UnitOfWork
from . import cases


def _check(uow: UnitOfWork, case_id: str, on: dt.date, author: str, today: dt.date | None) -> Case:
    case = uow.get(Case, case_id)
    errors: list[FieldError] = []
    if case is None:
        raise ValidationFailed([FieldError("case", "reference.unknown")])
    if on > (today or dt.date.today()):
        errors.append(FieldError("occurred_on", "date.future"))
    if not author.strip():
        errors.append(FieldError("author", "required"))
    errors += check_texts({"author": author}, LINE_MAX)
    if errors:
        raise ValidationFailed(errors)
    return case


def record_warning(uow: UnitOfWork, case_id: str, on: dt.date, author: str, text: str,
                   partner_informed: bool, today: dt.date | None = None) -> CaseEvent:
    """LSE job seekers cannot be sanctioned under LACI: the ORP warns in writing, the partner is told."""
    case = _check(uow, case_id, on, author, today)
    if not case.person.job_seeker_without_rights:
        raise ValidationFailed([FieldError("kind", "warning.not_lse")])
    if not text.strip():
        raise ValidationFailed([FieldError("text", "required")])
    ensure_texts({"text": text})
    return uow.add(CaseEvent(case_id=case_id, kind="warning", occurred_on=on, author=author.strip(),
                             institution_code="ORP", text=text.strip(), partner_informed=partner_informed))


def record_disagreement(uow: UnitOfWork, case_id: str, on: dt.date, author: str, institution_code: str,
                        subject: str, today: dt.date | None = None) -> CaseEvent:
    """A disagreement goes first to the institution's répondant CII."""
    _check(uow, case_id, on, author, today)
    if not subject.strip():
        raise ValidationFailed([FieldError("text", "required")])
    ensure_texts({"text": subject})
    return uow.add(CaseEvent(case_id=case_id, kind="disagreement", occurred_on=on, author=author.strip(),
                             institution_code=institution_code, level="respondent", text=subject.strip()))


def escalate(uow: UnitOfWork, event_id: str, author: str) -> CaseEvent:
    """The disagreement persists: the cantonal officer of the CII is informed."""
    row = uow.get(CaseEvent, event_id)
    if row is None or row.kind != "disagreement":
        raise ValidationFailed([FieldError("event", "reference.unknown")])
    if row.level != "cantonal_officer":
        row.level = "cantonal_officer"
        cases.add_journal_entry(uow, row.case_id, row.text, author, kind="escalation")
    return row


def resolve(uow: UnitOfWork, event_id: str, on: dt.date, outcome: str, today: dt.date | None = None) -> CaseEvent:
    row = uow.get(CaseEvent, event_id)
    if row is None or row.kind != "disagreement":
        raise ValidationFailed([FieldError("event", "reference.unknown")])
    if not outcome.strip():
        raise ValidationFailed([FieldError("outcome", "required")])
    ensure_texts({"outcome": outcome})
    if on > (today or dt.date.today()):
        raise ValidationFailed([FieldError("resolved_on", "date.future")])
    row.resolved_on = on
    row.outcome = "resolved"
    row.text = f"{row.text}\n→ {outcome.strip()}"
    return row


def close(uow: UnitOfWork, case_id: str, on: dt.date, author: str, outcome: str, note: str,
          partner_informed: bool, today: dt.date | None = None) -> CaseEvent:
    """Close with an outcome from the fixed list; the partners are told why."""
    _check(uow, case_id, on, author, today)
    if outcome not in coded("closure_outcomes"):
        raise ValidationFailed([FieldError("outcome", "closure.outcome_required")])
    event = uow.add(CaseEvent(case_id=case_id, kind="closure", occurred_on=on, author=author.strip(),
                              outcome=outcome, text=note.strip(), partner_informed=partner_informed))
    cases.change_status(uow, case_id, "closed", author, note=outcome, on=on)
    return event


def events(session: Session, case_id: str, kind: str | None = None) -> list[CaseEvent]:
    query = select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.deleted.is_(False))
    if kind:
        query = query.where(CaseEvent.kind == kind)
    return list(session.scalars(query.order_by(CaseEvent.occurred_on, CaseEvent.created_at)))

"""The assessment (MAMAC type): organisation, regional team, evaluation, contrat d'objectifs, reviews, closure."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import contract as rules
from ..domain import reference
from ..domain.errors import FieldError, ValidationFailed
from ..domain.rule_tables import coded
from ..domain.text import NAME_MAX, ensure_texts
from ..storage.assessment_records import Contract, Review, TeamMember
from ..storage.models import Reminder
from ..storage.records import Handling
from ..storage.unit_of_work import UnitOfWork
from . import cases, reminders

OPEN_CONTRACT = ("draft", "signed")


def _source(handling_id: str, what: str) -> str:
    return f"assessment:{handling_id[:13]}:{what}"[:40]


def _handling(session: Session, handling_id: str) -> Handling:
    row = session.get(Handling, handling_id)
    if row is None or row.deleted or row.kind != "assessment":
        raise ValidationFailed([FieldError("handling", "reference.unknown")])
    return row


def _move(row: Handling, to: str) -> None:
    if not rules.can_move(row.state, to):
        raise ValidationFailed([FieldError("state", "assessment.bad_transition")])
    row.state = to


def _complete(uow: UnitOfWork, prefix: str) -> None:
    for reminder in uow.session.scalars(select(Reminder).where(
            Reminder.source.like(f"{prefix}%"), Reminder.done.is_(False), Reminder.deleted.is_(False))):
        cases.complete_reminder(uow, reminder.id)


def opened(uow: UnitOfWork, row: Handling, language: str = "fr") -> None:
    """A new assessment: a reminder in the due panel if it waits too long to be organised."""
    days = int(rules.assessment_rules()["organise_within_days"])
    reminders.add(uow, row.case_id, row.created_on + dt.timedelta(days=days), "assessment_organise",
                  source=_source(row.id, "organise"))


def waiting_days(row: Handling, today: dt.date | None = None) -> int:
    """How long the assessment has waited (or waited) to be organised."""
    return ((row.organised_on or today or dt.date.today()) - row.created_on).days


def schedule(uow: UnitOfWork, handling_id: str, on: dt.date, place: str, today: dt.date | None = None) -> Handling:
    """Organised: its date and place (a scheduled assessment may be moved to another date)."""
    row = _handling(uow.session, handling_id)
    when = today or dt.date.today()
    if row.state != "scheduled":
        _move(row, "scheduled")
    if on < row.created_on:
        raise ValidationFailed([FieldError("scheduled_on", "date.end_before_start")])
    row.scheduled_on, row.place = on, place.strip()
    if row.organised_on is None:
        row.organised_on = when
    _complete(uow, _source(row.id, "organise"))
    return row


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    institution_code: str = ""


def team(session: Session, handling_id: str) -> list[TeamMember]:
    return list(session.scalars(select(TeamMember).where(TeamMember.handling_id == handling_id,
                                                         TeamMember.deleted.is_(False))
                                .order_by(TeamMember.created_at)))


def set_team(uow: UnitOfWork, handling_id: str, members: list[Member]) -> list[TeamMember]:
    """The regional team, each with role and institution (replaces the previous list)."""
    row = _handling(uow.session, handling_id)
    roles = coded("roles", "handlings.assessment")
    institutions = reference.codes(reference.INSTITUTIONS)
    if any(not m.name.strip() or m.role not in roles for m in members):
        raise ValidationFailed([FieldError("team", "required")])
    if any(m.institution_code and m.institution_code not in institutions for m in members):
        raise ValidationFailed([FieldError("team", "reference.unknown")])
    ensure_texts({"team": " ".join(m.name for m in members)}, NAME_MAX * max(1, len(members)), multiline=False)
    wanted = [(m.name.strip(), m.role, m.institution_code) for m in members]
    existing = team(uow.session, row.id)
    if [(t.name, t.role, t.institution_code) for t in existing] == wanted:
        return existing
    for old in existing:
        uow.delete(old)
    return [uow.add(TeamMember(handling_id=row.id, name=n, role=r, institution_code=i)) for n, r, i in wanted]


@dataclass(frozen=True)
class Evaluation:
    medical: str = ""
    professional: str = ""
    social: str = ""
    resources: str = ""


def save_evaluation(uow: UnitOfWork, handling_id: str, evaluation: Evaluation) -> Handling:
    row = _handling(uow.session, handling_id)
    ensure_texts({"medical": evaluation.medical, "professional": evaluation.professional,
                  "social": evaluation.social, "resources": evaluation.resources})
    values = {"eval_medical": evaluation.medical.strip(), "eval_professional": evaluation.professional.strip(),
              "eval_social": evaluation.social.strip(), "eval_resources": evaluation.resources.strip()}
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    return row


def mark_held(uow: UnitOfWork, handling_id: str, held_on: dt.date, today: dt.date | None = None) -> Handling:
    """The assessment took place (only once it was scheduled; never in the future)."""
    row = _handling(uow.session, handling_id)
    if held_on > (today or dt.date.today()):
        raise ValidationFailed([FieldError("held_on", "date.future")])
    _move(row, "held")
    row.held_on = held_on
    return row


# --- the contrat d'objectifs ------------------------------------------------------------------

def contracts(session: Session, handling_id: str) -> list[Contract]:
    return list(session.scalars(select(Contract).where(Contract.handling_id == handling_id,
                                                       Contract.deleted.is_(False)).order_by(Contract.version)))


def current_contract(session: Session, handling_id: str) -> Contract | None:
    """The version being worked on or in force (the latest one)."""
    found = contracts(session, handling_id)
    return found[-1] if found else None


def content_of(row: Contract) -> rules.ContractContent:
    return rules.ContractContent(
        aim_kind=row.aim_kind, aim=row.aim,
        objectives=tuple(rules.Objective.from_dict(o) for o in json.loads(row.objectives or "[]")),
        person_commitments=row.person_commitments,
        institution_commitments=dict(json.loads(row.institution_commitments or "{}")),
        review_dates=tuple(dt.date.fromisoformat(d) for d in json.loads(row.review_dates or "[]")),
        lemc_conditions_met=row.lemc_conditions_met)


def draft(uow: UnitOfWork, handling_id: str) -> Contract:
    """The contract to edit: the current draft, or a first version."""
    row = _handling(uow.session, handling_id)
    current = current_contract(uow.session, row.id)
    if current is not None and current.state == "draft":
        return current
    if current is not None:
        raise ValidationFailed([FieldError("contract", "contract.signed_frozen")])
    created = uow.add(Contract(case_id=row.case_id, handling_id=row.id, version=1, state="draft"))
    uow.flush()
    return created


def save_contract(uow: UnitOfWork, contract_id: str, content: rules.ContractContent) -> Contract:
    """Write the draft; a signed contract is never edited (amend it instead)."""
    row = uow.get(Contract, contract_id)
    if row is None or row.deleted:
        raise ValidationFailed([FieldError("contract", "reference.unknown")])
    if row.state != "draft":
        raise ValidationFailed([FieldError("contract", "contract.signed_frozen")])
    errors = rules.validate(content)
    if errors:
        raise ValidationFailed(errors)
    values = {"aim_kind": content.aim_kind, "aim": content.aim.strip(),
              "objectives": json.dumps([o.to_dict() for o in content.objectives], ensure_ascii=False),
              "person_commitments": content.person_commitments.strip(),
              "institution_commitments": json.dumps({k: v.strip() for k, v in content.institution_commitments.items()
                                                     if v.strip()}, ensure_ascii=False, sort_keys=True),
              "review_dates": json.dumps(sorted(d.isoformat() for d in content.review_dates)),
              "lemc_conditions_met": content.lemc_conditions_met}
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    return row


def check(session: Session, contract_id: str) -> list[rules.Flag]:
    """The Bureau's legal-frame check of the contract's measures against the framework period's end (the
    assessment's own date, set with ``set_framework_end``; unknown: the LIAS-by-ORP check says so)."""
    row = session.get(Contract, contract_id)
    if row is None:
        raise ValidationFailed([FieldError("contract", "reference.unknown")])
    return rules.check(content_of(row), _handling(session, row.handling_id).framework_end_on)


def set_framework_end(uow: UnitOfWork, handling_id: str, on: dt.date | None) -> Handling:
    """The end of the person's framework period (délai-cadre d'indemnisation), as the ORP knows it."""
    row = _handling(uow.session, handling_id)
    if row.framework_end_on != on:
        row.framework_end_on = on
    return row


def ready_to_sign(session: Session, contract_id: str) -> None:
    """Raise unless the contract may be printed for signature: assessment held, team with the person."""
    row = session.get(Contract, contract_id)
    if row is None:
        raise ValidationFailed([FieldError("contract", "reference.unknown")])
    handling = _handling(session, row.handling_id)
    if handling.held_on is None or handling.state in ("to_organise", "scheduled"):
        raise ValidationFailed([FieldError("contract", "assessment.not_held")])
    members = team(session, handling.id)
    if not any(m.role == "the_person" for m in members) or len(members) < 2:
        raise ValidationFailed([FieldError("team", "assessment.team_incomplete")])
    errors = rules.validate(content_of(row))
    if errors:
        raise ValidationFailed(errors)


def mark_signed(uow: UnitOfWork, contract_id: str, on: dt.date, language: str = "fr") -> Contract:
    """Every party signed (pad or paper): the version is frozen, the previous one superseded, the review
    dates become reminders."""
    row = uow.get(Contract, contract_id)
    if row is None:
        raise ValidationFailed([FieldError("contract", "reference.unknown")])
    ready_to_sign(uow.session, contract_id)
    if row.state == "signed":
        return row
    handling = _handling(uow.session, row.handling_id)
    for older in contracts(uow.session, handling.id):
        if older.id != row.id and older.state in OPEN_CONTRACT:
            older.state = "superseded"
            _complete(uow, _source(older.id, "review"))
    row.state, row.signed_on = "signed", on
    if handling.state == "held":
        _move(handling, "contract_signed")
    for day in content_of(row).review_dates:
        reminders.add(uow, row.case_id, day, "contract_review", {"version": row.version},
                      source=_source(row.id, "review"))
    return row


def amend(uow: UnitOfWork, contract_id: str) -> Contract:
    """A new version of a signed contract, to be signed again; the signed one stays as it was."""
    row = uow.get(Contract, contract_id)
    if row is None or row.state != "signed":
        raise ValidationFailed([FieldError("contract", "contract.not_signed")])
    current = current_contract(uow.session, row.handling_id)
    if current is not None and current.id != row.id and current.state == "draft":
        return current
    copy = uow.add(Contract(case_id=row.case_id, handling_id=row.handling_id, version=row.version + 1,
                            state="draft", aim_kind=row.aim_kind, aim=row.aim, objectives=row.objectives,
                            person_commitments=row.person_commitments,
                            institution_commitments=row.institution_commitments, review_dates=row.review_dates,
                            lemc_conditions_met=row.lemc_conditions_met))
    uow.flush()
    return copy


def signed_contract(session: Session, handling_id: str) -> Contract | None:
    found = [c for c in contracts(session, handling_id) if c.state == "signed"]
    return found[-1] if found else None


@dataclass(frozen=True)
class Progress:
    status: str  # reached | in_progress | not_reached
    comment: str = ""


def record_review(uow: UnitOfWork, contract_id: str, held_on: dt.date, progress: dict[int, Progress],
                  note: str = "", today: dt.date | None = None) -> Review:
    """A review meeting: the progress of every objective; the handling is in follow-up."""
    row = uow.get(Contract, contract_id)
    if row is None or row.state != "signed":
        raise ValidationFailed([FieldError("contract", "contract.not_signed")])
    if held_on > (today or dt.date.today()):
        raise ValidationFailed([FieldError("held_on", "date.future")])
    statuses = coded("progress", "handlings.contract")
    numbers = range(1, len(content_of(row).objectives) + 1)
    if any(n not in progress or progress[n].status not in statuses for n in numbers):
        raise ValidationFailed([FieldError("progress", "review.progress_required")])
    handling = _handling(uow.session, row.handling_id)
    if handling.state == "contract_signed":
        _move(handling, "follow_up")
    review = uow.add(Review(contract_id=row.id, held_on=held_on, note=note.strip(), progress=json.dumps(
        {str(n): {"status": progress[n].status, "comment": progress[n].comment.strip()} for n in numbers},
        ensure_ascii=False)))
    first_open = uow.session.scalar(select(Reminder).where(
        Reminder.source == _source(row.id, "review"), Reminder.done.is_(False), Reminder.deleted.is_(False))
        .order_by(Reminder.due_on).limit(1))
    if first_open is not None:
        cases.complete_reminder(uow, first_open.id)
    return review


def reviews(session: Session, contract_id: str) -> list[Review]:
    return list(session.scalars(select(Review).where(Review.contract_id == contract_id, Review.deleted.is_(False))
                                .order_by(Review.held_on)))


def close(uow: UnitOfWork, handling_id: str, outcome: str, on: dt.date, today: dt.date | None = None) -> Handling:
    """Closed with an outcome from the table; its open reminders are done."""
    row = _handling(uow.session, handling_id)
    if outcome not in coded("outcomes", "handlings.assessment"):
        raise ValidationFailed([FieldError("outcome", "closure.outcome_required")])
    if on > (today or dt.date.today()):
        raise ValidationFailed([FieldError("closed_on", "date.future")])
    _move(row, "closed")
    row.outcome, row.closed_on = outcome, on
    _complete(uow, _source(row.id, ""))
    for version in contracts(uow.session, row.id):
        _complete(uow, _source(version.id, "review"))
    return row

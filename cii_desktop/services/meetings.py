"""Table ronde (without the person) and network meeting (with the person's agreement): minutes, next steps."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import reference
from ..domain.errors import FieldError, ValidationFailed
from ..domain.rule_tables import coded
from ..domain.text import check_texts
from ..storage.models import Case
from ..storage.records import Meeting, MeetingParticipant, NextStep
from ..storage.unit_of_work import UnitOfWork
from . import cases, referral

KINDS = ("round_table", "network")


@dataclass(frozen=True)
class Participant:
    name: str
    institution_code: str = ""
    role: str = ""
    present: bool = True


@dataclass(frozen=True)
class Step:
    text: str
    owner: str
    due_on: dt.date


@dataclass(frozen=True)
class Minutes:
    held_on: dt.date
    situation: str
    problems: str
    decisions: str
    recommended: str
    participants: tuple[Participant, ...]
    steps: tuple[Step, ...]
    distribution: str = ""


def schedule(uow: UnitOfWork, case_id: str, kind: str, on: dt.date, place: str, coordinator: str,
             invited: list[str], handling_id: str | None = None, today: dt.date | None = None) -> Meeting:
    """Plan a meeting. A network meeting needs the person's agreement: a consent or legal basis in force."""
    case = uow.get(Case, case_id)
    errors: list[FieldError] = []
    if case is None:
        raise ValidationFailed([FieldError("case", "reference.unknown")])
    if kind not in KINDS:
        errors.append(FieldError("kind", "reference.unknown"))
    if any(code not in reference.codes(reference.INSTITUTIONS) for code in invited):
        errors.append(FieldError("invited", "reference.unknown"))
    if not coordinator.strip():
        errors.append(FieldError("coordinator", "required"))
    if kind == "network" and referral.sharing_state(uow.session, case_id, today).basis == "none":
        errors.append(FieldError("consent", "meeting.no_consent"))
    if errors:
        raise ValidationFailed(errors)
    return uow.add(Meeting(case_id=case_id, handling_id=handling_id, kind=kind, scheduled_on=on,
                           place=place.strip(), coordinator=coordinator.strip(),
                           invited=json.dumps(sorted(invited))))


def record_minutes(uow: UnitOfWork, meeting_id: str, minutes: Minutes, language: str = "fr",
                   today: dt.date | None = None) -> Meeting:
    """The minutes: participants present and excused, situation, problems, decisions, recommended handling,
    next steps (each becomes a reminder with its owner and deadline)."""
    meeting = uow.get(Meeting, meeting_id)
    if meeting is None:
        raise ValidationFailed([FieldError("meeting", "reference.unknown")])
    errors: list[FieldError] = []
    if minutes.held_on > (today or dt.date.today()):
        errors.append(FieldError("held_on", "date.future"))
    if minutes.recommended and minutes.recommended not in coded("recommendations", "handlings"):
        errors.append(FieldError("recommended", "reference.unknown"))
    if not any(p.present for p in minutes.participants):
        errors.append(FieldError("participants", "meeting.no_participant"))
    if any(not s.text.strip() or not s.owner.strip() for s in minutes.steps):
        errors.append(FieldError("steps", "required"))
    errors += check_texts({"situation": minutes.situation, "problems": minutes.problems,
                           "decisions": minutes.decisions, "distribution": minutes.distribution,
                           **{f"participants.{i}": p.name for i, p in enumerate(minutes.participants)},
                           **{f"steps.{i}": f"{s.text} {s.owner}" for i, s in enumerate(minutes.steps)}},
                          10_000, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    values = {"held_on": minutes.held_on, "situation": minutes.situation.strip(),
              "problems": minutes.problems.strip(), "decisions": minutes.decisions.strip(),
              "recommended": minutes.recommended, "distribution": minutes.distribution.strip()}
    for name, value in values.items():
        if getattr(meeting, name) != value:
            setattr(meeting, name, value)
    existing = participants(uow.session, meeting.id)
    for old in existing:
        uow.delete(old)
    for p in minutes.participants:
        uow.add(MeetingParticipant(meeting_id=meeting.id, name=p.name.strip(), institution_code=p.institution_code,
                                   role=p.role.strip(), present=p.present))
    known = {(s.text, s.owner, s.due_on) for s in steps(uow.session, meeting.id)}
    word = "Prochaine étape" if language != "de" else "Nächster Schritt"
    for step in minutes.steps:
        if (step.text.strip(), step.owner.strip(), step.due_on) in known:
            continue
        reminder = cases.add_reminder(uow, meeting.case_id, step.due_on,
                                      f"{word}: {step.text.strip()} ({step.owner.strip()})"[:300],
                                      source=f"meeting:{meeting.id[:13]}")
        uow.add(NextStep(meeting_id=meeting.id, text=step.text.strip(), owner=step.owner.strip(),
                         due_on=step.due_on, reminder_id=reminder.id))
    return meeting


def meetings(session: Session, case_id: str) -> list[Meeting]:
    return list(session.scalars(select(Meeting).where(Meeting.case_id == case_id, Meeting.deleted.is_(False))
                                .order_by(Meeting.scheduled_on)))


def participants(session: Session, meeting_id: str) -> list[MeetingParticipant]:
    return list(session.scalars(select(MeetingParticipant).where(
        MeetingParticipant.meeting_id == meeting_id, MeetingParticipant.deleted.is_(False))
        .order_by(MeetingParticipant.created_at)))


def steps(session: Session, meeting_id: str) -> list[NextStep]:
    return list(session.scalars(select(NextStep).where(NextStep.meeting_id == meeting_id,
                                                       NextStep.deleted.is_(False)).order_by(NextStep.due_on)))

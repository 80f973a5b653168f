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
from ..domain.text import LINE_MAX, TEXT_MAX, check_texts
from ..storage.models import Case, Reminder
from ..storage.records import Handling, Meeting, MeetingParticipant, NextStep
from ..storage.unit_of_work import UnitOfWork
from . import referral, reminders

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
    errors += check_texts({"place": place, "coordinator": coordinator}, LINE_MAX)
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
                          TEXT_MAX, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    values = {"held_on": minutes.held_on, "situation": minutes.situation.strip(),
              "problems": minutes.problems.strip(), "decisions": minutes.decisions.strip(),
              "recommended": minutes.recommended, "distribution": minutes.distribution.strip()}
    for name, value in values.items():
        if getattr(meeting, name) != value:
            setattr(meeting, name, value)
    if meeting.state != "held":
        meeting.state = "held"
    _handling_held(uow, meeting)
    # only the rows that changed are written: an unchanged participant keeps its row (and its sync version)
    wanted_people = [(p.name.strip(), p.institution_code, p.role.strip(), p.present) for p in minutes.participants]
    for old in participants(uow.session, meeting.id):
        person = (old.name, old.institution_code, old.role, old.present)
        if person in wanted_people:
            wanted_people.remove(person)
        else:
            uow.delete(old)
    for name, institution, role, present in wanted_people:
        uow.add(MeetingParticipant(meeting_id=meeting.id, name=name, institution_code=institution,
                                   role=role, present=present))
    wanted = {(s.text.strip(), s.owner.strip(), s.due_on) for s in minutes.steps}
    known = set()
    for old_step in steps(uow.session, meeting.id):
        key = (old_step.text, old_step.owner, old_step.due_on)
        if key in wanted and key not in known:
            known.add(key)
            continue
        # taken out of the minutes (or a duplicate): the step goes, and its reminder with it
        reminder = uow.get(Reminder, old_step.reminder_id) if old_step.reminder_id else None
        if reminder is not None and not reminder.deleted:
            uow.delete(reminder)
        uow.delete(old_step)
    for step in minutes.steps:
        if (step.text.strip(), step.owner.strip(), step.due_on) in known:
            known.discard((step.text.strip(), step.owner.strip(), step.due_on))
            continue
        reminder = reminders.add(uow, meeting.case_id, step.due_on, "next_step",
                                 {"text": step.text.strip(), "owner": step.owner.strip()},
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


STATES = ("organising", "held")


def _handling_held(uow: UnitOfWork, meeting: Meeting) -> Handling | None:
    """The Bureau's table ronde handling of this meeting is held with it (never "to organise" forever)."""
    row = uow.get(Handling, meeting.handling_id) if meeting.handling_id else None
    if row is None or row.kind != "round_table":
        return None
    if row.state != "held":
        row.state = "held"
    if row.held_on != meeting.held_on:
        row.held_on = meeting.held_on
    return row


def record_outcome(uow: UnitOfWork, meeting_id: str, outcome: str) -> Meeting:
    """The outcome of a held meeting, a code of tables/outcomes.json ``meeting_outcomes``; a table ronde's
    handling carries the same outcome (what the annual report counts)."""
    meeting = uow.get(Meeting, meeting_id)
    if meeting is None:
        raise ValidationFailed([FieldError("meeting", "reference.unknown")])
    if meeting.state != "held":
        raise ValidationFailed([FieldError("outcome", "meeting.not_held")])
    if outcome not in coded("meeting_outcomes", "outcomes"):
        raise ValidationFailed([FieldError("outcome", "closure.outcome_required")])
    if meeting.outcome != outcome:
        meeting.outcome = outcome
    row = _handling_held(uow, meeting)
    if row is not None and row.outcome != outcome:
        row.outcome = outcome
    return meeting

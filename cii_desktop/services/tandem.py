"""The décloisonnement LIAS-LEMC tandem: start it (ORP + CMS), log interviews, watch the rhythm, close."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import tandem as rules
from ..domain.errors import FieldError, ValidationFailed
from ..domain.text import TEXT_MAX, check_texts
from ..storage.models import Case, Reminder
from ..storage.records import Handling, Interview
from ..storage.unit_of_work import UnitOfWork
from . import cases, referral, reminders


def _source(row: Handling) -> str:
    """The prefix of this tandem's reminders (fits the reminder's 40-character source)."""
    return f"tandem:{row.id[:13]}:"


def _handling(uow: UnitOfWork, handling_id: str) -> Handling:
    row = uow.get(Handling, handling_id)
    if row is None or row.kind != "tandem":
        raise ValidationFailed([FieldError("handling", "reference.unknown")])
    return row


def check_eligibility(session: Session, case_id: str, today: dt.date | None = None) -> rules.Eligibility:
    """From the person's situation and the latest grid's health ratings."""
    case = session.get(Case, case_id)
    if case is None:
        raise ValidationFailed([FieldError("case", "reference.unknown")])
    grid = referral.latest_grid(session, case_id)
    ratings = {code: r.rating for code, r in referral.ratings_of(grid).items()} if grid else None
    from ..domain.target_publics import situation_of

    return rules.eligibility(situation_of(case.person, case.opened_on), ratings, today or dt.date.today())


def start(uow: UnitOfWork, handling_id: str, started_on: dt.date, lead_orp: str, lead_cms: str,
          language: str = "fr", today: dt.date | None = None, *, objectives: str = "") -> Handling:
    """The tandem starts: its two leads, its six months, the reminder before the end."""
    row = _handling(uow, handling_id)
    errors = [FieldError(name, "required") for name, value in (("lead_orp", lead_orp), ("lead_cms", lead_cms))
              if not value.strip()]
    if started_on > (today or dt.date.today()):
        errors.append(FieldError("started_on", "date.future"))
    errors += check_texts({"lead_orp": lead_orp, "lead_cms": lead_cms})
    errors += check_texts({"objectives": objectives}, TEXT_MAX, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    row.started_on, row.lead_orp, row.lead_cms, row.state = started_on, lead_orp.strip(), lead_cms.strip(), "running"
    row.objectives = objectives.strip()
    warn = rules.plan_end(started_on) - dt.timedelta(days=int(rules.rules()["end_warning_days"]))
    reminders.add(uow, row.case_id, warn, "tandem_end", source=f"{_source(row)}end")
    return row


def log_interview(uow: UnitOfWork, handling_id: str, held_on: dt.date, participants: str, notes: str,
                  language: str = "fr", today: dt.date | None = None) -> Interview:
    """An interview of the log; the first of a month raises a reminder for the second one."""
    row = _handling(uow, handling_id)
    when = today or dt.date.today()
    errors = []
    if held_on > when:
        errors.append(FieldError("held_on", "date.future"))
    if row.started_on is None or held_on < row.started_on:
        errors.append(FieldError("held_on", "tandem.before_start"))
    errors += check_texts({"participants": participants, "notes": notes}, TEXT_MAX, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    interview = uow.add(Interview(handling_id=row.id, held_on=held_on, participants=participants.strip(),
                                  notes=notes.strip()))
    uow.flush()
    month = [i for i in interviews(uow.session, row.id) if (i.held_on.year, i.held_on.month) ==
             (held_on.year, held_on.month)]
    last_day = dt.date(held_on.year, held_on.month, calendar.monthrange(held_on.year, held_on.month)[1])
    source = f"{_source(row)}{held_on:%Y-%m}"
    open_reminder = uow.session.scalar(select(Reminder).where(Reminder.source == source,
                                                              Reminder.deleted.is_(False)))
    # partial months of the plan are not held to the rhythm (started: checked above)
    judged = row.started_on is not None and rules.month_inside(row.started_on, held_on.year, held_on.month)
    if judged and len(month) < int(rules.rules()["min_interviews_per_month"]) and open_reminder is None:
        reminders.add(uow, row.case_id, last_day, "tandem_second", source=source)
    elif len(month) >= int(rules.rules()["min_interviews_per_month"]) and open_reminder is not None:
        cases.complete_reminder(uow, open_reminder.id)
    return interview


def interviews(session: Session, handling_id: str) -> list[Interview]:
    return list(session.scalars(select(Interview).where(Interview.handling_id == handling_id,
                                                        Interview.deleted.is_(False))
                                .order_by(Interview.held_on)))


@dataclass(frozen=True)
class TandemState:
    started_on: dt.date | None
    ends_on: dt.date | None
    interviews: int
    thin_months: list[tuple[int, int, int]]
    end_approaching: bool
    outcome: str


def state(session: Session, handling_id: str, today: dt.date | None = None) -> TandemState:
    """What the case worker must see: months under two interviews, the end coming."""
    row = session.get(Handling, handling_id)
    if row is None:
        raise ValidationFailed([FieldError("handling", "reference.unknown")])
    when = today or dt.date.today()
    log = interviews(session, handling_id)
    if row.started_on is None:
        return TandemState(None, None, len(log), [], False, row.outcome)
    stop = row.closed_on or when
    return TandemState(row.started_on, rules.plan_end(row.started_on), len(log),
                       rules.thin_months(row.started_on, [i.held_on for i in log], stop),
                       row.closed_on is None and rules.end_approaching(row.started_on, when), row.outcome)


def close(uow: UnitOfWork, handling_id: str, outcome: str, on: dt.date, today: dt.date | None = None) -> Handling:
    row = _handling(uow, handling_id)
    codes = {o["code"] for o in rules.rules()["outcomes"]}
    if outcome not in codes:
        raise ValidationFailed([FieldError("outcome", "closure.outcome_required")])
    if on > (today or dt.date.today()):
        raise ValidationFailed([FieldError("closed_on", "date.future")])
    row.outcome = outcome
    if outcome != "ongoing":
        row.closed_on, row.state = on, "closed"
        for reminder in uow.session.scalars(select(Reminder).where(
                Reminder.source.like(f"{_source(row)}%"), Reminder.done.is_(False))):
            cases.complete_reminder(uow, reminder.id)
    return row

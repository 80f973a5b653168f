"""Reminders the app raises by itself: stored as a code and parameters, worded where they are read."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..domain import generated
from ..domain.errors import FieldError, ValidationFailed
from ..storage.models import Reminder
from ..storage.unit_of_work import UnitOfWork


def add(uow: UnitOfWork, case_id: str, due_on: dt.date, code: str, params: dict[str, Any] | None = None,
        source: str = "app") -> Reminder:
    """A reminder whose wording is ``code`` with ``params`` (``domain/tables/generated_texts.json``)."""
    if code not in generated.codes():
        raise ValidationFailed([FieldError("title", "reference.unknown")])
    return uow.add(Reminder(case_id=case_id, due_on=due_on, title="", source=source, title_code=code,
                            title_params=json.dumps(params or {}, ensure_ascii=False, sort_keys=True)))


def title(reminder: Any, language: str) -> str:
    """What a reminder (row or DueRow) says in ``language``."""
    return generated.title(reminder.title, getattr(reminder, "title_code", None),
                           getattr(reminder, "title_params", None), language)

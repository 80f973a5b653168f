"""Swiss date input and display (dd.MM.yyyy) with the plausibility rules case workers expect."""

from __future__ import annotations

import datetime as dt
import re

DISPLAY_FORMAT = "%d.%m.%Y"
_SWISS = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
EARLIEST_BIRTH_YEAR = 1900


class DateError(ValueError):
    """The text is not an acceptable date; ``code`` says why (see domain.errors)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


SWISS_ZONE = "Europe/Zurich"


def swiss_time(value: dt.datetime) -> dt.datetime:
    """A stored time (UTC, naive) in Swiss local time, as printed on forms (summer time included)."""
    from zoneinfo import ZoneInfo

    aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(ZoneInfo(SWISS_ZONE))


def parse_date(text: str) -> dt.date:
    """Parse ``dd.MM.yyyy`` (or ISO ``yyyy-MM-dd``); raise :class:`DateError` when impossible."""
    match = _SWISS.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise DateError("date.format")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError("date.impossible") from None


def format_date(value: dt.date | None) -> str:
    """Display a date as dd.MM.yyyy (empty text for no date)."""
    return value.strftime(DISPLAY_FORMAT) if value else ""


def check_birth_date(value: dt.date, today: dt.date | None = None) -> None:
    """Raise :class:`DateError` when a birth date cannot be right (future, before 1900)."""
    today = today or dt.date.today()
    if value > today:
        raise DateError("date.birth_future")
    if value.year < EARLIEST_BIRTH_YEAR:
        raise DateError("date.birth_too_old")


def add_months(value: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic, clamping the day (31.01 + 1 month = 28/29.02)."""
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    for day in (value.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
